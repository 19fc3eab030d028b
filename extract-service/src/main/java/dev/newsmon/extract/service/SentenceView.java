package dev.newsmon.extract.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.newsmon.extract.service.PhraseIndex.Hit;
import dev.newsmon.extract.service.PhraseIndex.Role;
import dev.newsmon.extract.text.ArticleText;
import dev.newsmon.extract.text.Chars;
import dev.newsmon.extract.text.DateResolver;
import dev.newsmon.extract.text.DateResolver.DateMention;
import dev.newsmon.extract.text.Sentence;
import dev.newsmon.extract.text.WordSet;

/**
 * One sentence with its phrase hits, word positions, clauses and confirmed issue mentions. Its hits, like every hit list
 * {@link PhraseIndex#scan} returns, are ordered by start (longer first): the span tests stop at the first hit that starts
 * after the one they look at.
 */
final class SentenceView {

    static final int CUE_WINDOW_WORDS = 15;
    /** How far before a verb alias ("met") its subjects may stand, in words. */
    static final int VERB_PARTY_WORDS = 6;
    /** How far after a verb alias its object may start, in words ("met with Russian President ..."). */
    static final int VERB_OBJECT_WORDS = 2;

    final Sentence sentence;
    final String matchText;
    /** Typed as the list class itself: the rules walk it at many call sites, which then call its iterator directly. */
    final HitList hits;
    /** Per issue. Read only: a sentence without context or exclude words shares {@link Blank}'s. */
    final boolean[] context;
    final boolean[] exclude;
    /** Per issue; {@link Blank}'s, shared, until the first mention (most sentences name no issue). */
    double[] mentionWeight;
    int[] mentionCount;
    /** Alias hits per issue that may carry a claim (strong, or weak confirmed in or near the sentence); {@link Blank}'s until the first. */
    List<List<Hit>> claimAliases;
    private final Blank blank;
    private SentenceLayout layout;
    private List<DateMention> dates;

    /**
     * The per-issue state of a sentence that names nothing, shared by an article's sentences until each writes its own
     * (copied on the first write): allocating five per-issue arrays and lists for every sentence showed in the profile.
     * Never written.
     */
    static final class Blank {
        private final boolean[] flags;
        private final double[] weights;
        private final int[] counts;
        private final List<List<Hit>> aliases;

        Blank(int issueCount) {
            flags = new boolean[issueCount];
            weights = new double[issueCount];
            counts = new int[issueCount];
            // an ArrayList like the sentences' own, so that the rules' calls on it stay monomorphic
            aliases = new ArrayList<>(java.util.Collections.nCopies(issueCount, List.of()));
        }
    }

    SentenceView(Sentence sentence, String matchText, List<Hit> hits, Blank blank) {
        this.sentence = sentence;
        this.matchText = matchText;
        this.hits = HitList.of(hits);
        this.blank = blank;
        this.mentionWeight = blank.weights;
        this.mentionCount = blank.counts;
        this.claimAliases = blank.aliases;
        boolean[] context = blank.flags;
        boolean[] exclude = blank.flags;
        for (Hit hit : hits) {
            switch (hit.entry().role()) {
                case CONTEXT -> {
                    if (context == blank.flags) {
                        context = new boolean[blank.flags.length];
                    }
                    context[hit.entry().issue()] = true;
                }
                case EXCLUDE -> {
                    if (exclude == blank.flags) {
                        exclude = new boolean[blank.flags.length];
                    }
                    exclude[hit.entry().issue()] = true;
                }
                default -> {
                }
            }
        }
        this.context = context;
        this.exclude = exclude;
    }

    /** Word positions and clauses are computed on first use: most sentences never need them. */
    private SentenceLayout layout() {
        if (layout == null) {
            layout = SentenceLayout.of(matchText, sentence.start(), sentence.end());
        }
        return layout;
    }

    private void addClaimAlias(int issue, Hit hit) {
        if (claimAliases == blank.aliases) {
            claimAliases = new ArrayList<>(blank.aliases);
        }
        List<Hit> aliases = claimAliases.get(issue);
        if (aliases.isEmpty()) {
            aliases = new ArrayList<>(2);
            claimAliases.set(issue, aliases);
        }
        aliases.add(hit);
    }

