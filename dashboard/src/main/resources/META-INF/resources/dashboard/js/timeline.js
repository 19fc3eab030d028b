// Issue timelines: for each aspect of a watched issue, its states in event-time order, drawn as a
// bar chart over time (decorative, for the eye) and an ordered list (the accessible, complete view).
import {api} from './api.js';
import {alertsFor, fetchAlerts} from './alerts.js';
import {aspectsOf, allIssues, issueById, loadCatalogue, stateLabel, termsFor} from './catalogue.js';
import {clear, dateOnly, h, hostOf, humanize, message, safeHref, timeEl, toMillis} from './dom.js';
import {highlight, highlightTerms} from './highlight.js';

const SVG = 'http://www.w3.org/2000/svg';
// Fills that keep white text above 4.5:1 contrast.
// No reds: red means contradiction.
const PALETTE = ['#1f5f99', '#7a3e9d', '#2f6b2f', '#8a4b08', '#0f6466', '#3b5b92', '#5b4b8a', '#4d5d2a'];

function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    for (const c of children) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
}

function colour(state) {
    let hash = 0;
    for (const ch of String(state)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    return PALETTE[hash % PALETTE.length];
}

/** A timeline entry's claim, whether the API sends bare claims or {claim, ...} wrappers. */
function claimOf(entry) {
    return entry && entry.claim && typeof entry.claim === 'object' ? entry.claim : entry;
}

function entryDay(entry) {
    const claim = claimOf(entry);
    return dateOnly(entry.date || entry.shownDate || claim.eventDate || claim.publishedAt);
}

/**
 * Accepts {aspects: [{aspect, entries|history|claims|states: [...]}]}, {aspects: {id: [...]}} or a
 * flat array of claims, and returns [{id, name, entries}] with entries oldest first.
 */
export function normaliseTimeline(body) {
    let aspects = [];
    const source = body && !Array.isArray(body) ? (body.aspects || body.timeline || body.history) : body;
    const isAspectList = Array.isArray(source) && source.length
        && ['entries', 'history', 'claims', 'states'].some(k => Array.isArray(source[0][k]));
    if (isAspectList) {
        aspects = source.map(a => ({id: a.aspect || a.id || a.name, name: a.name, entries: a.entries || a.history || a.claims || a.states || []}));
    } else if (Array.isArray(source)) {
        const byAspect = new Map();
        for (const entry of source) {
            const id = claimOf(entry).aspect || 'status';
            if (!byAspect.has(id)) byAspect.set(id, []);
            byAspect.get(id).push(entry);
        }
        aspects = [...byAspect].map(([id, entries]) => ({id, entries}));
    } else if (source && typeof source === 'object') {
        aspects = Object.entries(source).map(([id, value]) => ({id, entries: Array.isArray(value) ? value : (value.entries || value.history || value.claims || [])}));
    }
    for (const aspect of aspects) {
        aspect.entries = aspect.entries.filter(e => claimOf(e) && claimOf(e).state)
            .map((e, i) => ({entry: e, i}))
            .sort((a, b) => (entryDay(a.entry) || '').localeCompare(entryDay(b.entry) || '') || a.i - b.i)
            .map(x => x.entry);
    }
    return aspects.filter(a => a.id);
}

function negated(claim) {
    return String(claim.polarity || '').toLowerCase() === 'negated';
}

/**
 * Merges consecutive claims of the same state into one period: the first claim dates it, the later
 * ones corroborate it. Negated claims never merge (they say what is not the case).
 */
export function periods(entries) {
    const result = [];
    for (const entry of entries) {
        const claim = claimOf(entry);
        const last = result[result.length - 1];
        if (last && !negated(claim) && !last.negated && last.state === claim.state) {
            last.claims.push(claim);
            last.entries.push(entry);
        } else {
            result.push({state: claim.state, negated: negated(claim), day: entryDay(entry), claims: [claim], entries: [entry]});
        }
    }
    return result;
}

function sourcesOf(period) {
    const names = [];
    for (const claim of period.claims) {
        const name = claim.source || hostOf(claim.articleUrl);
        if (name && !names.includes(name)) names.push(name);
    }
    for (const entry of period.entries) {
        for (const name of entry.corroboratingSources || entry.sources || []) if (name && !names.includes(name)) names.push(name);
    }
    return names;
}

/** Claim ids involved in a contradiction, from the entries' own flags and from known alerts. */
function contradictionsFor(issueId, aspects) {
    const marks = new Map();
    for (const alert of alertsFor(issueId)) {
        if (alert.type !== 'CONTRADICTION') continue;
        const prev = alert.previous || {};
        const curr = alert.current || {};
        if (curr.claimId) marks.set(curr.claimId, `contradicts ${stateLabel(issueId, alert.aspect, prev.state)} (${prev.source || 'earlier report'})`);
        if (prev.claimId && !marks.has(prev.claimId)) marks.set(prev.claimId, `contradicted by ${stateLabel(issueId, alert.aspect, curr.state)} (${curr.source || 'later report'})`);
    }
    for (const aspect of aspects) {
        for (const entry of aspect.entries) {
            const claim = claimOf(entry);
            const flag = entry.contradiction || entry.contradicts || entry.contradictedBy
                || (entry.alertType === 'CONTRADICTION') || (entry.verdict === 'CONTRADICTION') || (entry.decision === 'CONTRADICTION');
            if (flag && claim.claimId && !marks.has(claim.claimId)) {
                marks.set(claim.claimId, typeof flag === 'string' && flag !== 'CONTRADICTION' ? `contradiction: ${flag}` : 'contradiction');
            }
        }
    }
    return marks;
}

function chart(issueId, aspectId, list) {
    const days = list.map(p => toMillis(p.day)).filter(t => !Number.isNaN(t));
    if (!days.length) return null;
    // A Gantt strip: state names in a fixed column (always readable), one bar per period from its
    // first day to the next period's, the date beside the bar on whichever side has room.
    const width = 900;
    const labelWidth = 190;
    const row = 24;
    const left = labelWidth + 10;
    const right = width - 10;
    const min = Math.min(...days);
    const max = Math.max(...days);
    const span = Math.max(max - min, 86400000 * 30);
    const end = max + span * 0.06;
    const x = t => left + ((t - min) / (end - min)) * (right - left);
    const height = list.length * row + 26;
    const rows = list.map((p, i) => {
        const start = toMillis(p.day);
        const next = i + 1 < list.length ? toMillis(list[i + 1].day) : end;
        const x0 = Number.isNaN(start) ? left : x(start);
        const x1 = Math.max(x0 + 6, Number.isNaN(next) ? x(end) : x(next));
        const y = i * row;
        const label = `${p.contradiction ? '⚠ ' : ''}${p.negated ? 'not ' : ''}${stateLabel(issueId, aspectId, p.state)}`;
        // The date goes right of the bar, else left of it, else inside it (a bar that wide has room).
        const placement = x1 + 90 < right ? 'right' : (x0 - 90 > left ? 'left' : 'inside');
        const dateX = {right: x1 + 6, left: x0 - 6, inside: x0 + 6}[placement];
        return svg('g', {class: `bar${p.contradiction ? ' bar-contradiction' : ''}`},
            svg('text', {x: labelWidth, y: y + row / 2 + 4, class: 'bar-name', 'text-anchor': 'end'}, label),
            svg('rect', {x: x0, y: y + 4, width: x1 - x0, height: row - 8, rx: 3, fill: p.negated ? '#6b7280' : colour(p.state)}),
            svg('text', {x: dateX, y: y + row / 2 + 4, class: `bar-date${placement === 'inside' ? ' bar-date-inside' : ''}`,
                'text-anchor': placement === 'left' ? 'end' : 'start'}, p.day));
    });
    const axisY = list.length * row + 6;
    return svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', 'aria-hidden': 'true', focusable: 'false', preserveAspectRatio: 'xMinYMin meet'},
        ...rows,
        svg('line', {x1: left, x2: right, y1: axisY, y2: axisY, class: 'axis'}),
        svg('text', {x: left, y: axisY + 15, class: 'axis-label'}, dateOnly(min)),
        svg('text', {x: right, y: axisY + 15, class: 'axis-label', 'text-anchor': 'end'}, dateOnly(max)));
}

