package dev.newsmon.extract.service;

import java.util.List;
import java.util.Set;

/**
 * The English function words the claim rules rely on: negation, hedging, expectation, denial and
 * reporting. They describe the language, not the watched issues, so they live here rather than in
 * the watchlist.
 */
final class Lexicon {

    static final List<String> NEGATORS = List.of("not", "no", "never", "neither", "nor", "without", "failed to", "fail to", "refused to",
            "nothing", "no one", "nobody", "none", "no longer", "didn't", "don't", "doesn't", "won't", "wasn't", "isn't", "aren't",
            "weren't", "hasn't", "haven't", "hadn't", "can't", "cannot", "couldn't", "shouldn't", "wouldn't", "ruled out", "rejected",
            // "condemned the seizure but stopped short of new sanctions": what was stopped short of did not happen
            "stopped short of", "stop short of", "stops short of", "stopping short of");
    /** Negators that, at the head of a clause, deny everything after them in it ("Neither side made an effort to ... or to ..."). */
    static final Set<String> CLAUSE_NEGATORS = Set.of("neither", "no one", "nobody", "nothing", "none");
    /** Words after which a "no" opens a clause of its own ("and no date has been set", "said that no summit is planned"). */
    static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "while", "yet", "so", "because", "as", "although", "though");

    static final List<String> HEDGES = List.of("may", "might", "could", "possibly", "perhaps", "probably", "likely", "unlikely",
            "if", "whether", "considering", "weighing", "mulling", "speculate", "speculated", "rumored", "rumoured", "reportedly",
            "may have", "could have", "might have", "appears to", "seems to", "is said to", "possible",
            // demands and conditions are not facts: "demanded that all sanctions be lifted", "only after sanctions were lifted"
            "demanded that", "demanding that", "demands that", "called for", "calling for", "calls for", "only after", "unless",
            "on condition that", "in exchange for",
            // so are urging and wanting: "called on the president to cancel the meeting", "still wants the compounds returned"
            "called on", "calling on", "calls on", "urged", "urging", "urges", "wants", "want", "wanted",
            // a topic talked over or a readiness is not the event: "had discussed extending the treaty", "ready to extend"
            "discussed", "discussing", "discuss", "talked about", "talk about", "ready to", "willing to",
            // a measure in draft is not in force: "senators are drafting new sanctions legislation"
            "drafting", "preparing");

    static final List<String> EXPECTATIONS = List.of("will", "shall", "would", "is to", "are to", "was to", "is due to", "are due to",
            "due to", "expected to", "is expected", "are expected", "set to", "scheduled to", "plans to", "plan to", "planned",
            "planning to", "intends to", "intend to", "going to", "poised to", "about to", "committed to", "pledged to", "promised to",
            "agreed to", "to begin", "to take effect", "is to begin", "upcoming", "will be", "'ll");

    static final List<String> DENIALS = List.of("denied", "denies", "deny", "denying", "rejected claims", "rejected reports",
            "dismissed reports", "dismissed claims", "refuted", "disputed");

    static final List<String> REPORTING_VERBS = List.of("said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states",
            "announced", "announces", "claimed", "claims", "insisted", "insists", "noted", "warned", "argued", "explained", "declared",
            "wrote", "writes", "tweeted", "stressed", "asserted", "confirmed", "acknowledged", "reported", "indicated", "suggested",
            "maintained", "saying", "emphasized", "emphasised", "recalled", "signaled", "signalled", "hailed");

    /**
     * Definite noun phrases that refer back to an issue named just before ("In February 2021 the treaty was
     * extended"), with the state vocabulary whose issues they can refer to.
     */
    static final java.util.Map<String, String> ANAPHORS = java.util.Map.ofEntries(
            java.util.Map.entry("the treaty", "treaty"), java.util.Map.entry("the pact", "treaty"),
            java.util.Map.entry("the accord", "treaty"), java.util.Map.entry("that treaty", "treaty"),
            // "the deal" after a named agreement is that agreement ("pull the United States out of the deal")
            java.util.Map.entry("the deal", "treaty"),
            java.util.Map.entry("the truce", "ceasefire"), java.util.Map.entry("the ceasefire", "ceasefire"),
            java.util.Map.entry("the cease-fire", "ceasefire"), java.util.Map.entry("the summit", "meeting"),
            java.util.Map.entry("the meeting", "meeting"), java.util.Map.entry("the sanctions", "sanctions"),
            java.util.Map.entry("the compounds", "property"), java.util.Map.entry("the envoy", "appointment"));

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** Words that look like names at a sentence start but are not speakers. */
    static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "Or", "However", "In", "On", "At", "After", "Before",
            "As", "It", "This", "That", "These", "Those", "Still", "Yet", "Meanwhile", "Moreover", "Also", "So", "Then", "When", "While",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Last", "Next", "Earlier", "Later", "Most",
            "According", "Both", "Neither", "Some", "Many", "Several");

    private Lexicon() {
    }

    /**
     * A copy of the text with typographic quotes, apostrophes and dashes replaced by their ASCII forms,
     * one character for one, so offsets into it are offsets into the original.
     */
    static String normalise(String text) {
        int first = 0;
        while (first < text.length() && !typographic(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // nothing to replace: no copy (the copy was the largest allocation per article)
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            // one comparison for nearly every character: the switch below is a search through its cases
            if (c >= '\u00a0') {
                chars[i] = ascii(c);
            }
        }
        return new String(chars);
    }

    /** The ASCII form {@link #normalise} gives {@code c}, or {@code c} itself. */
    private static char ascii(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00a0', '\u2009', '\u200a', '\u202f' -> ' ';
            default -> c;
        };
    }

    /** One of the characters {@link #normalise} replaces. */
    private static boolean typographic(char c) {
        return c >= '\u00a0' && switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u2010',
                    '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00a0', '\u2009', '\u200a', '\u202f' -> true;
            default -> false;
        };
    }
}