    /** Decides which alias hits count, with the nearby sentences and the whole article as context. */
    void confirmMentions(SentenceView[] all, int self, int lookback, boolean[] articleContext, boolean[] articleExclude, ClaimRules rules) {
        for (Hit hit : hits) {
            Role role = hit.entry().role();
            int i = hit.entry().issue();
            if (role == Role.ALIAS || role == Role.EXACT_ALIAS) {
                if (insideLongerAliasOfOtherIssue(hit)) {
                    continue;
                }
                mention(i, 1.0);
                addClaimAlias(i, hit);
            } else if (role == Role.WEAK_ALIAS) {
                if (insideAnyAlias(hit)) {
                    continue;
                }
                double w = verbAlias(hit, hits, rules) ? (!exclude[i] && partiesAround(hit, i) ? 0.8 : 0)
                        : weakWeight(hit, i, all, self, lookback, articleContext, articleExclude);
                if (w > 0) {
                    mention(i, w);
                    if (w >= 0.7) {
                        addClaimAlias(i, hit);
                    }
                }
            }
        }
    }

    private void mention(int issue, double weight) {
        if (mentionWeight == blank.weights) {
            mentionWeight = new double[blank.weights.length];
            mentionCount = new int[blank.counts.length];
        }
        mentionWeight[issue] = Math.max(mentionWeight[issue], weight);
        mentionCount[issue]++;
    }

    /**
     * "In February 2021 the treaty was extended": a definite reference ("the treaty") in a sentence naming no
     * issue of its vocabulary refers to the issue named in one of the two sentences before. It may carry a
     * claim (see {@link ClaimRules}: only a dated one) but does not count for tagging.
     */
    void resolveAnaphors(SentenceView[] all, int self, ClaimRules rules) {
        for (Hit hit : hits) {
            if (hit.entry().role() != Role.ANAPHOR) {
                continue;
            }
            String vocabulary = hit.entry().vocabulary();
            boolean named = false;
            for (int i = 0; i < claimAliases.size() && !named; i++) {
                named = !claimAliases.get(i).isEmpty() && rules.issueUses(i, vocabulary);
            }
            if (named) {
                continue;
            }
            for (int k = self - 1; k >= 0 && k >= self - 2; k--) {
                int found = -1;
                for (int i = 0; i < all[k].claimAliases.size(); i++) {
                    // a reference already resolved to one issue is as good an antecedent as the name ("... the Joint
                    // Comprehensive Plan of Action. The deal has been working. ... withdrawing from the deal"): it
                    // names the same thing again; an unresolved one was never added here
                    boolean direct = false;
                    // the shared empty lists of issues without aliases are not iterated (see ClaimRules.hangsOffOtherIssue)
                    for (int j = 0, n = all[k].claimAliases.get(i).size(); j < n; j++) {
                        Hit a = all[k].claimAliases.get(i).get(j);
                        if (a.entry().role() != Role.ANAPHOR || a.entry().issue() >= 0) {
                            direct = true;
                            break;
                        }
                    }
                    if (direct && rules.issueUses(i, vocabulary)) {
                        found = found == -1 ? i : -2;
                    }
                }
                if (found >= 0) {
                    addClaimAlias(found, new Hit(hit.start(), hit.end(),
                            new PhraseIndex.Entry(Role.ANAPHOR, found, -1, vocabulary, -1, null, hit.entry().words())));
                    break;
                }
                if (found == -2) {
                    break; // two candidates: ambiguous
                }
            }
        }
        resolveOpeningPronoun(all, self, rules);
    }

    /** How many words may stand between an opening "It" and its verb: "It has since been formally suspended". */
    static final int PRONOUN_CUE_WORDS = 3;