function periodItem(issue, aspectId, period, marks) {
    const sources = sourcesOf(period);
    const first = period.claims[0];
    const terms = highlightTerms(first.state, termsFor(issue.id, aspectId, first.state, issue.name));
    const contradictions = period.claims.map(c => marks.get(c.claimId)).filter(Boolean);
    return h('li', {class: `period${contradictions.length ? ' period-contradiction' : ''}`, dataset: {state: period.state}},
        h('div', {class: 'period-head'},
            timeEl(period.day),
            h('span', {class: 'state-chip', style: `background:${period.negated ? '#6b7280' : colour(period.state)}`},
                period.negated ? 'not ' : '', stateLabel(issue.id, aspectId, period.state)),
            contradictions.length ? h('strong', {class: 'contradiction-flag'}, h('span', {'aria-hidden': 'true'}, '⚠ '), `Contradiction: ${contradictions.join('; ')}`) : null),
        h('p', {class: 'period-sources'}, sources.length > 1 ? `Reported by ${sources.length} sources: ` : 'Reported by ', sources.join(', ') || 'unknown source'),
        first.evidence && first.evidence.sentence ? h('blockquote', {}, highlight(first.evidence.sentence, terms)) : null,
        h('ul', {class: 'period-links'}, period.claims.map(claim => {
            const href = safeHref(claim.articleUrl);
            return h('li', {},
                href ? h('a', {href, target: '_blank', rel: 'noopener noreferrer'}, claim.articleTitle || claim.source || hostOf(claim.articleUrl),
                    h('span', {class: 'visually-hidden'}, ' (opens in a new tab)')) : (claim.articleTitle || claim.source || 'article'),
                ' · ', claim.source || '', ' · published ', timeEl(claim.publishedAt),
                claim.attributedTo ? ` · according to ${claim.attributedTo}` : '',
                String(claim.modality || '').toLowerCase() !== 'asserted' && claim.modality ? ` · ${String(claim.modality).toLowerCase()}` : '',
                marks.get(claim.claimId) ? h('span', {class: 'contradiction-flag'}, ` · ⚠ ${marks.get(claim.claimId)}`) : null);
        })));
}

