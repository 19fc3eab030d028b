package dev.newsmon.extract.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;

/**
 * Every phrase the extractor looks for (the watchlist's aliases, context words and cues, plus the
 * {@link Lexicon}'s negations, hedges and reporting verbs) in one Aho-Corasick automaton ({@link PhraseAutomaton}), so an article
 * is scanned once whatever the size of the watchlist. Matching is case-insensitive on word boundaries;
 * exact aliases are then checked case-sensitively against the text.
 */
final class PhraseIndex {

    enum Role {
        ALIAS, EXACT_ALIAS, WEAK_ALIAS, CONTEXT, EXCLUDE, ASPECT_CUE, STATE_CUE,
        NEGATOR, HEDGE, EXPECT, DENY, REPORT, ACCORDING, ANAPHOR
    }

    /**
     * What a phrase means. {@code issue}/{@code aspect}/{@code state} are indexes, -1 when not applicable; {@code exact}
     * is an exact alias as written, {@link Lexicon#normalise normalised}, for the case-sensitive check.
     */
    record Entry(Role role, int issue, int aspect, String vocabulary, int state, String exact, int words) {
    }

    /** One occurrence: absolute offsets [start, end) and what it means. */
    record Hit(int start, int end, Entry entry) {
    }

    private final PhraseAutomaton automaton;
    /** The phrases, in the automaton's order, and what each means. */
    private final List<String> phrases;
    /** What each phrase means, by its index in {@link #phrases}. */
    private final Entry[][] entries;

    PhraseIndex(Watchlist watchlist) {
        Map<String, List<Entry>> map = new HashMap<>();
        List<WatchedIssue> issues = watchlist.issues();
        for (int i = 0; i < issues.size(); i++) {
            WatchedIssue issue = issues.get(i);
            for (String a : issue.aliases()) {
                put(map, a, new Entry(Role.ALIAS, i, -1, null, -1, null, words(a)));
            }
            for (String a : issue.exactAliases()) {
                put(map, a, new Entry(Role.EXACT_ALIAS, i, -1, null, -1, Lexicon.normalise(a), words(a)));
            }
            for (String a : issue.weakAliases()) {
                put(map, a, new Entry(Role.WEAK_ALIAS, i, -1, null, -1, null, words(a)));
            }
            for (String a : issue.context()) {
                put(map, a, new Entry(Role.CONTEXT, i, -1, null, -1, null, words(a)));
            }
            for (String a : issue.exclude()) {
                put(map, a, new Entry(Role.EXCLUDE, i, -1, null, -1, null, words(a)));
            }
            for (int k = 0; k < issue.aspects().size(); k++) {
                Aspect aspect = issue.aspects().get(k);
                for (String cue : aspect.cues()) {
                    put(map, cue, new Entry(Role.ASPECT_CUE, i, k, aspect.vocabulary(), -1, null, words(cue)));
                }
            }
        }
        for (Map.Entry<String, Vocabulary> v : watchlist.vocabularies().entrySet()) {
            List<StateDef> states = v.getValue().states();
            for (int s = 0; s < states.size(); s++) {
                for (String cue : states.get(s).cues()) {
                    Entry entry = new Entry(Role.STATE_CUE, -1, -1, v.getKey(), s, null, words(cue));
                    put(map, cue, entry);
                    String reported = backshifted(cue);
                    if (reported != null) {
                        putOnce(map, reported, entry);
                    }
                }
            }
        }
        Lexicon.NEGATORS.forEach(p -> put(map, p, new Entry(Role.NEGATOR, -1, -1, null, -1, null, words(p))));
        Lexicon.HEDGES.forEach(p -> put(map, p, new Entry(Role.HEDGE, -1, -1, null, -1, null, words(p))));
        Lexicon.EXPECTATIONS.forEach(p -> put(map, p, new Entry(Role.EXPECT, -1, -1, null, -1, null, words(p))));
        Lexicon.DENIALS.forEach(p -> put(map, p, new Entry(Role.DENY, -1, -1, null, -1, null, words(p))));
        Lexicon.REPORTING_VERBS.forEach(p -> put(map, p, new Entry(Role.REPORT, -1, -1, null, -1, null, words(p))));
        put(map, "according to", new Entry(Role.ACCORDING, -1, -1, null, -1, null, 2));
        Lexicon.ANAPHORS.forEach((p, vocabulary) -> put(map, p, new Entry(Role.ANAPHOR, -1, -1, vocabulary, -1, null, words(p))));
        this.phrases = List.copyOf(map.keySet());
        this.entries = phrases.stream().map(p -> map.get(p).toArray(Entry[]::new)).toArray(Entry[][]::new);
        this.automaton = new PhraseAutomaton(phrases);
    }

