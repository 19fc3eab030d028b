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

/**
 * One claim in the dashboard's terms, from either alert-service's timeline view
 * ({claimId, state, date, source, url, title, sentence, ...}) or a full Claim, bare or wrapped in {claim}.
 */
export function claimFrom(entry) {
    const c = entry && entry.claim && typeof entry.claim === 'object' ? entry.claim : (entry || {});
    return {
        claimId: c.claimId,
        state: c.state,
        day: dateOnly(c.date || c.eventDate || c.publishedAt),
        publishedAt: c.publishedAt,
        source: c.source,
        url: c.url || c.articleUrl,
        title: c.title || c.articleTitle,
        sentence: c.sentence || (c.evidence && c.evidence.sentence),
        polarity: String(c.polarity || '').toLowerCase(),
        modality: String(c.modality || '').toLowerCase(),
        attributedTo: c.attributedTo,
        establishesState: c.establishesState
    };
}

function byDay(a, b) {
    return (a.day || '').localeCompare(b.day || '');
}

/**
 * Merges consecutive claims of the same state into one period (the first dates it, later ones
 * corroborate it). Used when the API gives claims without alert-service's own state runs.
 */
export function periods(claims) {
    const result = [];
    for (const claim of [...claims].sort(byDay)) {
        const last = result[result.length - 1];
        if (last && last.state === claim.state) {
            last.claims.push(claim);
        } else {
            result.push({state: claim.state, day: claim.day, claims: [claim]});
        }
    }
    return result;
}

/**
 * alert-service's timeline, {issue, name, aspects: [{aspect, name, states: [{state, label, from,
 * lastReported, sources, evidence}], claims}]}, as [{id, name, periods, others}]: periods are the
 * runs of one state in event-time order; others are claims that changed no state (negated, hedged,
 * denied), shown apart so a reader sees them without mistaking them for the state.
 */
export function normaliseTimeline(body) {
    const list = body && !Array.isArray(body) ? body.aspects : body;
    if (!Array.isArray(list)) return [];
    return list.filter(a => a && (a.aspect || a.id)).map(a => {
        const claims = (a.claims || a.entries || []).map(claimFrom).filter(c => c.state);
        let runs;
        if (Array.isArray(a.states)) {
            runs = a.states.map(run => ({
                state: run.state, label: run.label, day: dateOnly(run.from), lastReported: dateOnly(run.lastReported),
                sources: run.sources || [], claims: (run.evidence || []).map(claimFrom)
            }));
        } else {
            runs = periods(claims.filter(c => c.establishesState !== false && c.polarity !== 'negated'));
        }
        const inRuns = new Set(runs.flatMap(r => r.claims.map(c => c.claimId)));
        return {
            id: a.aspect || a.id,
            name: a.name,
            periods: runs,
            others: claims.filter(c => !inRuns.has(c.claimId)).sort(byDay)
        };
    });
}

function sourcesOf(period) {
    const names = [...(period.sources || [])];
    for (const claim of period.claims) {
        if (claim.source && !names.includes(claim.source)) names.push(claim.source);
    }
    return names;
}

