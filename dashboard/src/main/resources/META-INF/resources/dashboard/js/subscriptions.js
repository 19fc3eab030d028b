// Subscriptions: create and delete webhook and email subscriptions; each one's delivery attempts.
import {api} from './api.js';
import {allIssues, issueName, loadCatalogue} from './catalogue.js';
import {announce, clear, h, humanize, message, timeEl} from './dom.js';

function field(id, label, input, help) {
    const helpId = help ? `${id}-help` : null;
    const errorId = `${id}-error`;
    input.id = id;
    input.setAttribute('aria-describedby', [helpId, errorId].filter(Boolean).join(' '));
    return h('div', {class: 'field', dataset: {field: id}},
        h('label', {for: id}, label), input,
        help ? h('p', {id: helpId, class: 'help'}, help) : null,
        h('p', {id: errorId, class: 'error field-error'}));
}

function setFieldError(form, id, text) {
    const input = form.querySelector(`#${id}`);
    const error = form.querySelector(`#${id}-error`);
    if (error) error.textContent = text || '';
    if (input) {
        if (text) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
    }
}

function createForm(onCreated) {
    const channelName = 'sub-channel';
    const webhookFields = h('div', {class: 'channel-fields', id: 'webhook-fields'},
        field('sub-webhook-url', 'Webhook URL', h('input', {type: 'url', name: 'webhookUrl', inputmode: 'url', spellcheck: 'false', placeholder: 'https://example.org/hooks/newsmon'}),
            'newsmon POSTs each alert as JSON, signed per Standard Webhooks.'),
        field('sub-secret', 'Signing secret (optional)', h('input', {type: 'password', name: 'secret', autocomplete: 'new-password', spellcheck: 'false'}),
            'whsec_… (base64) or plain text. Write-only: it is never shown again.'));
    const emailFields = h('div', {class: 'channel-fields', id: 'email-fields', hidden: true},
        field('sub-email', 'Email address', h('input', {type: 'email', name: 'email', autocomplete: 'email', spellcheck: 'false'})));
    const issueBoxes = h('div', {class: 'checkbox-grid', id: 'sub-issues'},
        allIssues().map(issue => h('label', {class: 'checkbox'}, h('input', {type: 'checkbox', name: 'issues', value: issue.id}), ' ', issue.name)));
    const form = h('form', {class: 'panel subscription-form', id: 'subscription-form', novalidate: true, 'aria-labelledby': 'new-subscription-title'},
        h('h2', {id: 'new-subscription-title'}, 'New subscription'),
        field('sub-name', 'Name', h('input', {type: 'text', name: 'name', required: true, autocomplete: 'off'})),
        h('fieldset', {class: 'radio-row'}, h('legend', {}, 'Channel'),
            h('label', {class: 'radio'}, h('input', {type: 'radio', name: channelName, value: 'webhook', checked: true}), ' Webhook'),
            h('label', {class: 'radio'}, h('input', {type: 'radio', name: channelName, value: 'email'}), ' Email')),
        webhookFields, emailFields,
        h('fieldset', {}, h('legend', {}, 'Issues (none ticked: all issues)'), issueBoxes),
        h('fieldset', {class: 'radio-row'}, h('legend', {}, 'Alert types'),
            h('label', {class: 'checkbox'}, h('input', {type: 'checkbox', name: 'types', value: 'UPDATE', checked: true}), ' Updates'),
            h('label', {class: 'checkbox'}, h('input', {type: 'checkbox', name: 'types', value: 'CONTRADICTION', checked: true}), ' Contradictions'),
            h('p', {id: 'sub-types-error', class: 'error field-error'})),
        h('div', {class: 'field-row'},
            field('sub-min-confidence', 'Minimum confidence (0 to 1)', h('input', {type: 'number', name: 'minConfidence', min: '0', max: '1', step: '0.05', value: '0', inputmode: 'decimal'})),
            field('sub-sources', 'Sources (optional)', h('input', {type: 'text', name: 'sources', spellcheck: 'false'}), 'Comma-separated publisher names; empty: every source.')),
        h('p', {class: 'error', id: 'sub-form-error', role: 'alert'}),
        h('button', {type: 'submit', id: 'sub-create'}, 'Create subscription'));

    form.addEventListener('change', e => {
        if (e.target.name === channelName) {
            const email = e.target.value === 'email';
            emailFields.hidden = !email;
            webhookFields.hidden = email;
        }
    });
    form.addEventListener('submit', async e => {
        e.preventDefault();
        const channel = form.querySelector(`input[name="${channelName}"]:checked`).value;
        const value = name => form.querySelector(`[name="${name}"]`).value.trim();
        const errors = {};
        if (!value('name')) errors['sub-name'] = 'Give the subscription a name.';
        if (channel === 'webhook') {
            try {
                const url = new URL(value('webhookUrl'));
                if (url.protocol !== 'http:' && url.protocol !== 'https:') errors['sub-webhook-url'] = 'The webhook URL must start with http:// or https://.';
            } catch {
                errors['sub-webhook-url'] = 'Enter the full webhook URL, e.g. https://example.org/hooks/newsmon.';
            }
        } else if (!/^[^\s@]+@[^\s@]+$/.test(value('email'))) {
            errors['sub-email'] = 'Enter an email address such as desk@example.org.';
        }
        const types = [...form.querySelectorAll('input[name="types"]:checked')].map(i => i.value);
        if (!types.length) errors['sub-types'] = 'Tick at least one alert type.';
        const minConfidence = Number(value('minConfidence') || '0');
        if (!(minConfidence >= 0 && minConfidence <= 1)) errors['sub-min-confidence'] = 'Use a number from 0 to 1.';
        for (const id of ['sub-name', 'sub-webhook-url', 'sub-email', 'sub-types', 'sub-min-confidence']) setFieldError(form, id, errors[id]);
        const formError = form.querySelector('#sub-form-error');
        formError.textContent = '';
        const firstInvalid = Object.keys(errors)[0];
        if (firstInvalid) {
            const target = form.querySelector(`#${firstInvalid}`) || form.querySelector('input[name="types"]');
            target.focus();
            return;
        }
        const body = {
            name: value('name'),
            channel,
            issues: [...form.querySelectorAll('input[name="issues"]:checked')].map(i => i.value),
            types,
            minConfidence,
            sources: value('sources') ? value('sources').split(',').map(s => s.trim()).filter(Boolean) : []
        };
        if (channel === 'webhook') {
            body.webhookUrl = value('webhookUrl');
            if (value('secret')) body.secret = value('secret');
        } else {
            body.email = value('email');
        }
        const button = form.querySelector('#sub-create');
        button.disabled = true;
        try {
            const created = await api.post('/api/subscriptions', body, 'Creating the subscription');
            form.reset();
            emailFields.hidden = true;
            webhookFields.hidden = false;
            announce(`Subscription ${body.name} created.`);
            onCreated(created, body);
        } catch (error) {
            formError.textContent = error.message;
        } finally {
            button.disabled = false;
        }
    });
    return form;
}

