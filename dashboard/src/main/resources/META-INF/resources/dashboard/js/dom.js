// Every piece of server data reaches the page as text nodes or attribute values, never as HTML,
// so an article sentence or a feed error cannot inject markup.

/** Creates an element: h('a', {href: url, class: 'x', onclick: fn}, 'text', childNode, [more]). */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (key.startsWith('on') && typeof value === 'function') {
            el.addEventListener(key.slice(2), value);
        } else if (key === 'dataset') {
            Object.assign(el.dataset, value);
        } else if (value === true) {
            el.setAttribute(key, '');
        } else {
            el.setAttribute(key, String(value));
        }
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const child of children) {
        if (child === undefined || child === null || child === false) continue;
        if (Array.isArray(child)) append(el, child);
        else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

export function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
}

/** "withdrawal-announced" -> "withdrawal announced". */
export function humanize(id) {
    return id ? String(id).replace(/[-_]+/g, ' ') : '';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short'
});

function parseDate(value) {
    if (value === undefined || value === null || value === '') return null;
    // Jackson may write Instants as epoch seconds when timestamps are not disabled.
    const d = typeof value === 'number' ? new Date(value < 1e11 ? value * 1000 : value) : new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
}

/** A <time> element for a date (yyyy-mm-dd) or instant; '' when absent. */
export function timeEl(value, {withTime = false, precision} = {}) {
    const d = parseDate(value);
    if (!d) return h('span', {class: 'muted'}, 'date unknown');
    let text = (withTime ? dateTimeFormat : dateFormat).format(d);
    if (precision === 'year') text = String(d.getUTCFullYear());
    else if (precision === 'month') text = new Intl.DateTimeFormat('en-GB', {year: 'numeric', month: 'short', timeZone: 'UTC'}).format(d);
    return h('time', {datetime: d.toISOString()}, text);
}

export function dateOnly(value) {
    const d = parseDate(value);
    return d ? d.toISOString().slice(0, 10) : '';
}

export function toMillis(value) {
    const d = parseDate(value);
    return d ? d.getTime() : NaN;
}

/** Reads a screen-reader announcement once (the live region is polite). */
export function announce(text) {
    const region = document.getElementById('announcer');
    if (!region) return;
    region.textContent = '';
    // A fresh text node in a later task makes screen readers read repeated messages too.
    setTimeout(() => { region.textContent = text; }, 50);
}

/** A status or error paragraph. */
export function message(text, kind = 'info') {
    return h('p', {class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

/** Host of a URL, for link text, or the URL itself when it does not parse. */
export function hostOf(url) {
    try { return new URL(url).host; } catch { return url || ''; }
}

/** Only http(s) links become clickable: a javascript: URL in a feed must not run. */
export function safeHref(url) {
    try {
        const parsed = new URL(url, location.href);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
        return null;
    }
}
