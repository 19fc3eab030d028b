// Feeds: every feed ingest-service polls, with its health. Read from ingest-service's own API, which
// lives on another origin (port 8081 by default), so that service must allow this origin by CORS.
import {api, ingestUrl} from './api.js';
import {clear, h, hostOf, message, safeHref, timeEl} from './dom.js';

function pick(obj, ...keys) {
    for (const key of keys) {
        for (const scope of [obj, obj.state, obj.status, obj.definition, obj.feed]) {
            if (scope && typeof scope === 'object' && scope[key] !== undefined && scope[key] !== null && scope[key] !== '') return scope[key];
        }
    }
    return null;
}

const HEALTH_TEXT = {
    new: 'New (not fetched yet)', ok: 'OK', degraded: 'Degraded', failing: 'Failing', disabled: 'Disabled'
};

function healthBadge(value) {
    const health = String(value || 'unknown').toLowerCase();
    return h('span', {class: `badge health-${health}`}, HEALTH_TEXT[health] || health);
}

export function renderFeedsPage(view, {onError}) {
    const notice = h('div', {});
    const body = h('div', {});
    clear(view).append(h('h1', {}, 'Feeds'),
        h('p', {class: 'lead'}, 'Every feed ingest-service polls, with its health. From ', h('code', {}, `${ingestUrl()}/api/feeds`), '.'),
        notice, body);
    (async () => {
        body.append(message('Loading…'));
        const raw = await api.ingest('/api/feeds', `Loading feeds from ingest-service at ${ingestUrl()}`);
        const feeds = Array.isArray(raw) ? raw : (raw && raw.feeds) || [];
        clear(body);
        if (!feeds.length) {
            body.append(message('No feeds registered. Add one with ./newsmon feeds add URL.'));
            return;
        }
        const counts = {};
        for (const feed of feeds) {
            const health = String(pick(feed, 'health') || 'unknown').toLowerCase();
            counts[health] = (counts[health] || 0) + 1;
        }
        body.append(h('p', {role: 'status'}, `${feeds.length} feed${feeds.length === 1 ? '' : 's'}: `,
            Object.entries(counts).map(([k, v]) => `${v} ${HEALTH_TEXT[k] ? HEALTH_TEXT[k].toLowerCase() : k}`).join(', '), '.'));
        body.append(h('table', {class: 'data-table', id: 'feeds-table'},
            h('caption', {class: 'visually-hidden'}, 'Feeds and their health'),
            h('thead', {}, h('tr', {}, ['Feed', 'Health', 'Last fetch', 'Last error', 'Items seen'].map(t => h('th', {scope: 'col'}, t)))),
            h('tbody', {}, feeds.map(feed => {
                const url = pick(feed, 'url', 'feedUrl');
                const href = safeHref(url);
                const health = pick(feed, 'health');
                const lastError = pick(feed, 'lastError');
                const outcome = pick(feed, 'lastOutcome');
                const items = pick(feed, 'itemsSeen', 'itemsPublished', 'items');
                return h('tr', {class: /failing|disabled/i.test(String(health)) ? 'row-failure' : null},
                    h('th', {scope: 'row', 'data-label': 'Feed', class: 'break'},
                        h('span', {class: 'feed-name'}, pick(feed, 'name', 'feedTitle', 'publisher') || hostOf(url)), h('br'),
                        href ? h('a', {href, target: '_blank', rel: 'noopener noreferrer'}, url, h('span', {class: 'visually-hidden'}, ' (opens in a new tab)')) : (url || '')),
                    h('td', {'data-label': 'Health'}, healthBadge(health)),
                    h('td', {'data-label': 'Last fetch'}, pick(feed, 'lastFetchAt', 'lastFetch', 'lastFetchedAt') ? timeEl(pick(feed, 'lastFetchAt', 'lastFetch', 'lastFetchedAt'), {withTime: true}) : 'never',
                        outcome ? h('span', {class: 'muted'}, ` (${String(outcome).replace(/_/g, ' ')})`) : null),
                    h('td', {'data-label': 'Last error', class: 'break'}, lastError ? [lastError, pick(feed, 'lastErrorAt') ? [' · ', timeEl(pick(feed, 'lastErrorAt'), {withTime: true})] : null] : h('span', {class: 'muted'}, 'none')),
                    h('td', {'data-label': 'Items seen', class: 'num'}, items === null ? '0' : String(items)));
            }))));
    })().catch(e => {
        clear(body);
        onError(e, notice, 'If ingest-service runs elsewhere, set its address at sign-in; it must allow this page\'s origin (CORS).');
    });
    return () => {};
}