function target(sub) {
    return sub.channel === 'email' ? sub.email : sub.webhookUrl;
}

function filtersText(sub) {
    const issues = sub.issues && sub.issues.length ? sub.issues.map(id => issueName(id)).join(', ') : 'all issues';
    const types = sub.types && sub.types.length ? sub.types.map(t => humanize(t.toLowerCase())).join(', ') : 'all types';
    const parts = [issues, types];
    if (sub.minConfidence) parts.push(`confidence ≥ ${sub.minConfidence}`);
    if (sub.sources && sub.sources.length) parts.push(`sources: ${sub.sources.join(', ')}`);
    return parts.join(' · ');
}

function subscriptionTable(subs, onDelete) {
    if (!subs.length) return message('No subscriptions yet.');
    return h('table', {class: 'data-table', id: 'subscriptions-table'},
        h('caption', {class: 'visually-hidden'}, 'Subscriptions'),
        h('thead', {}, h('tr', {}, ['Name', 'Channel', 'Sends to', 'Filters', 'Created', 'Actions'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', {}, subs.map(sub => h('tr', {dataset: {subscriptionId: sub.id}},
            h('th', {scope: 'row', 'data-label': 'Name'}, sub.name || sub.id),
            h('td', {'data-label': 'Channel'}, sub.channel),
            h('td', {'data-label': 'Sends to', class: 'break'}, target(sub) || ''),
            h('td', {'data-label': 'Filters'}, filtersText(sub)),
            h('td', {'data-label': 'Created'}, timeEl(sub.createdAt, {withTime: true})),
            h('td', {'data-label': 'Actions'}, h('div', {class: 'actions'},
                h('a', {href: `#/subscriptions/${encodeURIComponent(sub.id)}`, class: 'button-link'}, 'Deliveries',
                    h('span', {class: 'visually-hidden'}, ` of ${sub.name || sub.id}`)),
                h('button', {type: 'button', class: 'button-danger', onclick: () => onDelete(sub)}, 'Delete',
                    h('span', {class: 'visually-hidden'}, ` ${sub.name || sub.id}`))))))));
}

