// Marks the words of an evidence sentence that carry the claim: words of the state ("suspended",
// "withdrawal announced"), its cue phrases when the API lists them, and the issue's name and aliases.
// Deliberately simple: case-insensitive from a word start, with a crude stem (see stem()).
// A missed highlight costs little; a wrong one only draws the eye.

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'its', 'was', 'are',
    'not', 'has', 'have', 'been', 'into', 'over', 'out', 'off', 'per', 'new']);

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Crude stem: long words lose their last three letters, so "suspended" marks "suspension", "cancelled" "canceled". */
function stem(word) {
    const lower = word.toLowerCase();
    return lower.length >= 7 ? lower.slice(0, Math.max(5, lower.length - 3)) : lower;
}

function isAcronym(word) {
    return word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word);
}

function words(text) {
    return String(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/**
 * Builds the terms for a claim: the words of its state id and label (stemmed), the state's cue
 * phrases, the issue's name (whole and word by word) and its aliases. Multi-word cues and aliases
 * match only whole, so "meeting between" marks that phrase and not every "between"; acronyms (INF,
 * START) match only in capitals.
 */
export function highlightTerms(state, {label, cues = [], issueName, issueTerms = []} = {}) {
    const phrases = new Set();
    const singles = new Set();
    const addWord = (word, stemmed) => {
        if (isAcronym(word)) singles.add(word);
        else if (word.length >= 4 && !STOP_WORDS.has(word.toLowerCase())) singles.add(stemmed ? stem(word) : word.toLowerCase());
    };
    for (const text of [state ? String(state).replace(/[-_]+/g, ' ') : null, label].filter(Boolean)) {
        for (const word of words(text)) addWord(word, true);
    }
    for (const cue of cues) {
        const parts = words(cue);
        if (parts.length > 1) phrases.add(String(cue).trim().toLowerCase());
        else if (parts.length === 1) addWord(parts[0], true);
    }
    // The issue's own name is short and specific ("INF treaty", "Syria ceasefire"): its words count alone.
    if (issueName) {
        phrases.add(String(issueName).trim().toLowerCase());
        for (const word of words(issueName)) addWord(word, false);
    }
    for (const term of issueTerms) {
        const parts = words(term);
        if (parts.length > 1) phrases.add(String(term).trim().toLowerCase());
        else if (parts.length === 1) addWord(parts[0], false);
    }
    return {phrases: [...phrases], words: [...singles]};
}

/** Returns a DocumentFragment of the sentence with the terms wrapped in <mark>. */
export function highlight(sentence, {phrases, words: singles}) {
    const fragment = document.createDocumentFragment();
    const text = sentence || '';
    const parts = [
        ...phrases.sort((a, b) => b.length - a.length).map(p => escapeRegex(p).replace(/\s+/g, '\\s+')),
        ...singles.map(w => isAcronym(w) ? escapeRegex(w) : `${escapeRegex(w)}[\\p{L}']*`)
    ];
    if (!parts.length || !text) {
        fragment.append(text);
        return fragment;
    }
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    // Acronyms match only in capitals: "START" is the treaty, "start" is ordinary English.
    const acronyms = new Map(singles.filter(isAcronym).map(w => [w.toLowerCase(), w]));
    let last = 0;
    for (const match of text.matchAll(pattern)) {
        const acronym = acronyms.get(match[0].toLowerCase());
        if (acronym && acronym !== match[0] && !phrases.includes(match[0].toLowerCase())) continue;
        if (match.index > last) fragment.append(text.slice(last, match.index));
        const mark = document.createElement('mark');
        mark.textContent = match[0];
        fragment.append(mark);
        last = match.index + match[0].length;
    }
    if (last < text.length) fragment.append(text.slice(last));
    return fragment;
}