    /**
     * The future of a cue as reported speech puts it: "will meet" said in the past is "would meet" ("Bolton said the two
     * leaders would meet in Paris"). Language, not vocabulary, so it is derived here rather than listed in the watchlist.
     */
    static String backshifted(String cue) {
        String c = cue.strip();
        return c.regionMatches(true, 0, "will ", 0, 5) ? "would " + c.substring(5) : null;
    }

    /** Adds the entry unless the phrase already means exactly that (a watchlist may list the backshifted form itself). */
    private static void putOnce(Map<String, List<Entry>> map, String phrase, Entry entry) {
        String key = Lexicon.normalise(phrase).toLowerCase(Locale.ROOT).strip();
        List<Entry> existing = map.get(key);
        if (existing == null || !existing.contains(entry)) {
            put(map, phrase, entry);
        }
    }

    private static void put(Map<String, List<Entry>> map, String phrase, Entry entry) {
        String key = Lexicon.normalise(phrase).toLowerCase(Locale.ROOT).strip();
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    private static int words(String phrase) {
        return phrase.strip().split("\\s+").length;
    }

    /** {@code a} sorts after {@code b}: it starts later, or at the same place and is shorter. */
    private static boolean startsAfter(Hit a, Hit b) {
        return a.start() != b.start() ? a.start() > b.start() : a.end() < b.end();
    }

    /** The phrases looked for, lower case, in a stable order (for tests). */
    List<String> phrases() {
        return phrases;
    }

    /** All hits in {@code matchText} (a {@link Lexicon#normalise normalised} copy of the text, same offsets), by start. */
    HitList scan(String matchText, String originalText, int limit) {
        Collector collector = new Collector(matchText, entries, Math.max(16, limit / 16)); // presized: growing it showed in the profile
        automaton.scan(matchText, Math.min(limit, matchText.length()), collector);
        return new HitList(collector.hits, 0, collector.size);
    }

    /** The hits of one scan in an array, ordered by start, longer first, as they come. */
    private static final class Collector implements PhraseAutomaton.Sink {
        private final String matchText;
        private final Entry[][] entries;
        private Hit[] hits;
        private int size;

        Collector(String matchText, Entry[][] entries, int capacity) {
            this.matchText = matchText;
            this.entries = entries;
            this.hits = new Hit[capacity];
        }

        @Override
        public void found(int start, int end, int phrase) {
            for (Entry e : entries[phrase]) {
                if (e.exact() != null && !matchText.regionMatches(false, start, e.exact(), 0, end - start)) {
                    continue;
                }
                // kept ordered by start, longer first, as they come: the automaton reports them by end, so a hit moves back
                // only past the few later-starting ones that ended before it (a stable sort afterwards gave the same order
                // and was a fifth of the scan)
                Hit hit = new Hit(start, end, e);
                int at = size;
                while (at > 0 && startsAfter(hits[at - 1], hit)) {
                    at--;
                }
                if (size == hits.length) {
                    hits = Arrays.copyOf(hits, size * 2);
                }
                System.arraycopy(hits, at, hits, at + 1, size - at);
                hits[at] = hit;
                size++;
            }
        }
    }
}