export function renderSubscriptionsPage(view, {onError}) {
    const notice = h('div', {});
    const listSlot = h('div', {id: 'subscriptions-list'});
    const formSlot = h('div', {});
    clear(view).append(h('h1', {}, 'Subscriptions'),
        h('p', {class: 'lead'}, 'Who hears about which alerts, by webhook or email. Each delivery is retried with backoff until it succeeds or is dead-lettered.'),
        notice, h('section', {'aria-labelledby': 'current-subscriptions'}, h('h2', {id: 'current-subscriptions'}, 'Current subscriptions'), listSlot), formSlot);

    async function refresh() {
        const body = await api.get('/api/subscriptions', 'Loading subscriptions');
        const subs = Array.isArray(body) ? body : (body && body.subscriptions) || [];
        clear(listSlot).append(subscriptionTable(subs, remove));
    }
    async function remove(sub) {
        if (!window.confirm(`Delete the subscription “${sub.name || sub.id}”? Pending deliveries stop.`)) return;
        try {
            await api.del(`/api/subscriptions/${encodeURIComponent(sub.id)}`, 'Deleting the subscription');
            announce(`Subscription ${sub.name || sub.id} deleted.`);
            await refresh();
            const heading = document.getElementById('current-subscriptions');
            if (heading) {
                heading.setAttribute('tabindex', '-1');
                heading.focus();
            }
        } catch (e) {
            onError(e, notice);
        }
    }
    function created(subscription, request) {
        clear(notice);
        // alert-service returns a secret it generated exactly once, in this response: show it so the
        // receiver can be configured, and say it will not be shown again.
        if (subscription && subscription.secret && !request.secret) {
            notice.append(h('div', {class: 'message message-secret', role: 'status', id: 'generated-secret'},
                h('p', {}, `Subscription “${subscription.name || subscription.id}” created. Its webhook signing secret, shown only now:`),
                h('p', {}, h('code', {class: 'secret'}, subscription.secret)),
                h('p', {}, 'Copy it to the receiver; it verifies the webhook-signature header with it.')));
        }
        refresh().catch(e => onError(e, notice));
    }
    listSlot.append(message('Loading…'));
    refresh().catch(e => onError(e, notice));
    loadCatalogue().catch(() => {}).then(() => formSlot.append(createForm(created)));
    return () => {};
}

function pick(obj, ...keys) {
    for (const key of keys) if (obj[key] !== undefined && obj[key] !== null && obj[key] !== '') return obj[key];
    return null;
}

function failed(outcome) {
    return /fail|error|dead|refused|timeout|gave.?up|reject/i.test(String(outcome || ''));
}

export function renderDeliveriesPage(view, {subscriptionId, onError}) {
    const notice = h('div', {});
    const body = h('div', {});
    const title = h('h1', {id: 'deliveries-title'}, 'Deliveries');
    clear(view).append(h('p', {}, h('a', {href: '#/subscriptions'}, '← All subscriptions')), title, notice, body);
    (async () => {
        const sub = await api.get(`/api/subscriptions/${encodeURIComponent(subscriptionId)}`, 'Loading the subscription');
        title.textContent = `Deliveries: ${sub.name || sub.id}`;
        body.append(h('p', {}, `${sub.channel} to ${target(sub) || '?'} · ${filtersText(sub)}`));
        const raw = await api.get(`/api/subscriptions/${encodeURIComponent(subscriptionId)}/deliveries`, 'Loading deliveries');
        const attempts = Array.isArray(raw) ? raw : (raw && (raw.deliveries || raw.attempts)) || [];
        if (!attempts.length) {
            body.append(message('No delivery attempts yet.'));
            return;
        }
        const failures = attempts.filter(a => failed(pick(a, 'outcome', 'result', 'state'))).length;
        body.append(h('p', {class: failures ? 'message message-error' : 'message', role: 'status'},
            `${attempts.length} attempt${attempts.length === 1 ? '' : 's'}, ${failures} failed.`));
        body.append(h('table', {class: 'data-table', id: 'deliveries-table'},
            h('caption', {class: 'visually-hidden'}, 'Delivery attempts, newest first'),
            h('thead', {}, h('tr', {}, ['When', 'Alert', 'Attempt', 'Outcome', 'HTTP status', 'Latency', 'Error', 'Next attempt'].map(t => h('th', {scope: 'col'}, t)))),
            h('tbody', {}, attempts.map(a => {
                const outcome = pick(a, 'outcome', 'result', 'state') || '';
                const bad = failed(outcome);
                return h('tr', {class: bad ? 'row-failure' : null},
                    h('td', {'data-label': 'When'}, timeEl(pick(a, 'attemptedAt', 'at', 'timestamp', 'time', 'finishedAt'), {withTime: true})),
                    h('td', {'data-label': 'Alert', class: 'break'}, pick(a, 'alertSummary', 'summary', 'alertId') || '',
                        a.issue ? h('span', {class: 'muted'}, ` (${a.issue}${a.type ? `, ${String(a.type).toLowerCase()}` : ''})`) : null),
                    h('td', {'data-label': 'Attempt'}, String(pick(a, 'attempt', 'attemptNumber', 'attempts') ?? '')),
                    h('td', {'data-label': 'Outcome'}, h('span', {class: `badge ${bad ? 'badge-failure' : 'badge-ok'}`}, String(outcome).toLowerCase() || 'unknown')),
                    h('td', {'data-label': 'HTTP status'}, String(pick(a, 'status', 'httpStatus', 'statusCode') ?? '')),
                    h('td', {'data-label': 'Latency', class: 'num'}, pick(a, 'latencyMs') === null ? '' : `${pick(a, 'latencyMs')} ms`),
                    h('td', {'data-label': 'Error', class: 'break'}, pick(a, 'error', 'lastError', 'message', 'detail') || ''),
                    h('td', {'data-label': 'Next attempt'}, pick(a, 'nextAttemptAt', 'nextRetryAt', 'retryAt') ? timeEl(pick(a, 'nextAttemptAt', 'nextRetryAt', 'retryAt'), {withTime: true}) : ''));
            }))));
    })().catch(e => onError(e, notice));
    return () => {};
}