    /**
     * "New START caps deployed warheads at 1,550. It expires in February 2026.": a sentence that names no issue and opens
     * with "It" (or "Its" right before a nominal cue: "Its expiry ...") whose verb, a few words on, is a state cue refers
     * to the one issue of that cue's vocabulary named in the sentence right before. Like a definite reference it does not
     * count for tagging and carries only a dated claim. Not an "It" whose verb opens a clause of its own ("It was agreed
     * that the talks would go on", "It is expected to ..."): that "it" stands for the clause, not for the issue before.
     */
    private void resolveOpeningPronoun(SentenceView[] all, int self, ClaimRules rules) {
        if (self == 0) {
            return;
        }
        for (List<Hit> aliases : claimAliases) {
            if (!aliases.isEmpty()) {
                return; // the sentence names its own issue
            }
        }
        int start = sentence.start();
        int end = sentence.end();
        while (start < end && (matchText.charAt(start) == '"' || matchText.charAt(start) == '\'')) {
            start++;
        }
        boolean possessive = matchText.startsWith("Its ", start);
        if (!possessive && !matchText.startsWith("It ", start)) {
            return;
        }
        int pronounEnd = start + (possessive ? 3 : 2);
        Hit cue = null;
        for (Hit hit : hits) {
            if (hit.start() >= pronounEnd && hit.entry().role() == Role.STATE_CUE) {
                cue = hit;
                break;
            }
        }
        if (cue == null || cue.start() >= end || !onlyWordsBetween(pronounEnd, cue.start(), possessive ? 0 : PRONOUN_CUE_WORDS)
                || opensClause(cue.end(), end)) {
            return;
        }
        SentenceView before = all[self - 1];
        int found = -1;
        String vocabulary = null;
        for (Hit other : hits) {
            if (other.start() > cue.start()) {
                break;
            }
            if (other.start() != cue.start() || other.entry().role() != Role.STATE_CUE) {
                continue;
            }
            for (int i = 0; i < before.claimAliases.size(); i++) {
                if (!before.claimAliases.get(i).isEmpty() && rules.issueUses(i, other.entry().vocabulary()) && i != found) {
                    if (found >= 0) {
                        return; // two issues the verb could be about: ambiguous
                    }
                    found = i;
                    vocabulary = other.entry().vocabulary();
                }
            }
        }
        if (found >= 0) {
            addClaimAlias(found, new Hit(start, pronounEnd, new PhraseIndex.Entry(Role.ANAPHOR, found, -1, vocabulary, -1, null, 1)));
        }
    }

