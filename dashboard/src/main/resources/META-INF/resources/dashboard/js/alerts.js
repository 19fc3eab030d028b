// Live alerts: the initial page from GET /api/alerts, then every alert from the SSE stream, kept in
// one store keyed by alertId so a reconnect's catch-up fetch never shows an alert twice.
import {api, followStream} from './api.js';
import {allIssues, issueName, loadCatalogue, stateLabel, termsFor} from './catalogue.js';
import {announce, clear, dateOnly, h, hostOf, humanize, message, safeHref, timeEl, toMillis} from './dom.js';
import {highlight, highlightTerms} from './highlight.js';

const store = new Map();
const listeners = new Set();
const filters = {issue: '', type: '', from: '', to: ''};
let stopStream = null;
let freshIds = new Set();

function alertTime(alert) {
    return toMillis(alert.detectedAt);
}

/** The day the alert is about: the new claim's event date, else when it was published. */
function alertDay(alert) {
    const current = alert.current || {};
    return dateOnly(current.eventDate || current.publishedAt || alert.detectedAt);
}

function add(alerts, {fresh = false} = {}) {
    let added = 0;
    for (const alert of alerts) {
        if (!alert || !alert.alertId) continue;
        if (!store.has(alert.alertId)) {
            added++;
            if (fresh) freshIds.add(alert.alertId);
        }
        store.set(alert.alertId, alert);
    }
    if (added) listeners.forEach(listener => listener());
    return added;
}

function sorted() {
    return [...store.values()].sort((a, b) => (alertTime(b) || 0) - (alertTime(a) || 0));
}

function matches(alert) {
    if (filters.issue && alert.issue !== filters.issue) return false;
    if (filters.type && alert.type !== filters.type) return false;
    const day = alertDay(alert);
    if (filters.from && day && day < filters.from) return false;
    if (filters.to && day && day > filters.to) return false;
    return true;
}

async function fetchPage() {
    const params = new URLSearchParams({limit: '200'});
    if (filters.issue) params.set('issue', filters.issue);
    if (filters.type) params.set('type', filters.type);
    const body = await api.get(`/api/alerts?${params}`, 'Loading alerts');
    add(Array.isArray(body) ? body : (body && body.alerts) || []);
}

/** Starts following /api/alerts/stream; statuses go to the header. Safe to call again. */
export function startLive({onUnauthorized}) {
    stopLive();
    const status = document.getElementById('stream-status');
    const show = (text, state) => {
        status.textContent = text;
        status.dataset.state = state;
    };
    show('Live: connecting…', 'connecting');
    stopStream = followStream('/api/alerts/stream', {
        onOpen: () => fetchPage().catch(() => {}),
        onStatus: state => {
            if (state === 'live') show('Live: connected', 'live');
            else if (state === 'reconnecting') show('Live: reconnecting…', 'reconnecting');
            else if (state === 'unauthorized') onUnauthorized();
        },
        onEvent: ({data}) => {
            let alert;
            try {
                alert = JSON.parse(data);
            } catch {
                return; // a keep-alive or a non-JSON event: nothing to show
            }
            if (add([alert], {fresh: true}) && matches(alert)) {
                announce(`New ${String(alert.type || 'alert').toLowerCase()}: ${alert.summary || issueName(alert.issue)}`);
            }
        }
    });
}

export function stopLive() {
    if (stopStream) stopStream();
    stopStream = null;
}

/** Fetches alerts matching the query parameters into the store (e.g. an issue's contradictions). */
export async function fetchAlerts(params) {
    const body = await api.get(`/api/alerts?${new URLSearchParams(params)}`, 'Loading alerts');
    add(Array.isArray(body) ? body : (body && body.alerts) || []);
}

/** Alerts already known about an issue (used to mark contradictions on its timeline). */
export function alertsFor(issueId) {
    return [...store.values()].filter(alert => alert.issue === issueId);
}

export function clearAlerts() {
    store.clear();
    freshIds = new Set();
}

function claimBlock(alert, claim, role) {
    if (!claim) return h('div', {class: `claim claim-${role}`}, h('span', {class: 'claim-role'}, role === 'previous' ? 'Before' : 'Now'), h('span', {class: 'muted'}, 'no claim'));
    const qualifiers = [];
    if (claim.polarity === 'negated' || claim.polarity === 'NEGATED') qualifiers.push('negated');
    const modality = String(claim.modality || '').toLowerCase();
    if (modality && modality !== 'asserted') qualifiers.push(modality);
    const contradiction = alert.type === 'CONTRADICTION';
    const roleText = role === 'previous' ? (contradiction ? 'Known' : 'Before') : (contradiction ? 'Conflicting' : 'Now');
    return h('div', {class: `claim claim-${role}`},
        h('span', {class: 'claim-role'}, roleText),
        h('strong', {class: 'state', dataset: {state: claim.state || ''}}, stateLabel(alert.issue, alert.aspect, claim.state)),
        qualifiers.length ? h('span', {class: 'qualifier'}, ` (${qualifiers.join(', ')})`) : null,
        h('span', {class: 'claim-meta'},
            timeEl(claim.eventDate || claim.publishedAt, {precision: claim.eventDate ? claim.eventDatePrecision : undefined}),
            ' · ', claim.source || hostOf(claim.articleUrl) || 'unknown source'));
}

