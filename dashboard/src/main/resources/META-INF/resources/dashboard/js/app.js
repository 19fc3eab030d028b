// Entry point: sign-in, hash routing between the four pages, and the live alert stream.
import {UnauthorizedError, loadConfig, setIngestUrl, setToken, signOut, token} from './api.js';
import {clearAlerts, renderAlertsPage, startLive, stopLive} from './alerts.js';
import {loadCatalogue, resetCatalogue} from './catalogue.js';
import {clear, h} from './dom.js';
import {renderFeedsPage} from './feeds.js';
import {renderDeliveriesPage, renderSubscriptionsPage} from './subscriptions.js';
import {renderIssuesPage} from './timeline.js';

const signInSection = document.getElementById('sign-in');
const view = document.getElementById('view');
const nav = document.getElementById('nav');
const session = document.getElementById('session');
let cleanup = () => {};

function showError(error, slot, hint) {
    if (error instanceof UnauthorizedError) {
        endSession('Your token was rejected. Sign in again.');
        return;
    }
    clear(slot).append(h('div', {class: 'message message-error', role: 'alert'},
        h('p', {}, error.message || String(error)), hint ? h('p', {}, hint) : null,
        h('p', {}, h('button', {type: 'button', class: 'button-secondary', onclick: () => render()}, 'Try again'))));
}

let currentRoute = '#/alerts';

function route() {
    // Only "#/..." is a route; another fragment (an in-page anchor) keeps the page that is shown.
    if (location.hash === '' || location.hash.startsWith('#/')) currentRoute = location.hash || '#/alerts';
    const hash = currentRoute.replace(/^#\/?/, '');
    const [page, id] = hash.split('/').map(part => part && decodeURIComponent(part));
    return {page: page || 'alerts', id};
}

function render() {
    if (!token()) return;
    cleanup();
    const {page, id} = route();
    const options = {onError: showError};
    for (const link of nav.querySelectorAll('a')) {
        if (link.dataset.route === page) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    }
    const titles = {alerts: 'Live alerts', issues: 'Issue timelines', subscriptions: 'Subscriptions', feeds: 'Feeds'};
    document.title = `${titles[page] || 'Not found'} · newsmon`;
    if (page === 'alerts') cleanup = renderAlertsPage(view, options);
    else if (page === 'issues') cleanup = renderIssuesPage(view, {...options, issueId: id});
    else if (page === 'subscriptions' && id) cleanup = renderDeliveriesPage(view, {...options, subscriptionId: id});
    else if (page === 'subscriptions') cleanup = renderSubscriptionsPage(view, options);
    else if (page === 'feeds') cleanup = renderFeedsPage(view, options);
    else {
        clear(view).append(h('h1', {}, 'Page not found'), h('p', {}, h('a', {href: '#/alerts'}, 'Go to the live alerts')));
        cleanup = () => {};
    }
}

function startSession() {
    signInSection.hidden = true;
    view.hidden = false;
    nav.hidden = false;
    session.hidden = false;
    startLive({onUnauthorized: () => endSession('Your token was rejected. Sign in again.')});
    render();
}

function endSession(reason) {
    stopLive();
    signOut();
    clearAlerts();
    resetCatalogue();
    cleanup();
    cleanup = () => {};
    clear(view);
    view.hidden = true;
    nav.hidden = true;
    session.hidden = true;
    signInSection.hidden = false;
    document.getElementById('sign-in-error').textContent = reason || '';
    document.title = 'Sign in · newsmon';
    document.getElementById('token').focus();
}

async function signIn(event) {
    event.preventDefault();
    const input = document.getElementById('token');
    const error = document.getElementById('sign-in-error');
    const button = document.getElementById('sign-in-submit');
    const value = input.value.trim();
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    if (!value) {
        error.textContent = 'Paste the API token first.';
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
    }
    setIngestUrl(document.getElementById('ingest-url').value.trim());
    setToken(value);
    button.disabled = true;
    try {
        // Proves the token before showing anything; the catalogue is needed by every page anyway.
        await loadCatalogue(true);
        input.value = '';
        startSession();
        document.getElementById('main').focus();
    } catch (e) {
        if (e instanceof UnauthorizedError) {
            signOut();
            resetCatalogue();
            input.setAttribute('aria-invalid', 'true');
            error.textContent = 'That token was not accepted. Check it and try again.';
            input.focus();
        } else {
            // alert-service answers 503 while its state stores warm up: the token may be fine, so go
            // in; each page shows the error with a retry, and a 401 later still signs out.
            input.value = '';
            startSession();
            document.getElementById('main').focus();
        }
    } finally {
        button.disabled = false;
    }
}

async function main() {
    await loadConfig();
    document.getElementById('sign-in-form').addEventListener('submit', signIn);
    document.getElementById('sign-out').addEventListener('click', () => endSession('Signed out.'));
    window.addEventListener('hashchange', () => {
        if (location.hash !== '' && !location.hash.startsWith('#/')) return;
        render();
        document.getElementById('main').focus({preventScroll: true});
    });
    // The skip link moves focus without touching the hash, which is the router's.
    document.querySelector('.skip-link').addEventListener('click', event => {
        event.preventDefault();
        document.getElementById('main').focus();
    });
    if (token()) {
        loadCatalogue().catch(() => {});
        startSession();
    } else {
        endSession('');
    }
    document.documentElement.dataset.ready = 'true';
}

main();