    /** At most {@code maxWords} plain words (letters, hyphens, apostrophes) and single spaces between the two offsets. */
    private boolean onlyWordsBetween(int from, int to, int maxWords) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = matchText.charAt(i);
            if (c == ' ') {
                inWord = false;
            } else if (Chars.isLetter(c) || c == '-' || c == '\'') {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                return false;
            }
        }
        return words <= maxWords;
    }

    /** How far after the verb a clause it governs may open: "It was agreed on Friday that ...". */
    static final int CLAUSE_OPENER_WORDS = 4;

    /**
     * "that", "whether" or "if" within a few words after the verb, before any punctuation: the verb governs a clause, and
     * an opening "It" stands for that clause. Not "to", which is as often a preposition ("It was extended to 2026").
     */
    private boolean opensClause(int cueEnd, int end) {
        int i = cueEnd;
        for (int words = 0; words <= CLAUSE_OPENER_WORDS; words++) {
            while (i < end && matchText.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < end && (Chars.isLetter(matchText.charAt(i)) || Character.isDigit(matchText.charAt(i)))) {
                i++;
            }
            if (i == wordStart) {
                return false; // punctuation or the end: no clause opens in reach
            }
            if (CLAUSE_OPENERS.contains(matchText, wordStart, i)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet CLAUSE_OPENERS = WordSet.of(List.of("that", "whether", "if"));

    /**
     * A weak alias that is also one of the issue's state cues, word for word: a verb such as "met", which says
     * both what the sentence is about and what happened. On its own it is the weakest evidence there is (anyone
     * meets anyone), so it counts only in a sentence naming two different parties of the issue ("Trump and Putin
     * met", not "Trump met Macron"; see partiesAround), never through context in other sentences, and never in a title.
     */
    static boolean verbAlias(Hit alias, HitList hits, ClaimRules rules) {
        for (Hit other : hits) {
            if (other.start() > alias.start()) {
                break; // hits come ordered by start
            }
            if (other.entry().role() == Role.STATE_CUE && other.start() == alias.start() && other.end() == alias.end()
                    && rules.issueUses(alias.entry().issue(), other.entry().vocabulary())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb's two parties, both named by the issue's context phrases: a subject and its object ("Donald Trump met
     * Vladimir Putin", "met with Russian President Vladimir Putin"), or two subjects joined by "and" ("Donald Trump and
     * Vladimir Putin met"). Not a party named further on ("Trump met the French president at the White House") nor
     * one in another part of the sentence ("Tillerson, who has met with Putin many times, ... Trump's advisers").
     */
    private boolean partiesAround(Hit verb, int issue) {
        Hit subject = null;
        Hit otherSubject = null;
        Hit object = null;
        for (Hit hit : hits) {
            if (hit.entry().role() != Role.CONTEXT || hit.entry().issue() != issue || hardClause(hit.start()) != hardClause(verb.start())) {
                continue;
            }
            int distance = wordDistance(verb, hit);
            if (hit.end() <= verb.start() && distance <= VERB_PARTY_WORDS) {
                if (subject == null || distance < wordDistance(verb, subject)) {
                    otherSubject = subject;
                    subject = hit;
                } else if (otherSubject == null) {
                    otherSubject = hit;
                }
            } else if (hit.start() >= verb.end() && distance <= VERB_OBJECT_WORDS && object == null) {
                object = hit;
            }
        }
        if (subject == null || namedOtherSubject(verb, issue)) {
            return false;
        }
        boolean parties = object != null && !sameName(subject, object)
                || otherSubject != null && !sameName(subject, otherSubject) && joinedByAnd(otherSubject, subject);
        return parties && !talksAtADistance();
    }

    /**
     * Words that put a conversation on the line, not in a room. A {@link WordSet} answers as the lower-cased copy of each word
     * looked up in a set of these did, without the copies.
     */
    private static final WordSet AT_A_DISTANCE = WordSet.ignoringCase(List.of("phone", "phoned", "telephone", "telephoned", "video",
            "videoconference", "videolink"));

    /**
     * A verb alias names a meeting in person; "Trump and Putin talked for an hour by phone" is a call, which the
     * leaders' meeting vocabulary does not cover. Looked for only once a verb alias has found its parties, which is rare.
     */
    private boolean talksAtADistance() {
        int i = sentence.start();
        int end = sentence.end();
        while (i < end) {
            if (!Chars.isLetter(matchText.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && Chars.isLetter(matchText.charAt(i))) {
                i++;
            }
            // the set's words are 5 to 15 letters long: the length test of the copying form is the set's own
            if (AT_A_DISTANCE.contains(matchText, start, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue is also one of the issue's verb aliases ("met") and its own subject is a name that is not a party:
     * "the White House announced ..., a day after the national security adviser, John Bolton, met the Russian
     * president" is Bolton's meeting, whatever parties stand further back.
     */
    boolean verbOfAnotherSubject(Hit cue, int issue) {
        for (Hit hit : hits) {
            if (hit.entry().role() == Role.WEAK_ALIAS && hit.entry().issue() == issue && hit.start() == cue.start() && hit.end() == cue.end()) {
                return namedOtherSubject(cue, issue);
            }
        }
        return false;
    }

    private boolean namedOtherSubject(Hit verb, int issue) {
        int end = verb.start();
        while (end > sentence.start() && (Character.isWhitespace(matchText.charAt(end - 1)) || matchText.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > sentence.start() && (Character.isLetter(matchText.charAt(start - 1)) || matchText.charAt(start - 1) == '\'')) {
            start--;
        }
        if (start == end || !Character.isUpperCase(matchText.charAt(start))) {
            return false;
        }
        for (Hit hit : hits) {
            if (hit.entry().role() == Role.CONTEXT && hit.entry().issue() == issue && hit.start() <= start && hit.end() >= end - 2) {
                return false; // the word is (part of) a party's name, possibly with its possessive
            }
        }
        return !complementOfParty(start, issue);
    }

    /**
     * "President Vladimir Putin of Russia met": a capitalised word after "of" that follows a party's name is that name's
     * complement (his country, his office), not a subject of its own.
     */
    private boolean complementOfParty(int wordStart, int issue) {
        int end = wordStart;
        while (end > sentence.start() && Character.isWhitespace(matchText.charAt(end - 1))) {
            end--;
        }
        if (end - 2 < sentence.start() || !matchText.regionMatches(true, end - 2, "of", 0, 2)
                || end - 3 >= sentence.start() && Character.isLetter(matchText.charAt(end - 3))) {
            return false;
        }
        int nameEnd = end - 2;
        while (nameEnd > sentence.start() && Character.isWhitespace(matchText.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        for (Hit hit : hits) {
            if (hit.entry().role() == Role.CONTEXT && hit.entry().issue() == issue && hit.end() == nameEnd) {
                return true;
            }
        }
        return false;
    }

    private boolean sameName(Hit a, Hit b) {
        return matchText.regionMatches(true, a.start(), matchText, b.start(), Math.max(a.end() - a.start(), b.end() - b.start()));
    }

    private boolean joinedByAnd(Hit first, Hit second) {
        Hit left = first.start() < second.start() ? first : second;
        Hit right = left == first ? second : first;
        for (int i = left.end(); i + 5 <= right.start(); i++) {
            if (matchText.regionMatches(true, i, " and ", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private double weakWeight(Hit alias, int issue, SentenceView[] all, int self, int lookback, boolean[] articleContext,
                              boolean[] articleExclude) {
        if (exclude[issue] && excludeInClause(alias, issue, Integer.MAX_VALUE)) {
            return 0;
        }
        if (context[issue]) {
            return 0.8;
        }
        for (int k = self - 1; k >= 0 && k >= self - lookback; k--) {
            if (all[k].exclude[issue]) {
                return 0;
            }
            if (all[k].context[issue]) {
                return 0.7;
            }
        }
        return articleContext[issue] && !articleExclude[issue] ? 0.4 : 0;
    }

    /**
     * An exclude word vetoes a weak alias in its own clause: "The ceasefire collapsed; the question now is whether Russia
     * can keep Iran away from the Israeli frontier" is still the Syrian truce, though Israel is named after the semicolon.
     * An exclude word the sentence has but no clause can be told apart from (a sentence without hard clauses) still vetoes.
     * With {@code closerThanWords} below {@code Integer.MAX_VALUE}, only one fewer words away than that from {@code hit}
     * counts (a state cue nearer to another war's place than to its issue, in {@code ClaimRules}).
     */
    boolean excludeInClause(Hit hit, int issue, int closerThanWords) {
        int clause = hardClause(hit.start());
        for (Hit other : hits) {
            if (other.entry().role() == Role.EXCLUDE && other.entry().issue() == issue && hardClause(other.start()) == clause
                    && (closerThanWords == Integer.MAX_VALUE || wordDistance(other, hit) < closerThanWords)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideAnyAlias(Hit hit) {
        for (Hit other : hits) {
            if (other.start() > hit.start()) {
                break; // ordered by start: no later hit contains it
            }
            Role r = other.entry().role();
            if (other != hit && (r == Role.ALIAS || r == Role.EXACT_ALIAS || r == Role.WEAK_ALIAS)
                    && other.start() <= hit.start() && other.end() >= hit.end() && other.end() - other.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    private boolean insideLongerAliasOfOtherIssue(Hit hit) {
        for (Hit other : hits) {
            if (other.start() > hit.start()) {
                break; // ordered by start: no later hit contains it
            }
            Role r = other.entry().role();
            if (other != hit && (r == Role.ALIAS || r == Role.EXACT_ALIAS) && other.entry().issue() != hit.entry().issue()
                    && other.start() <= hit.start() && other.end() >= hit.end() && other.end() - other.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    private List<Hit> cues;
    /** Memo for {@link ClaimRules.Attribution#speaker}: one speaker per sentence. */
    String speaker;
    boolean speakerKnown;

    /** State cues that count: not inside an alias ("interference" in "election interference"), not inside a longer cue. */
    List<Hit> cues() {
        if (cues == null) {
            List<Hit> out = new ArrayList<>(4);
            for (Hit cue : hits) {
                if (cue.entry().role() != Role.STATE_CUE || insideAnyAliasSpan(cue)) {
                    continue;
                }
                boolean nested = false;
                for (Hit other : hits) {
                    if (other.start() > cue.start()) {
                        break; // ordered by start: no later hit contains it
                    }
                    if (other != cue && other.entry().role() == Role.STATE_CUE && other.entry().vocabulary().equals(cue.entry().vocabulary())
                            && other.start() <= cue.start() && other.end() >= cue.end() && other.end() - other.start() > cue.end() - cue.start()) {
                        nested = true;
                        break;
                    }
                }
                if (!nested) {
                    out.add(cue);
                }
            }
            cues = out;
        }
        return cues;
    }

    /** True when a state cue of the issue's vocabularies sits near one of its aliases: the sentence says something about it. */
    boolean hasCueFor(int issue, ClaimRules rules) {
        List<Hit> aliases = claimAliases.get(issue);
        if (aliases.isEmpty()) {
            return false;
        }
        for (Hit hit : cues()) {
            if (rules.issueUses(issue, hit.entry().vocabulary())) {
                for (Hit alias : aliases) {
                    if (wordDistance(alias, hit) <= CUE_WINDOW_WORDS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean insideAnyAliasSpan(Hit cue) {
        for (Hit other : hits) {
            if (other.start() > cue.start()) {
                break; // ordered by start: no later hit contains it
            }
            Role r = other.entry().role();
            boolean sameWord = r == Role.WEAK_ALIAS && other.start() == cue.start() && other.end() == cue.end(); // a verb alias, see verbAlias
            if ((r == Role.ALIAS || r == Role.EXACT_ALIAS || r == Role.WEAK_ALIAS || r == Role.ANAPHOR) && !sameWord
                    && other.start() <= cue.start() && other.end() >= cue.end()) {
                return true;
            }
        }
        return false;
    }

    int wordIndex(int offset) {
        int i = Arrays.binarySearch(layout().wordStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Words strictly between two spans (0 when adjacent or overlapping). */
    int wordDistance(Hit a, Hit b) {
        return wordDistance(a.start(), a.end(), b.start(), b.end());
    }

    int wordDistance(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd <= bStart) {
            return Math.max(0, wordIndex(bStart) - wordIndex(aEnd));
        }
        if (bEnd <= aStart) {
            return Math.max(0, wordIndex(aStart) - wordIndex(bEnd));
        }
        return 0;
    }

    int hardClause(int offset) {
        return count(layout().hardBoundaries, offset);
    }

    int softClause(int offset) {
        SentenceLayout l = layout();
        int id = 0;
        for (int i = 0; i < l.softStarts.length && l.softStarts[i] <= offset; i++) {
            id = l.softIds[i];
        }
        return id;
    }

    private static int count(int[] boundaries, int offset) {
        int n = 0;
        for (int b : boundaries) {
            if (b <= offset) {
                n++;
            }
        }
        return n;
    }

    List<DateMention> dates(String text, LocalDate published) {
        if (dates == null) {
            dates = DateResolver.find(matchText, sentence.start(), sentence.end(), published, layout().dateAnchors);
        }
        return dates;
    }

    private String evidence;

    /** The sentence as evidence: white space collapsed, stripped. Once per sentence: every issue it tags asks for it. */
    String evidence() {
        if (evidence == null) {
            evidence = ArticleText.collapseWhitespace(sentence.text()).strip();
        }
        return evidence;
    }

    String text(int start, int end) {
        return matchText.substring(start, end);
    }

    /**
     * "The two leaders met for two hours": a verb alias whose subject is one context phrase naming both parties ("the two
     * leaders", "both presidents", "the Russian and American presidents") has its parties, though neither is named in the
     * sentence. The phrase must stand right before the verb (an auxiliary between at most), in the same clause, and the
     * article must name no other leader the issue excludes ("Putin and Kim Jong Un ... the two leaders met" are those two).
     * Runs after {@link #confirmMentions}; a verb already confirmed is left alone.
     */
    void confirmJointSubjectVerbs(boolean[] articleExclude, ClaimRules rules) {
        for (Hit hit : hits) {
            int issue = hit.entry().issue();
            // the article must name no other leader: in a Putin-Kim story "the two leaders" are those two
            if (hit.entry().role() != Role.WEAK_ALIAS || !context[issue] || exclude[issue] || articleExclude[issue]
                    || !jointSubjectBefore(hit, issue) || !verbAlias(hit, hits, rules) || claimAliases.get(issue).contains(hit)
                    || talksAtADistance()) {
                continue;
            }
            mention(issue, 0.8);
            addClaimAlias(issue, hit);
        }
    }

    /** The longest auxiliary that may stand between the phrase and the verb ("have", "had", "were"), and its spaces. */
    private static final int JOINT_SUBJECT_GAP = 8;

    // Read on the text, without word positions or clauses: building a sentence's layout only for this costs more than
    // the rule (most sentences never need one).
    private boolean jointSubjectBefore(Hit verb, int issue) {
        for (Hit hit : hits) {
            if (hit.start() >= verb.start()) {
                return false;
            }
            if (hit.entry().role() != Role.CONTEXT || hit.entry().issue() != issue || hit.end() > verb.start()
                    || verb.start() - hit.end() > JOINT_SUBJECT_GAP || !atMostOneWordBetween(hit.end(), verb.start())) {
                continue;
            }
            String phrase = matchText.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
            if (phrase.startsWith("two ") || phrase.startsWith("both ") || phrase.equals("the leaders") || phrase.contains(" and ")) {
                return true;
            }
        }
        return false;
    }

    /** Only spaces and at most one run of letters between {@code from} and {@code to}. */
    private boolean atMostOneWordBetween(int from, int to) {
        int runs = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = matchText.charAt(i);
            if (Character.isLetter(c)) {
                if (!inWord) {
                    runs++;
                    inWord = true;
                }
            } else if (c == ' ') {
                inWord = false;
            } else {
                return false;
            }
        }
        return runs <= 1;
    }
}
