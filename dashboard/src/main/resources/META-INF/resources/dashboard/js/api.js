// Talks to alert-service (same origin as the dashboard) and ingest-service (feeds; its own origin).
// The token lives in sessionStorage: it survives reloads of this tab, not the browser session,
// and is only ever sent in the Authorization header.

const TOKEN_KEY = 'newsmon.token';
const INGEST_KEY = 'newsmon.ingestUrl';

export class UnauthorizedError extends Error {
    constructor(what) {
        super(`${what}: the API token was rejected (401). Sign in again.`);
        this.name = 'UnauthorizedError';
    }
}

export class ApiError extends Error {
    constructor(what, status, detail) {
        super(`${what} failed: HTTP ${status}${detail ? ` (${detail})` : ''}`);
        this.name = 'ApiError';
        this.status = status;
    }
}

const config = {apiBase: '', ingestUrl: null};

/**
 * Loads deployment settings, most specific first: window.NEWSMON_INGEST_URL (set by a page that
 * embeds the dashboard), the user's choice at sign-in, then config.json next to index.html (which
 * alert-service may serve), then ingest-service's default port on the dashboard's host.
 */
export async function loadConfig() {
    let fromFile = {};
    try {
        const response = await fetch('config.json', {cache: 'no-store', headers: {Accept: 'application/json'}});
        if (response.ok) fromFile = await response.json();
    } catch {
        // No config.json: the defaults below apply.
    }
    config.apiBase = trimSlash(fromFile.apiBase || '');
    config.ingestUrl = trimSlash(window.NEWSMON_INGEST_URL || sessionStorage.getItem(INGEST_KEY)
        || fromFile.ingestUrl || `${location.protocol}//${location.hostname}:8081`);
    return config;
}

function trimSlash(url) {
    return url ? String(url).replace(/\/+$/, '') : '';
}

export function ingestUrl() {
    return config.ingestUrl;
}

export function setIngestUrl(url) {
    if (url) {
        // "localhost:8081" would otherwise be fetched as a path relative to the dashboard.
        const absolute = /^https?:\/\//i.test(url) ? url : `http://${url}`;
        sessionStorage.setItem(INGEST_KEY, trimSlash(absolute));
        config.ingestUrl = trimSlash(absolute);
    }
}

export function token() {
    return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
    sessionStorage.setItem(TOKEN_KEY, value);
}

export function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
}

async function request(base, path, {method = 'GET', body, what} = {}) {
    const headers = {Accept: 'application/json', Authorization: `Bearer ${token()}`};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const label = what || `${method} ${path}`;
    let response;
    try {
        response = await fetch(base + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store'
        });
    } catch (e) {
        throw new ApiError(label, 'unreachable', `${base || location.origin} did not answer`);
    }
    if (response.status === 401) throw new UnauthorizedError(label);
    if (!response.ok) throw new ApiError(label, response.status, await errorDetail(response));
    if (response.status === 204) return null;
    const text = await response.text();
    return text ? JSON.parse(text) : null;
}

async function errorDetail(response) {
    try {
        const text = await response.text();
        if (!text) return '';
        try {
            const json = JSON.parse(text);
            const main = json.error || json.message || json.title || json.details || text.slice(0, 300);
            // alert-service lists each problem of an invalid subscription: show them all.
            const problems = Array.isArray(json.problems) ? json.problems.map(p => typeof p === 'string' ? p : (p.message || JSON.stringify(p))) : [];
            return problems.length ? `${main}: ${problems.join('; ')}` : main;
        } catch {
            return text.slice(0, 300);
        }
    } catch {
        return '';
    }
}

export const api = {
    get: (path, what) => request(config.apiBase, path, {what}),
    post: (path, body, what) => request(config.apiBase, path, {method: 'POST', body, what}),
    del: (path, what) => request(config.apiBase, path, {method: 'DELETE', what}),
    ingest: (path, what) => request(config.ingestUrl, path, {what})
};

/**
 * Parses a server-sent-events byte stream into events. Kept separate from the network so it can be
 * tested: feed it chunks as they arrive (split anywhere, even inside a line) and it calls onEvent
 * with {event, data, id} for every complete event.
 */
export function createSseParser(onEvent) {
    const decoder = new TextDecoder();
    let buffer = '';
    let data = [];
    let event = '';
    let id = '';
    function line(text) {
        if (text === '') {
            if (data.length) onEvent({event: event || 'message', data: data.join('\n'), id});
            data = [];
            event = '';
            return;
        }
        if (text.startsWith(':')) return; // comment / keep-alive
        const colon = text.indexOf(':');
        const field = colon < 0 ? text : text.slice(0, colon);
        let value = colon < 0 ? '' : text.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') data.push(value);
        else if (field === 'event') event = value;
        else if (field === 'id') id = value;
    }
    return {
        push(chunk) {
            buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true});
            let match;
            while ((match = /\r\n|\r|\n/.exec(buffer)) !== null) {
                // A lone \r at the end of a chunk may be the first half of \r\n: wait for more.
                if (match[0] === '\r' && match.index === buffer.length - 1) break;
                line(buffer.slice(0, match.index));
                buffer = buffer.slice(match.index + match[0].length);
            }
        }
    };
}

/**
 * Follows an SSE endpoint with fetch, so the token travels in a header (EventSource cannot set
 * one). Reconnects with capped exponential backoff; onStatus gets 'live', 'reconnecting' or
 * 'unauthorized'. Returns a function that stops following.
 */
export function followStream(path, {onEvent, onStatus, onOpen}) {
    let stopped = false;
    let controller = null;
    let delay = 1000;
    async function run() {
        while (!stopped) {
            controller = new AbortController();
            try {
                const response = await fetch(config.apiBase + path, {
                    headers: {Accept: 'text/event-stream', Authorization: `Bearer ${token()}`},
                    cache: 'no-store', signal: controller.signal
                });
                if (response.status === 401) {
                    onStatus('unauthorized');
                    return;
                }
                if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
                delay = 1000;
                onStatus('live');
                if (onOpen) onOpen();
                const parser = createSseParser(onEvent);
                const reader = response.body.getReader();
                for (;;) {
                    const {value, done} = await reader.read();
                    if (done) break;
                    parser.push(value);
                }
            } catch (e) {
                if (stopped) return;
            }
            if (stopped) return;
            onStatus('reconnecting');
            await new Promise(resolve => setTimeout(resolve, delay + Math.random() * 500));
            delay = Math.min(delay * 2, 30000);
        }
    }
    run();
    return () => {
        stopped = true;
        if (controller) controller.abort();
    };
}