function issueNav(currentId) {
    return h('nav', {class: 'issue-nav', 'aria-label': 'Watched issues'},
        h('ul', {}, allIssues().map(issue => h('li', {},
            h('a', {href: `#/issues/${encodeURIComponent(issue.id)}`, 'aria-current': issue.id === currentId ? 'page' : null}, issue.name)))));
}

export function renderIssuesPage(view, {issueId, onError}) {
    const notice = h('div', {});
    const body = h('div', {class: 'timeline-body'});
    const navSlot = h('div', {});
    clear(view).append(h('h1', {}, 'Issue timelines'),
        h('p', {class: 'lead'}, 'The known state of each aspect of a watched issue over time, by the date the state held. Contradictions are marked ⚠.'),
        notice, navSlot, body);
    loadCatalogue().then(() => {
        navSlot.append(issueNav(issueId));
        if (!issueId) {
            body.append(message(allIssues().length ? 'Choose an issue to see its timeline.' : 'No watched issues.'));
            return;
        }
        return loadTimeline(issueId, body);
    }).catch(e => onError(e, notice));
    return () => {};
}

async function loadTimeline(issueId, body) {
    const issue = issueById(issueId) || {id: issueId, name: issueId};
    body.append(message('Loading the timeline…'));
    const data = await api.get(`/api/issues/${encodeURIComponent(issueId)}/timeline`, `Loading the timeline of ${issue.name}`);
    // Contradictions are marked from the alerts that reported them; a failure here only loses the marks.
    await fetchAlerts({issue: issueId, type: 'CONTRADICTION', limit: '200'}).catch(() => {});
    const aspects = normaliseTimeline(data);
    const known = aspectsOf(issue);
    for (const aspect of aspects) {
        const def = known.find(a => a.id === aspect.id);
        aspect.name = aspect.name || (def && def.name) || humanize(aspect.id);
    }
    const marks = contradictionsFor(issueId, aspects);
    clear(body).append(h('h2', {id: 'timeline-title', tabindex: '-1'}, issue.name));
    if (issue.description) body.append(h('p', {}, issue.description));
    if (!aspects.length || aspects.every(a => !a.entries.length)) {
        body.append(message('Nothing is known about this issue yet.'));
        return;
    }
    for (const aspect of aspects) {
        if (!aspect.entries.length) continue;
        const list = periods(aspect.entries);
        for (const p of list) p.contradiction = p.claims.some(c => marks.has(c.claimId));
        const headingId = `aspect-${aspect.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
        body.append(h('section', {class: 'aspect-timeline panel', 'aria-labelledby': headingId, dataset: {aspect: aspect.id}},
            h('h3', {id: headingId}, aspect.name, h('span', {class: 'muted'}, ` · ${list.length} state${list.length === 1 ? '' : 's'}, ${aspect.entries.length} claim${aspect.entries.length === 1 ? '' : 's'}`)),
            chart(issueId, aspect.id, list),
            h('ol', {class: 'timeline'}, list.map(p => periodItem(issue, aspect.id, p, marks)))));
    }
    document.getElementById('timeline-title').focus();
}
