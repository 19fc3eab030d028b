// The watched issues as alert-service lists them (/api/issues), loaded once per sign-in and shared
// by every page: filter menus, subscription checkboxes and highlight terms.
import {api} from './api.js';
import {humanize} from './dom.js';

let issues = [];
let loaded = null;

/** Accepts an array of issues (or of ids), or {issues: [...]}, so small API changes do not blank the page. */
function normalise(body) {
    const list = Array.isArray(body) ? body : (body && Array.isArray(body.issues) ? body.issues : []);
    return list.map(item => typeof item === 'string' ? {id: item, name: item} : {
        ...item,
        id: item.id || item.issue,
        name: item.name || item.issueName || item.id || item.issue
    }).filter(item => item.id);
}

export function loadCatalogue(force = false) {
    if (!loaded || force) {
        loaded = api.get('/api/issues', 'Loading the watched issues').then(body => {
            issues = normalise(body);
            return issues;
        }).catch(e => {
            loaded = null;
            throw e;
        });
    }
    return loaded;
}

export function resetCatalogue() {
    issues = [];
    loaded = null;
}

export function allIssues() {
    return issues;
}

export function issueById(id) {
    return issues.find(issue => issue.id === id);
}

export function issueName(id, fallback) {
    const issue = issueById(id);
    return (issue && issue.name) || fallback || id;
}

/** Aspects of an issue as [{id, name}] whatever shape the API gives them in. */
export function aspectsOf(issue) {
    const aspects = issue && issue.aspects;
    if (!Array.isArray(aspects)) return [];
    return aspects.map(a => typeof a === 'string' ? {id: a, name: humanize(a)} : {...a, id: a.id || a.aspect, name: a.name || humanize(a.id || a.aspect)});
}

/** A state's definition when the catalogue carries vocabularies: {label, cues}. */
export function stateDef(issueId, aspectId, stateId) {
    const issue = issueById(issueId);
    const aspect = aspectsOf(issue).find(a => a.id === aspectId);
    const states = (aspect && (aspect.states || (aspect.vocabulary && aspect.vocabulary.states))) || [];
    const found = Array.isArray(states) ? states.find(s => (typeof s === 'string' ? s : s.id) === stateId) : null;
    return found && typeof found === 'object' ? found : null;
}

export function stateLabel(issueId, aspectId, stateId) {
    const def = stateDef(issueId, aspectId, stateId);
    return (def && def.label) || humanize(stateId);
}

/** What to mark in evidence about this issue and state: {label, cues, issueName, issueTerms} for highlightTerms. */
export function termsFor(issueId, aspectId, stateId, issueNameHint) {
    const issue = issueById(issueId) || {};
    const def = stateDef(issueId, aspectId, stateId) || {};
    return {
        label: def.label,
        cues: def.cues || [],
        issueName: issue.name || issueNameHint,
        issueTerms: [...(issue.aliases || []), ...(issue.exactAliases || [])].filter(Boolean)
    };
}