/** Claim ids involved in a contradiction, from the alerts that reported it. */
function contradictionsFor(issueId) {
    const marks = new Map();
    for (const alert of alertsFor(issueId)) {
        if (alert.type !== 'CONTRADICTION') continue;
        const prev = alert.previous || {};
        const curr = alert.current || {};
        if (curr.claimId) marks.set(curr.claimId, `contradicts ${stateLabel(issueId, alert.aspect, prev.state)} (${prev.source || 'earlier report'})`);
        if (prev.claimId && !marks.has(prev.claimId)) marks.set(prev.claimId, `contradicted by ${stateLabel(issueId, alert.aspect, curr.state)} (${curr.source || 'later report'})`);
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
        const label = `${p.contradiction ? '⚠ ' : ''}${p.label || stateLabel(issueId, aspectId, p.state)}`;
        // The date goes right of the bar, else left of it, else inside it (a bar that wide has room).
        const placement = x1 + 90 < right ? 'right' : (x0 - 90 > left ? 'left' : 'inside');
        const dateX = {right: x1 + 6, left: x0 - 6, inside: x0 + 6}[placement];
        return svg('g', {class: `bar${p.contradiction ? ' bar-contradiction' : ''}`},
            svg('text', {x: labelWidth, y: y + row / 2 + 4, class: 'bar-name', 'text-anchor': 'end'}, label),
            svg('rect', {x: x0, y: y + 4, width: x1 - x0, height: row - 8, rx: 3, fill: colour(p.state)}),
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

function claimLine(claim, marks) {
    const href = safeHref(claim.url);
    const qualifiers = [claim.polarity === 'negated' ? 'negated' : null,
        claim.modality && claim.modality !== 'asserted' ? claim.modality : null].filter(Boolean);
    return h('li', {},
        href ? h('a', {href, target: '_blank', rel: 'noopener noreferrer'}, claim.title || claim.source || hostOf(claim.url),
            h('span', {class: 'visually-hidden'}, ' (opens in a new tab)')) : (claim.title || claim.source || 'article'),
        claim.source ? ` · ${claim.source}` : '', ' · ', timeEl(claim.day),
        claim.attributedTo ? ` · according to ${claim.attributedTo}` : '',
        qualifiers.length ? ` · ${qualifiers.join(', ')}` : '',
        marks.get(claim.claimId) ? h('span', {class: 'contradiction-flag'}, ` · ⚠ ${marks.get(claim.claimId)}`) : null);
}

/** Coloured through the CSSOM, not a style attribute, so the page's CSP needs no 'unsafe-inline'. */
function stateChip(state, label) {
    const chip = h('span', {class: 'state-chip'}, label);
    chip.style.backgroundColor = colour(state);
    return chip;
}

function periodItem(issue, aspectId, period, marks) {
    const sources = sourcesOf(period);
    const first = period.claims[0] || {};
    const label = period.label || stateLabel(issue.id, aspectId, period.state);
    const terms = highlightTerms(period.state, {...termsFor(issue.id, aspectId, period.state, issue.name), label});
    const contradictions = period.claims.map(c => marks.get(c.claimId)).filter(Boolean);
    return h('li', {class: `period${contradictions.length ? ' period-contradiction' : ''}`, dataset: {state: period.state}},
        h('div', {class: 'period-head'},
            timeEl(period.day),
            stateChip(period.state, label),
            period.lastReported && period.lastReported !== period.day ? h('span', {class: 'muted'}, 'last reported ', timeEl(period.lastReported)) : null,
            contradictions.length ? h('strong', {class: 'contradiction-flag'}, h('span', {'aria-hidden': 'true'}, '⚠ '), `Contradiction: ${contradictions.join('; ')}`) : null),
        h('p', {class: 'period-sources'}, sources.length > 1 ? `Reported by ${sources.length} sources: ` : 'Reported by ', sources.join(', ') || 'unknown source'),
        first.sentence ? h('blockquote', {}, highlight(first.sentence, terms)) : null,
        h('ul', {class: 'period-links'}, period.claims.map(claim => claimLine(claim, marks))));
}

function othersBlock(issue, aspect, marks) {
    if (!aspect.others.length) return null;
    return h('details', {class: 'others'},
        h('summary', {}, `${aspect.others.length} report${aspect.others.length === 1 ? '' : 's'} that changed no state (denied, negated, hedged or planned)`),
        h('ul', {class: 'period-links'}, aspect.others.map(claim => h('li', {},
            h('strong', {}, claim.polarity === 'negated' ? 'not ' : '', stateLabel(issue.id, aspect.id, claim.state)), ': ',
            claim.sentence ? h('q', {}, highlight(claim.sentence, highlightTerms(claim.state, termsFor(issue.id, aspect.id, claim.state, issue.name)))) : '',
            h('ul', {}, claimLine(claim, marks))))));
}

function issueNav(currentId) {
    return h('nav', {class: 'issue-nav', 'aria-label': 'Watched issues'},
        h('ul', {}, allIssues().map(issue => h('li', {},
            h('a', {href: `#/issues/${encodeURIComponent(issue.id)}`, 'aria-current': issue.id === currentId ? 'page' : null}, issue.name)))));
}

function issueSummaries() {
    return h('table', {class: 'data-table', id: 'issues-table'},
        h('caption', {class: 'visually-hidden'}, 'Watched issues and the current state of each aspect'),
        h('thead', {}, h('tr', {}, ['Issue', 'Aspect', 'Current state', 'Claims'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', {}, allIssues().flatMap(issue => {
            const aspects = aspectsOf(issue);
            return (aspects.length ? aspects : [{}]).map((aspect, i) => h('tr', {},
                i === 0 ? h('th', {scope: 'row', rowspan: aspects.length || 1, 'data-label': 'Issue'},
                    h('a', {href: `#/issues/${encodeURIComponent(issue.id)}`}, issue.name)) : null,
                h('td', {'data-label': 'Aspect'}, aspect.name || ''),
                h('td', {'data-label': 'Current state'}, aspect.currentLabel || humanize(aspect.currentState) || h('span', {class: 'muted'}, 'nothing known yet')),
                h('td', {'data-label': 'Claims', class: 'num'}, aspect.claims === undefined ? '' : String(aspect.claims))));
        })));
}

export function renderIssuesPage(view, {issueId, onError}) {
    const notice = h('div', {});
    const body = h('div', {class: 'timeline-body'});
    const navSlot = h('div', {});
    clear(view).append(h('h1', {}, 'Issue timelines'),
        h('p', {class: 'lead'}, 'The known state of each aspect of a watched issue over time, by the date the state held. Contradictions are marked ⚠.'),
        notice, navSlot, body);
    // Fresh each time: the current states in the catalogue change as alerts arrive.
    loadCatalogue(!issueId).then(() => {
        navSlot.append(issueNav(issueId));
        if (!issueId) {
            body.append(allIssues().length ? issueSummaries() : message('No watched issues.'));
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
    const marks = contradictionsFor(issueId);
    const title = h('h2', {id: 'timeline-title', tabindex: '-1'}, (data && data.name) || issue.name);
    clear(body).append(title);
    if (issue.description) body.append(h('p', {}, issue.description));
    if (aspects.every(a => !a.periods.length && !a.others.length)) {
        body.append(message('Nothing is known about this issue yet.'));
    }
    for (const aspect of aspects) {
        if (!aspect.periods.length && !aspect.others.length) continue;
        const list = aspect.periods;
        for (const p of list) p.contradiction = p.claims.some(c => marks.has(c.claimId));
        const claimCount = list.reduce((n, p) => n + p.claims.length, 0) + aspect.others.length;
        const headingId = `aspect-${aspect.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
        body.append(h('section', {class: 'aspect-timeline panel', 'aria-labelledby': headingId, dataset: {aspect: aspect.id}},
            h('h3', {id: headingId}, aspect.name, h('span', {class: 'muted'}, ` · ${list.length} state${list.length === 1 ? '' : 's'}, ${claimCount} claim${claimCount === 1 ? '' : 's'}`)),
            list.length ? chart(issueId, aspect.id, list) : null,
            list.length ? h('ol', {class: 'timeline'}, list.map(p => periodItem(issue, aspect.id, p, marks))) : message('No report established a state yet.'),
            othersBlock(issue, aspect, marks)));
    }
    // Only when still on this page: the user may have moved on while it loaded.
    if (title.isConnected) title.focus();
}