function evidenceBlock(alert, claim, role) {
    if (!claim) return null;
    const evidence = claim.evidence || {};
    const terms = highlightTerms(claim.state, termsFor(alert.issue, alert.aspect, claim.state, alert.issueName));
    const href = safeHref(claim.articleUrl);
    return h('figure', {class: `evidence evidence-${role}`},
        h('blockquote', {}, highlight(evidence.sentence || '(no evidence sentence)', terms)),
        h('figcaption', {},
            claim.attributedTo ? `According to ${claim.attributedTo}, in ` : '',
            h('cite', {}, claim.source || hostOf(claim.articleUrl) || 'unknown source'),
            ', published ', timeEl(claim.publishedAt), ' · ',
            href ? h('a', {href, target: '_blank', rel: 'noopener noreferrer'},
                claim.articleTitle ? `“${claim.articleTitle}”` : 'Read the article',
                h('span', {class: 'visually-hidden'}, ' (opens in a new tab)')) : h('span', {class: 'muted'}, 'no link')));
}

export function alertCard(alert, {fresh = false} = {}) {
    const type = alert.type === 'CONTRADICTION' ? 'contradiction' : 'update';
    const headingId = `alert-${String(alert.alertId).replace(/[^A-Za-z0-9_-]/g, '')}`;
    const corroborating = Array.isArray(alert.corroboratingSources) ? alert.corroboratingSources : [];
    return h('article', {class: `alert-card alert-${type}${fresh ? ' is-new' : ''}`, 'aria-labelledby': headingId, dataset: {alertId: alert.alertId, type: alert.type}},
        h('header', {class: 'alert-head'},
            h('span', {class: `badge badge-${type}`}, type === 'contradiction' ? 'Contradiction' : 'Update'),
            h('h3', {id: headingId}, issueName(alert.issue, alert.issueName), alert.aspect ? h('span', {class: 'aspect'}, ` · ${humanize(alert.aspect)}`) : null),
            h('span', {class: 'detected'}, 'detected ', timeEl(alert.detectedAt, {withTime: true}))),
        alert.summary ? h('p', {class: 'summary'}, alert.summary) : null,
        h('div', {class: 'transition'},
            claimBlock(alert, alert.previous, 'previous'),
            h('span', {class: 'arrow', 'aria-hidden': 'true'}, type === 'contradiction' ? '≠' : '→'),
            h('span', {class: 'visually-hidden'}, type === 'contradiction' ? 'contradicted by' : 'changed to'),
            claimBlock(alert, alert.current, 'current')),
        h('div', {class: 'evidence-pair'},
            evidenceBlock(alert, alert.previous, 'previous'),
            evidenceBlock(alert, alert.current, 'current')),
        corroborating.length ? h('p', {class: 'corroboration'}, `Earlier state also reported by: ${corroborating.join(', ')}`) : null);
}

function filterForm(onChange) {
    const issueSelect = h('select', {id: 'filter-issue', name: 'issue'},
        h('option', {value: ''}, 'All issues'),
        allIssues().map(issue => h('option', {value: issue.id, selected: filters.issue === issue.id}, issue.name)));
    const typeSelect = h('select', {id: 'filter-type', name: 'type'},
        h('option', {value: ''}, 'All types'),
        h('option', {value: 'UPDATE', selected: filters.type === 'UPDATE'}, 'Updates'),
        h('option', {value: 'CONTRADICTION', selected: filters.type === 'CONTRADICTION'}, 'Contradictions'));
    const from = h('input', {id: 'filter-from', name: 'from', type: 'date', value: filters.from});
    const to = h('input', {id: 'filter-to', name: 'to', type: 'date', value: filters.to});
    const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter alerts', onsubmit: e => e.preventDefault()},
        h('div', {class: 'field'}, h('label', {for: 'filter-issue'}, 'Issue'), issueSelect),
        h('div', {class: 'field'}, h('label', {for: 'filter-type'}, 'Type'), typeSelect),
        h('div', {class: 'field'}, h('label', {for: 'filter-from'}, 'Event date from'), from),
        h('div', {class: 'field'}, h('label', {for: 'filter-to'}, 'Event date to'), to),
        h('button', {type: 'reset', class: 'button-secondary', onclick: () => {
            Object.assign(filters, {issue: '', type: '', from: '', to: ''});
            setTimeout(() => onChange(true), 0);
        }}, 'Clear filters'));
    form.addEventListener('change', () => {
        const serverSide = filters.issue !== issueSelect.value || filters.type !== typeSelect.value;
        Object.assign(filters, {issue: issueSelect.value, type: typeSelect.value, from: from.value, to: to.value});
        onChange(serverSide);
    });
    return form;
}

/** Renders the alerts page into view; returns a cleanup function for the router. */
export function renderAlertsPage(view, {onError}) {
    const list = h('div', {class: 'alert-list', id: 'alert-list'});
    const count = h('p', {class: 'count', id: 'alert-count', role: 'status'});
    const notice = h('div', {});
    function draw() {
        const shown = sorted().filter(matches);
        count.textContent = store.size === 0 ? '' : `${shown.length} of ${store.size} alert${store.size === 1 ? '' : 's'} shown, newest first.`;
        clear(list);
        if (!shown.length) {
            list.append(message(store.size ? 'No alert matches these filters.' : 'No alerts yet. New ones appear here as soon as alert-service detects them.'));
        }
        for (const alert of shown) list.append(alertCard(alert, {fresh: freshIds.has(alert.alertId)}));
        freshIds.clear();
    }
    const refetch = serverSide => {
        draw();
        if (serverSide) fetchPage().catch(e => onError(e, notice));
    };
    const filtersSlot = h('div', {});
    clear(view).append(
        h('h1', {}, 'Live alerts'),
        h('p', {class: 'lead'}, 'Each alert is a new article that updates or contradicts what was known about a watched issue.'),
        filtersSlot, notice, count, list);
    filtersSlot.append(filterForm(refetch));
    loadCatalogue().then(() => {
        clear(filtersSlot).append(filterForm(refetch));
        draw();
    }).catch(e => onError(e, notice));
    listeners.add(draw);
    draw();
    fetchPage().catch(e => onError(e, notice));
    return () => listeners.delete(draw);
}
