package dev.newsmon.extract.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsmon.events.Claim;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.extract.service.PhraseIndex.Hit;
import dev.newsmon.extract.service.PhraseIndex.Role;
import dev.newsmon.extract.text.Chars;
import dev.newsmon.extract.text.DateResolver;
import dev.newsmon.extract.text.DateResolver.DateMention;
import dev.newsmon.extract.text.Tense;
import dev.newsmon.extract.text.WordSet;

/**
 * Claims from one sentence, at most one per issue and aspect.
 *
 * <ol>
 * <li>Aspect: the issue's aspects whose cues occur in the sentence, else those without cues.</li>
 * <li>State: the aspect vocabulary's state cues that belong to this issue: in the same clause as one
 * of its aliases (clauses end at "but", ";", "while", "although", "however"), within
 * {@value SentenceView#CUE_WINDOW_WORDS} words, nearer to it than to another issue's alias, and not reaching an alias
 * that hangs off another issue's ("sanctions on Russia, Iran and North Korea"). A cue
 * inside an alias ("interference" in "election interference") does not count. Of several, the state
 * listed last in the vocabulary wins (lifecycle order).</li>
 * <li>Polarity: negated when a negator precedes the cue within six words in its clause, or heads the
 * clause ("Neither side ... or ...", "and no new summit ... has been scheduled"). Cues that contain their negation
 * ("no progress") are not negated.</li>
 * <li>Modality: denied (a denial frames the cue), hedged ("may", "could", "if"), expected ("will",
 * "is to", "expected to", or a future date), else asserted.</li>
 * <li>Attribution: the speaker of a reporting verb in the sentence ("Tillerson said", "said Lavrov"),
 * or "according to X"; "he"/"she" resolve to the last named speaker or the previous sentence's first name.</li>
 * <li>Event date: the nearest date expression in the cue's clause; a future date on a planned state means
 * the plan stands today (publication day); a future date on another state makes it expected. Without
 * one: expected, hedged and condition states are dated on the publication day, events on the story
 * day (or null); an undated past-perfect background event ("had been cancelled") yields no claim.</li>
 * </ol>
 */
final class ClaimRules {

    private static final int NEGATION_WINDOW_WORDS = 6;
    private static final int MODAL_WINDOW_WORDS = 8;
    /** Compiled once: String.split/replaceAll/matches would compile their pattern on every call. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.\"]+$");
    private static final Pattern TRAILING_PUNCTUATION_OR_APOSTROPHE = Pattern.compile("[,;:.\"']+$");
    private static final Pattern TRAILING_PUNCTUATION_OR_QUOTE = Pattern.compile("[.,;:!?\"']+$");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z-]+");
    /** Capitalised words, "[A-Z][\\p{L}'.-]*", are recognised by {@link Chars#isCapitalisedWord}; white space splits by {@link Chars#splitOnRegexSpace}. */
    private static final WordSet PLACE_PREPOSITIONS = WordSet.ignoringCase(List.of("in", "from", "at", "near"));
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "al-", "bin", "de", "von", "van", "la", "the");
    private static final Set<String> NEGATION_WORDS = Set.of("no", "not", "never", "nothing", "zero", "little", "without", "neither",
            "didn't", "did", "isn't", "wasn't", "no one", "none");

    private final Watchlist watchlist;
    /**
     * Each issue's vocabularies, distinct: an issue has one to three, and a comparison of a few short strings is cheaper
     * than hashing the asked one (this is asked for every cue near every alias).
     */
    private final String[][] issueVocabularies;
    /** Each issue's aspects' vocabularies, by issue and aspect index: looked up once here, not by name for every claim tried. */
    private final Vocabulary[][] aspectVocabularies;
    /**
     * Each issue's aspects' demand state, by issue and aspect index: the planned state a demand of the vocabulary's later
     * states is (the watchlist's {@code demand: true}: property's return-demanded), -1 when the vocabulary has none.
     */
    private final int[][] demandStates;

    ClaimRules(Watchlist watchlist) {
        this.watchlist = watchlist;
        this.issueVocabularies = new String[watchlist.issues().size()][];
        this.aspectVocabularies = new Vocabulary[issueVocabularies.length][];
        this.demandStates = new int[issueVocabularies.length][];
        for (int i = 0; i < issueVocabularies.length; i++) {
            Set<String> v = new LinkedHashSet<>();
            List<Aspect> aspects = watchlist.issues().get(i).aspects();
            aspectVocabularies[i] = new Vocabulary[aspects.size()];
            demandStates[i] = new int[aspects.size()];
            for (int k = 0; k < aspects.size(); k++) {
                v.add(aspects.get(k).vocabulary());
                aspectVocabularies[i][k] = watchlist.vocabularies().get(aspects.get(k).vocabulary());
                demandStates[i][k] = demandState(aspectVocabularies[i][k]);
            }
            issueVocabularies[i] = v.toArray(String[]::new);
        }
    }

    private static int demandState(Vocabulary vocabulary) {
        List<StateDef> states = vocabulary.states();
        for (int k = 0; k < states.size(); k++) {
            if (states.get(k).demand()) {
                return k;
            }
        }
        return -1;
    }

    boolean issueUses(int issue, String vocabulary) {
        for (String v : issueVocabularies[issue]) {
            if (v.equals(vocabulary)) {
                return true;
            }
        }
        return false;
    }

    /** A claim before consolidation. */
    record Candidate(int issue, int aspect, String aspectId, Vocabulary vocabulary, String state, boolean polarityAffirmed,
                     Modality modality, String attributedTo, LocalDate eventDate, String precision, int start, int end, String sentence,
                     double confidence) {

        String stateKey() {
            return state + (polarityAffirmed ? "" : "/negated");
        }

        Claim toClaim(RawArticle article, Watchlist watchlist) {
            String issueId = watchlist.issues().get(issue).id();
            return new Claim(Ids.claimId(article.id(), article.version(), issueId, aspectId, start, end), article.id(), article.version(),
                    article.url(), article.title(), article.source(), article.publishedAt(), issueId, aspectId, state,
                    polarityAffirmed ? Polarity.AFFIRMED : Polarity.NEGATED, modality, attributedTo, eventDate,
                    eventDate == null ? null : precision, new Evidence(sentence, start, end), confidence, article.fetchedAt());
        }
    }

    List<Candidate> claims(SentenceView[] views, int s, LocalDate published, LocalDate storyDate) {
        return claims(views, s, published, storyDate, null);
    }

    /**
     * {@link #claims(SentenceView[], int, LocalDate, LocalDate)} for the issues {@code forIssues} marks only (all when null):
     * a claim depends on nothing but its own issue's aliases and the sentences, so the others' are the same either way.
     */
    List<Candidate> claims(SentenceView[] views, int s, LocalDate published, LocalDate storyDate, boolean[] forIssues) {
        SentenceView v = views[s];
        if (endsWithQuestionMark(v.sentence.text())) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (int issue = 0; issue < v.claimAliases.size(); issue++) {
            List<Hit> aliases = v.claimAliases.get(issue);
            if (aliases.isEmpty() || forIssues != null && !forIssues[issue]) {
                continue;
            }
            WatchedIssue watched = watchlist.issues().get(issue);
            for (int aspect : candidateAspects(v, issue, watched)) {
                Candidate c = claimFor(views, s, issue, aspect, watched.aspects().get(aspect), aliases, published, storyDate);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** {@code sentence.strip().endsWith("?")}, without the copy. */
    static boolean endsWithQuestionMark(String sentence) {
        int end = whitespaceBack(sentence, 0, sentence.length());
        return end > 0 && sentence.charAt(end - 1) == '?';
    }

    /**
     * Words that make a preceding "next" a date of its own ("next Monday", "next July"), not the next of a series. Not "next
     * week", "next month", "next year": after a meeting, "would meet again next month" is the next one, and the words are
     * left to the aspect.
     */
    private static final WordSet TIME_AFTER_NEXT = WordSet.ignoringCase(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "spring", "summer", "autumn", "fall", "winter"));

    /**
     * "will meet in Helsinki next Monday": an aspect cue "next" before a weekday, a month's or a season's name dates the event; it
     * does not make it the next of a series ("the next meeting", "meet next in Osaka" stay cues).
     */
    static boolean nextAsDate(SentenceView v, Hit hit) {
        String text = v.matchText;
        if (hit.end() - hit.start() != 4 || !Chars.asciiFoldedAt(text, hit.start(), "next")) {
            return false;
        }
        int limit = v.sentence.end();
        int i = spacesForward(text, hit.end(), limit);
        int end = letterRunEnd(text, i, limit);
        return end > i && TIME_AFTER_NEXT.contains(text, i, end);
    }

    /** Aspect indexes in the order they are tried: cued ones by first cue, else those without cues. */
    private static int[] candidateAspects(SentenceView v, int issue, WatchedIssue watched) {
        int[] cued = null;
        int count = 0;
        for (Hit hit : v.hits) {
            if (hit.entry().role() == Role.ASPECT_CUE && hit.entry().issue() == issue && !contains(cued, count, hit.entry().aspect())
                    && !nextAsDate(v, hit)) {
                if (cued == null) {
                    cued = new int[watched.aspects().size()];
                }
                cued[count++] = hit.entry().aspect();
            }
        }
        if (count > 0) {
            return count == cued.length ? cued : java.util.Arrays.copyOf(cued, count);
        }
        int[] plain = new int[watched.aspects().size()];
        for (int k = 0; k < watched.aspects().size(); k++) {
            if (watched.aspects().get(k).cues().isEmpty()) {
                plain[count++] = k;
            }
        }
        return count == plain.length ? plain : java.util.Arrays.copyOf(plain, count);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private Candidate claimFor(SentenceView[] views, int s, int issue, int aspectIndex, Aspect aspect, List<Hit> aliases,
                               LocalDate published, LocalDate storyDate) {
        SentenceView v = views[s];
        Vocabulary vocabulary = aspectVocabularies[issue][aspectIndex];
        // a weak alias confirmed by context in the sentence: the context words anchor cues too
        // ("Trump and Putin met on Monday in Helsinki, their first summit": "met" belongs to the summit through "Putin")
        List<Hit> anchors = aliases;
        if (allWeak(aliases) && v.context[issue]) {
            // a verb alias ("met") is the cue itself; the parties it needed are the anchors
            anchors = new ArrayList<>(aliases.size() + 2);
            for (Hit alias : aliases) {
                if (!SentenceView.verbAlias(alias, v.hits, this)) {
                    anchors.add(alias);
                }
            }
            for (Hit hit : v.hits) {
                if (hit.entry().role() == Role.CONTEXT && hit.entry().issue() == issue) {
                    anchors.add(hit);
                }
            }
        }
        Hit bestCue = null;
        Hit bestAlias = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestAside = false;
        for (Hit cue : v.cues()) {
            if (!cue.entry().vocabulary().equals(aspect.vocabulary())) {
                continue;
            }
            Hit nearest = null;
            int distance = Integer.MAX_VALUE;
            int cueClause = v.hardClause(cue.start());
            for (Hit alias : anchors) {
                int d = v.wordDistance(alias, cue) - relativeAsideWords(v, alias, cue) - negativeListWords(v, alias, cue);
                if (d < distance && v.hardClause(alias.start()) == cueClause) {
                    distance = d;
                    nearest = alias;
                }
            }
            if (bestCue != null && !bestAside && !(cue.entry().state() > bestCue.entry().state()
                    || cue.entry().state() == bestCue.entry().state() && distance < bestDistance)) {
                continue; // cannot beat the best (only a best inside an aside gives way to a cue outside one): its tests can wait
            }
            if (nearest == null || distance > SentenceView.CUE_WINDOW_WORDS || nearerToOtherIssue(v, issue, cue, distance)
                    || hangsOffOtherIssue(v, issue, cue, nearest) || takesOtherObject(v, cue, nearest, anchors)
                    || v.verbOfAnotherSubject(cue, issue) || nearerToExcludedPlace(v, issue, cue, distance)) {
                continue;
            }
            // "the treaty, whose limits run until 2026, remains in force": the aside describes the treaty, the main clause is the news
            boolean aside = inRelativeAside(v, cue);
            boolean better = bestCue == null || (aside != bestAside ? !aside : cue.entry().state() > bestCue.entry().state()
                    || cue.entry().state() == bestCue.entry().state() && distance < bestDistance);
            if (better) {
                bestCue = cue;
                bestAlias = nearest;
                bestDistance = distance;
                bestAside = aside;
            }
        }
        if (bestCue == null) {
            return null;
        }
        if (genericPerfect(v, bestCue)) {
            return null; // "Putin has met three American presidents": an experience, not an event with a day
        }
        StateDef state = vocabulary.states().get(bestCue.entry().state());
        String cueText = v.text(bestCue.start(), bestCue.end()).toLowerCase(Locale.ROOT);
        boolean negated = !containsNegation(cueText) && negated(v, bestCue);
        Modality modality = modality(v, bestCue, state);
        int demand = demandStates[issue][aspectIndex];
        boolean demanded = demand >= 0 && bestCue.entry().state() > demand && !state.planned() && demandedBefore(v, bestCue);
        if (demanded) {
            // "Moscow wants the compounds returned": the want is the news, asserted, and standing when the article is written;
            // the return has not happened
            state = vocabulary.states().get(demand);
            modality = Modality.ASSERTED;
        }
        if (modality == Modality.ASSERTED && hopeBetween(v, bestCue, bestAlias)) {
            modality = Modality.HEDGED;
        }
        String before = v.text(v.sentence.start(), bestCue.start());
        // "Ushakov said that Trump had invited Putin": the past perfect of reported speech is the speaker's past, not background
        boolean background = ClauseTail.endsWithPastPerfect(before) && !reportedSpeechBefore(v, bestCue)
                || participleOfPrepositionalObject(v, bestAlias, bestCue);
        DateMention date = nearestDate(v, bestCue, published);
        if (date != null && modality == Modality.ASSERTED && pastCueWithYearlessFutureDate(v, bestCue, date, published)) {
            date = new DateMention(date.start(), date.end(), date.date().minusYears(1), date.precision());
        } else if (date != null && modality == Modality.ASSERTED && pastCueWithComingWeekday(v, bestCue, date, published)) {
            date = new DateMention(date.start(), date.end(), date.date().minusWeeks(1), date.precision());
        }
        LocalDate eventDate = null;
        String precision = null;
        boolean explicitDate = false;
        if (date != null) {
            explicitDate = true;
            date = nominalCueMonth(v, bestCue, before, date, published);
            if (published != null && date.date().isAfter(published) && !(DateResolver.YEAR.equals(date.precision())
                    && date.date().getYear() == published.getYear())) {
                if (modality == Modality.ASSERTED) {
                    modality = Modality.EXPECTED;
                }
                if (state.planned()) {
                    eventDate = published;
                    precision = DateResolver.DAY;
                } else {
                    eventDate = date.date();
                    precision = date.precision();
                }
            } else {
                eventDate = date.date();
                precision = date.precision();
                if (pastOfReportedFuture(v, bestCue, state, modality, date, published)) {
                    modality = Modality.ASSERTED;
                }
            }
        } else {
            DateMention frame;
            if (!background && bestAlias.entry().role() == Role.ANAPHOR && (frame = reportFrame(v, bestCue, published)) != null) {
                // "Trump announced on Tuesday that the United States was withdrawing from the deal": the report's own day
                // dates what it reports, so the reference is not undated
                eventDate = frame.date();
                precision = frame.precision();
            } else if (background || bestAlias.entry().role() == Role.ANAPHOR) {
                return null; // undated background, or a reference too loose to carry an undated claim
            } else if (modality == Modality.EXPECTED || modality == Modality.HEDGED || state.condition() || demanded) {
                eventDate = published;
                precision = published == null ? null : DateResolver.DAY;
            } else if (!negated && (frame = sentenceFrame(v, bestCue, published)) != null) {
                eventDate = frame.date();
                precision = frame.precision();
            } else if (storyDate != null) {
                eventDate = storyDate;
                precision = DateResolver.DAY;
            }
        }

        double confidence = 0.55;
        confidence += switch (bestAlias.entry().role()) {
            case WEAK_ALIAS -> v.context[issue] ? 0.05 : -0.05;
            case ANAPHOR -> -0.1;
            default -> 0.15;
        };
        confidence += bestCue.entry().words() >= 2 ? 0.1 : 0;
        confidence += explicitDate ? 0.05 : 0;
        if (isLead(views, s)) {
            confidence += 0.1; // the lead states the news; later paragraphs add background
        }
        if (ClauseTail.endsWithNominal(before)) {
            confidence -= 0.15;
        }
        if (modality == Modality.HEDGED) {
            confidence -= 0.2;
        }
        if (background) {
            confidence -= 0.1;
        }
        if (ClauseTail.inBackgroundClause(before)) {
            confidence -= 0.15;
        }
        confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
        // the speaker only now, for a candidate that is kept: it depends on the sentences alone, and the tests above drop some
        if (!v.speakerKnown) {
            v.speaker = Attribution.speaker(views, s);
            v.speakerKnown = true;
        }
        String attributedTo = v.speaker;
        return new Candidate(issue, aspectIndex, aspect.id(), vocabulary, state.id(), !negated, modality, attributedTo, eventDate, precision,
                v.sentence.start(), v.sentence.end(), v.sentence.text(), confidence);
    }

    private static boolean allWeak(List<Hit> aliases) {
        for (Hit a : aliases) {
            if (a.entry().role() != Role.WEAK_ALIAS) {
                return false;
            }
        }
        return true;
    }

    /** The first running-text sentence of the article. */
    private static boolean isLead(SentenceView[] views, int s) {
        for (int k = 0; k < s; k++) {
            if (views[k].sentence.claimable()) {
                return false;
            }
        }
        return true;
    }

    /**
     * This issue's alias hangs off another issue's alias that stands between it and the cue, through a preposition
     * and a short list: "signed into law new sanctions on Russia, Iran and North Korea" signs sanctions whose targets
     * include North Korea; it says nothing about North Korea's own diplomacy. Coordinated objects ("fingered for
     * cyber attacks and election interference") both still take the cue.
     */
    private static boolean hangsOffOtherIssue(SentenceView v, int issue, Hit cue, Hit alias) {
        if (alias.start() < cue.end()) {
            return false;
        }
        for (int other = 0; other < v.claimAliases.size(); other++) {
            // most issues have no alias here: their shared empty list is skipped, so that this loop only ever iterates
            // ArrayLists and its iterator stays a local (an empty List.of()'s was allocated per issue and cue)
            if (other == issue || v.claimAliases.get(other).isEmpty()) {
                continue;
            }
            for (Hit between : v.claimAliases.get(other)) {
                if (between.entry().role() != Role.ANAPHOR && between.start() >= cue.end() && between.end() <= alias.start()
                        && v.wordDistance(between, alias) <= ATTACHED_LIST_WORDS
                        && firstWordIn(v.matchText, between.end(), alias.start(), ATTACHING_PREPOSITIONS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cue is a verb with an object of its own (a possessive one), after the issue's alias: "customers named on sanctions lists ... had
     * tightened its screening procedures" tightened the procedures, not the sanctions. Only when no alias follows the
     * cue closely ("extended the sanctions on Russia" keeps them).
     */
    static boolean takesOtherObject(SentenceView v, Hit cue, Hit nearest, List<Hit> anchors) {
        if (nearest.end() > cue.start()) {
            return false;
        }
        for (Hit a : anchors) {
            if (a.start() >= cue.end() && v.wordDistance(cue, a) <= OWN_OBJECT_WORDS) {
                return false;
            }
        }
        return firstWordIn(v.matchText, cue.end(), Math.min(v.sentence.end(), cue.end() + 8), OBJECT_DETERMINERS);
    }

    private static final WordSet OBJECT_DETERMINERS = WordSet.ignoringCase(List.of("its", "their", "his", "her"));
    private static final int OWN_OBJECT_WORDS = 3;

    private static final WordSet ATTACHING_PREPOSITIONS = WordSet.ignoringCase(List.of("on", "against", "targeting", "over", "for", "toward", "towards"));
    /** How many words a list hanging off another issue's alias may take ("on Russia, Iran and"). */
    private static final int ATTACHED_LIST_WORDS = 6;

    private static boolean firstWordIn(String text, int from, int to, WordSet words) {
        int start = from;
        while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > start && words.contains(text, start, end);
    }

    /** The cue sits nearer to an alias of another issue that could also own it. */
    private boolean nearerToOtherIssue(SentenceView v, int issue, Hit cue, int distance) {
        for (int other = 0; other < v.claimAliases.size(); other++) {
            if (other == issue || v.claimAliases.get(other).isEmpty() || !issueUses(other, cue.entry().vocabulary())) {
                continue; // an empty alias list skipped as in hangsOffOtherIssue
            }
            for (Hit alias : v.claimAliases.get(other)) {
                if (v.hardClause(alias.start()) == v.hardClause(cue.start()) && v.wordDistance(alias, cue) < distance) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "It would follow the extension of the treaty in February", written in April: the month hangs from the noun, and the
     * "would" before it is the tense of another verb, so the resolver's next February is wrong. A yearless month after a
     * nominal cue, with no future marker between the two, is the nearer one: more than half a year ahead is last year's.
     */
    static DateMention nominalCueMonth(SentenceView v, Hit cue, String before, DateMention date, LocalDate published) {
        if (published == null || !DateResolver.MONTH.equals(date.precision()) || date.start() < cue.end()
                || date.date().isBefore(published.plusDays(184)) || !ClauseTail.endsWithNominal(before)
                || Tense.future(v.matchText, cue.end(), date.start())) {
            return date;
        }
        if (writesYear(v, date)) {
            return date; // a written year is what it says
        }
        return new DateMention(date.start(), date.end(), date.date().minusYears(1), date.precision());
    }

    /** Whether the mention's words hold a written year: a digit with another digit three characters on ("2019"). */
    private static boolean writesYear(SentenceView v, DateMention date) {
        for (int i = date.start(); i + 3 < date.end(); i++) {
            if (Character.isDigit(v.matchText.charAt(i)) && Character.isDigit(v.matchText.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "from Gaza in January, which broke down in March, to the partial pauses in Ukraine": a cue nearer to one of the issue's
     * own exclude words (another war's place) than to the issue is said of that place.
     */
    private static boolean nearerToExcludedPlace(SentenceView v, int issue, Hit cue, int distance) {
        return v.excludeInClause(cue, issue, distance);
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "on", "to", "with", "for", "from", "about", "against", "over",
            "under", "by", "into", "in", "at"); // not "after", "before": conjunctions too ("years after the treaty ended in 2019")
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("the", "a", "an", "all", "any", "its", "their", "these", "those", "some",
            "new", "old", "existing", "remaining", "other");

    /**
     * "the restoration of all United Nations sanctions lifted under the deal": a participle right after an issue named as the
     * object of a preposition, and itself followed by a preposition, describes that object; it is no event of the sentence,
     * so undated it is background, like a past perfect.
     */
    static boolean participleOfPrepositionalObject(SentenceView v, Hit alias, Hit cue) {
        if (alias.end() > cue.start() || !v.matchText.substring(alias.end(), cue.start()).isBlank()) {
            return false;
        }
        String cueText = v.text(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
        if (cueText.indexOf(' ') >= 0 || !cueText.endsWith("ed")) {
            return false;
        }
        String[] after = Chars.splitOnRegexSpace(v.text(cue.end(), Math.min(v.sentence.end(), cue.end() + 16)).strip());
        if (after.length == 0 || !PREPOSITIONS.contains(after[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = Chars.splitOnRegexSpace(v.text(v.sentence.start(), alias.start()).strip());
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1))) {
                return false; // punctuation ends the phrase
            }
            if (PREPOSITIONS.contains(lower)) {
                return true;
            }
            if (!NOUN_PHRASE_WORDS.contains(lower) && !(Chars.isCapitalisedWord(w) && !Lexicon.NOT_NAMES.contains(w))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet HOPES = WordSet.ignoringCase(List.of("hope", "hoped", "hopes", "hoping"));

    /**
     * "an understanding reached with Trump that he hoped would pave the way to peace in Ukraine": when the issue is named
     * only after the cue, through a hope, the event is not said to concern the issue, only hoped to. (Not through any hedge:
     * "investigations to determine if campaign collusion took place" are investigations of collusion.)
     */
    static boolean hopeBetween(SentenceView v, Hit cue, Hit alias) {
        if (alias.start() < cue.end()) {
            return false;
        }
        // the words between, as a split of the lower-cased text would give them, looked up in place
        String text = v.matchText;
        int i = cue.end();
        int end = alias.start();
        while (i < end) {
            while (i < end && Chars.isRegexSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !Chars.isRegexSpace(text.charAt(i))) {
                i++;
            }
            if (i > start && HOPES.contains(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNegation(String cue) {
        for (String w : Chars.splitOnRegexSpace(cue)) {
            if (NEGATION_WORDS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(SentenceView v, Hit cue) {
        int clause = v.softClause(cue.start());
        int hard = v.hardClause(cue.start());
        for (Hit hit : v.hits) {
            if (hit.entry().role() != Role.NEGATOR || hit.start() >= cue.start()) {
                continue;
            }
            String word = v.text(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
            if (word.equals("not") && v.text(hit.end(), Math.min(v.sentence.end(), hit.end() + 6)).toLowerCase(Locale.ROOT).startsWith(" only")) {
                continue;
            }
            if (word.equals("no") && commaBetween(v, hit.end(), cue.start())) {
                continue; // "with modest agreements and no illusions, as the two presidents met": the "no" ends with its noun phrase
            }
            if (coordinatedClauseBetween(v, hit.end(), cue.start())) {
                continue; // "nothing would happen until they met, and that he would meet Putin soon": the negation stays in its clause
            }
            if ((Lexicon.CLAUSE_NEGATORS.contains(word) || determinerHeadingClause(v, hit, word))
                    && v.hardClause(hit.start()) == hard && v.softClause(hit.start()) == clause) {
                return true;
            }
            if (v.softClause(hit.start()) == clause && v.wordDistance(hit.start(), hit.end(), cue.start(), cue.end()) <= NEGATION_WINDOW_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** A cue inside a comma-bounded relative clause: ", whose limits run until 2026," or ", which Moscow suspended in 2023,". */
    static boolean inRelativeAside(SentenceView v, Hit cue) {
        // the text before the cue read in place, backwards, once for both openers
        String text = v.matchText;
        int open = -1;
        for (int i = cue.start() - ", whose ".length(); i >= v.sentence.start(); i--) {
            if (text.charAt(i) == ',' && (text.startsWith(", whose ", i) || text.startsWith(", which ", i))) {
                open = i;
                break;
            }
        }
        if (open < 0 || clauseComma(text, open + 1, cue.start()) >= 0) {
            return false;
        }
        int close = clauseComma(v.matchText, cue.end());
        return close >= 0 && close < v.sentence.end();
    }

    /**
     * The words of a comma-bounded relative clause between an alias and a later cue: "The New START treaty, which caps each
     * side at 1,550 deployed warheads and 700 launchers, expires in February" puts "expires" next to the treaty.
     */
    static int relativeAsideWords(SentenceView v, Hit alias, Hit cue) {
        if (alias.end() > cue.start() || !(startsWithin(v.matchText, alias.end(), cue.start(), ", which ")
                || startsWithin(v.matchText, alias.end(), cue.start(), ", whose ") || startsWithin(v.matchText, alias.end(), cue.start(), ", who "))) {
            return 0; // asked for every alias and cue: the text between is cut only once an aside opens it
        }
        String between = v.matchText.substring(alias.end(), cue.start());
        int close = clauseComma(between, 1);
        if (close < 0) {
            return 0;
        }
        // only the predicate that resumes the sentence right after the aside ("..., expires", "..., was suspended")
        String[] resumed = Chars.splitOnRegexSpace(between.substring(close + 1).strip());
        if (resumed.length > 2 || resumed.length > 0 && RELATIVE_WORDS.contains(resumed[0].toLowerCase(Locale.ROOT))) {
            return 0;
        }
        return v.wordDistance(alias.end(), alias.end(), alias.end() + close, alias.end() + close);
    }

    private static final int NEGATIVE_LIST_WORDS = 12;

    /**
     * "there is still no timetable, no inventory of weapons and no agreement on ...": a cue opened by "no" that ends a list
     * of "no" items counts its distance from the list's first "no", as if it stood there. The words between the first item
     * and the cue are returned (0 when the cue ends no such list); every comma crossed must open another "no" item.
     */
    static int negativeListWords(SentenceView v, Hit alias, Hit cue) {
        String text = v.matchText;
        if (alias.end() > cue.start() || cue.end() - cue.start() < 4 || !Chars.asciiFoldedAt(text, cue.start(), "no ")) {
            return 0;
        }
        int floor = alias.end();
        int end = spacesBack(text, floor, cue.start());
        int wordStart = letterRunStart(text, floor, end);
        boolean joined = end - wordStart == 3 && Chars.asciiFoldedAt(text, wordStart, "and")
                || end - wordStart == 2 && Chars.asciiFoldedAt(text, wordStart, "or");
        if (!joined && !(end > floor && text.charAt(end - 1) == ',')) {
            return 0;
        }
        int first = -1;
        int i = joined ? wordStart : end - 1; // the comma before the cue opens the cue's own "no" item
        for (int words = 0; words < NEGATIVE_LIST_WORDS && i > floor; words++) {
            i = spacesBack(text, floor, i);
            if (i <= floor) {
                break;
            }
            char c = text.charAt(i - 1);
            if (c == ',') {
                i--; // the item after it must open with "no": checked when a "no" is found or the scan ends
                if (first < 0 || !Chars.asciiFoldedAt(text, spacesForward(text, i + 1, cue.start()), "no ")) {
                    break;
                }
                continue;
            }
            int ws = letterRunStart(text, floor, i);
            if (ws == i) {
                break; // other punctuation ends the list
            }
            if (i - ws == 2 && Chars.asciiFoldedAt(text, ws, "no")) {
                first = ws;
            }
            i = ws;
        }
        return first < 0 ? 0 : v.wordDistance(first, first, cue.start(), cue.start());
    }

    private static int spacesForward(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code text.substring(from, to).startsWith(prefix)}, without the copy. */
    private static boolean startsWithin(String text, int from, int to, String prefix) {
        return to - from >= prefix.length() && text.startsWith(prefix, from);
    }

    private static final Set<String> RELATIVE_WORDS = Set.of("which", "who", "whose", "that", "and", "or", "but", "when", "where");

    /** The first comma from {@code from} that separates words, not the thousands of a number ("1,550"). */
    private static int clauseComma(String s, int from) {
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) {
            if (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code clauseComma(s.substring(0, to), from)}: a comma right before {@code to} separates, whatever follows it. */
    private static int clauseComma(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ',' && (i + 1 >= to || !Character.isDigit(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** Subjects that, after ", and", open a coordinated clause of their own ("..., and that he would meet", "..., and they will"). */
    private static final WordSet COORDINATED_SUBJECTS = WordSet.ignoringCase(List.of("that", "he", "she", "they", "we", "i"));

    /**
     * A coordinated clause with its own subject between a negator and a cue: ", and that ..." or ", and he ...". The
     * negation of the first clause does not reach the second ("said nothing would happen until they met, and that he would
     * meet Putin as soon as possible"). A short scan of the words between.
     */
    static boolean coordinatedClauseBetween(SentenceView v, int from, int to) {
        String text = v.matchText;
        // a walk over the words between only: an indexOf would read on to the article's end wherever no ", and " follows
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ',' || !text.startsWith(" and ", i + 1)) {
                continue;
            }
            int start = i + ", and ".length();
            int end = letterRunEnd(text, start, to);
            if (end > start && end < to && COORDINATED_SUBJECTS.contains(text, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(SentenceView v, int from, int to) {
        int comma = v.matchText.indexOf(',', from);
        return comma >= 0 && comma < to;
    }

    /**
     * "no" opening a clause determines its subject, so it denies the predicate however long the subject
     * ("and no new summit between the two leaders has been scheduled"), like "nobody" does.
     */
    private static boolean determinerHeadingClause(SentenceView v, Hit hit, String word) {
        if (!word.equals("no")) {
            return false;
        }
        String after = v.text(hit.end(), Math.min(v.sentence.end(), hit.end() + 8)).toLowerCase(Locale.ROOT);
        if (after.startsWith(",") || after.startsWith(" doubt") || after.startsWith(" matter") || after.startsWith(" sooner")) {
            return false;
        }
        String before = v.text(v.sentence.start(), hit.start()).stripTrailing();
        int from = letterRunStart(before, 0, before.length());
        String previousWord = before.substring(from).toLowerCase(Locale.ROOT);
        if (!previousWord.isEmpty()) {
            return Lexicon.CLAUSE_OPENERS.contains(previousWord);
        }
        String head = before.strip();
        return head.isEmpty() || head.endsWith(",") || head.endsWith(";") || head.endsWith(":")
                || head.chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    private static Modality modality(SentenceView v, Hit cue, StateDef state) {
        int clause = v.softClause(cue.start());
        int hard = v.hardClause(cue.start());
        boolean denied = false;
        boolean hedged = false;
        boolean expected = false;
        for (Hit hit : v.hits) {
            Role role = hit.entry().role();
            if (role != Role.DENY && role != Role.HEDGE && role != Role.EXPECT) {
                continue;
            }
            boolean overlapsCue = hit.start() < cue.end() && cue.start() < hit.end();
            if (role == Role.EXPECT && overlapsCue) {
                // "will meet", "expected to meet" are future in themselves; "agreed" in "agreed to create" is not; nor is a plan a
                // cue denies ("none is planned" says what is true now)
                expected |= hit.end() <= cue.end() && !containsNegation(v.text(cue.start(), cue.end()));
                continue;
            }
            if (overlapsCue || hit.start() > cue.start()) {
                continue;
            }
            if (role == Role.HEDGE && isMonthMay(v, hit)) {
                continue;
            }
            boolean sameClause = v.softClause(hit.start()) == clause;
            int distance = v.wordDistance(hit.start(), hit.end(), cue.start(), cue.end());
            switch (role) {
                case DENY -> denied |= sameClause || v.hardClause(hit.start()) == hard;
                case HEDGE -> hedged |= sameClause && distance <= MODAL_WINDOW_WORDS;
                case EXPECT -> expected |= sameClause && distance <= MODAL_WINDOW_WORDS;
                default -> {
                }
            }
        }
        if (denied && !state.id().equals("denied")) {
            return Modality.DENIED;
        }
        if (hedged || judgedInterest(v, cue)
                || !state.planned() && !expected && (goalOrAbilityBefore(v, cue) || hedgedSubjectCue(v, cue, clause))) {
            return Modality.HEDGED;
        }
        return expected || passiveInfinitive(v, cue) ? Modality.EXPECTED : Modality.ASSERTED;
    }

    /**
     * The hedges that ask for something now: what they govern is demanded, not done. Only the present: a demand that stands
     * when the article is written is its news, "has since demanded that ..." may be a story's background.
     */
    private static final WordSet DEMAND_HEDGES = WordSet.ignoringCase(List.of("want", "wants", "demanding that", "demands that",
            "calling for", "calls for"));
    private static final int DEMAND_WINDOW_WORDS = 10;

    /**
     * A demand governs the cue: "Russia wants the dachas returned", "officials say they want the compounds, seized in 2016, to be
     * returned", "Moscow is demanding that the properties be handed back". A present demand hedge before the cue in its clause, within ten
     * words of it or anywhere in the clause when the cue is the passive of an infinitive or a subjunctive ("be returned").
     */
    static boolean demandedBefore(SentenceView v, Hit cue) {
        int clause = v.hardClause(cue.start());
        for (Hit hit : v.hits) {
            if (hit.start() >= cue.start()) {
                return false;
            }
            if (hit.entry().role() == Role.HEDGE && v.hardClause(hit.start()) == clause
                    && DEMAND_HEDGES.contains(v.matchText, hit.start(), hit.end())
                    && (v.wordDistance(hit.start(), hit.end(), cue.start(), cue.end()) <= DEMAND_WINDOW_WORDS || beBefore(v, cue))) {
                return true;
            }
        }
        return false;
    }

    /** The word right before the cue is "be": "to be returned", "that they be returned". */
    private static boolean beBefore(SentenceView v, Hit cue) {
        int end = spacesBack(v.matchText, v.sentence.start(), cue.start());
        return end - 2 >= v.sentence.start() && Chars.asciiFoldedAt(v.matchText, end - 2, "be")
                && (end - 2 == v.sentence.start() || !Character.isLetter(v.matchText.charAt(end - 3)));
    }

    /** Words that make what follows them a goal or an attempt, not a fact: "is seeking a deal", "trying to extend". */
    private static final WordSet GOAL_WORDS = WordSet.ignoringCase(List.of("seek", "seeks", "seeking", "sought", "pursue", "pursues",
            "pursuing", "pursued", "try", "tries", "trying", "tried", "attempt", "attempts", "attempting", "attempted", "strive",
            "strives", "striving", "hope", "hopes", "hoping"));
    private static final WordSet ABILITY_WORDS = WordSet.ignoringCase(List.of("can", "could"));
    private static final int GOAL_WINDOW_WORDS = 6;
    private static final int ABILITY_WINDOW_WORDS = 3;

    /**
     * A goal, an attempt or a mere possibility governs the cue: "Washington is seeking a denuclearization agreement", "Moscow
     * tried to salvage the treaty", "the treaty can be extended by five years", "before easing any of them" (a condition set
     * before an event is no event). Read backwards from the cue over at most six words of its clause, word by word with a
     * set lookup; "before" counts only right before the cue, "can" only within three words.
     */
    static boolean goalOrAbilityBefore(SentenceView v, Hit cue) {
        String text = v.matchText;
        int start = v.sentence.start();
        int end = cue.start();
        for (int words = 0; words < GOAL_WINDOW_WORDS; words++) {
            end = spacesBack(text, start, end);
            if (end <= start) {
                return false;
            }
            char c = text.charAt(end - 1);
            if (!Character.isLetter(c)) {
                return false; // a comma, a quote, a dash: the clause (or the quoted words) ends here
            }
            int wordStart = letterRunStart(text, start, end);
            // the sets turn most words away by their length and first letter before any hashing
            if (GOAL_WORDS.contains(text, wordStart, end)
                    || words < ABILITY_WINDOW_WORDS && ABILITY_WORDS.contains(text, wordStart, end)
                    || words == 0 && end - wordStart == 6 && Chars.asciiFoldedAt(text, wordStart, "before")) {
                return true;
            }
            end = wordStart;
        }
        return false;
    }

    /** What may stand before a cue that opens its clause's subject: "New sanctions bills ...", "The extension ...". */
    private static final WordSet SUBJECT_OPENERS = WordSet.ignoringCase(List.of("the", "a", "an", "any", "new", "further", "more",
            "fresh", "additional", "tougher", "its", "their", "his", "her"));
    private static final int SUBJECT_PREDICATE_WORDS = 12;
    /** The hedges that judge a subject's chances; "discussed", "if", "wants" in a predicate say something else. */
    private static final WordSet MODAL_HEDGES = WordSet.ignoringCase(List.of("may", "might", "could", "likely", "unlikely", "possibly",
            "probably", "perhaps"));

    /**
     * "New sanctions bills that senators began drafting are likely to move forward": a cue that opens its clause is the
     * subject, and a hedge in the predicate after it ("likely", "may", "could") hedges it, which a hedge after a cue
     * elsewhere does not ("sanctions were imposed, which may hurt"). A cue after a comma opens a subject only behind a
     * determiner ("..., the extension could"), not as a participle ("the compounds, closed in 2016, could"); a cue that
     * carries its own negation ("No date ... could") says what is true now. Only looked for when a modal hedge follows.
     */
    static boolean hedgedSubjectCue(SentenceView v, Hit cue, int clause) {
        if (!opensSubject(v, cue)) {
            return false; // most cues follow a word that is no determiner: one set lookup ends it
        }
        for (Hit hit : v.hits) {
            if (hit.start() >= cue.end() && hit.entry().role() == Role.HEDGE && MODAL_HEDGES.contains(v.matchText, hit.start(), hit.end())
                    && !isMonthMay(v, hit) && v.softClause(hit.start()) == clause
                    && v.wordDistance(hit.start(), hit.end(), cue.start(), cue.end()) <= SUBJECT_PREDICATE_WORDS) {
                return !containsNegation(v.text(cue.start(), cue.end()).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Only determiners stand between the cue and the start of its sentence, or a comma with at least one between. */
    private static boolean opensSubject(SentenceView v, Hit cue) {
        String text = v.matchText;
        int start = v.sentence.start();
        int end = cue.start();
        boolean opener = false;
        while (true) {
            end = whitespaceBack(text, start, end);
            if (end <= start) {
                return true;
            }
            char c = text.charAt(end - 1);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(') {
                return opener;
            }
            int wordStart = letterRunStart(text, start, end);
            if (wordStart == end || !SUBJECT_OPENERS.contains(text, wordStart, end)) {
                return false;
            }
            opener = true;
            end = wordStart;
        }
    }

    /** Numbers and quantities after a perfect that make it a count of occasions: "has met three presidents", "have met many times". */
    private static final WordSet COUNT_WORDS = WordSet.ignoringCase(List.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozens", "several", "many", "numerous", "multiple", "countless", "twice", "repeatedly", "often", "every"));
    private static final WordSet PERFECT_AUXILIARIES = WordSet.ignoringCase(List.of("has", "have"));
    /** Units that make a number after a perfect a duration ("has collapsed after three weeks", "have held for two years"), not occasions. */
    private static final WordSet DURATION_UNITS = WordSet.ignoringCase(List.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"));
    private static final int COUNT_WINDOW_WORDS = 4;

    /**
     * "Putin has met three American presidents", "the two sides have held talks many times": a present perfect counted over
     * occasions is the subject's experience, not an event of any day. The cue must follow "has" or "have" directly and a
     * number or quantity word come within four words after it.
     */
    static boolean genericPerfect(SentenceView v, Hit cue) {
        String text = v.matchText;
        int start = v.sentence.start();
        int end = spacesBack(text, start, cue.start());
        int wordStart = letterRunStart(text, start, end);
        if (end - wordStart < 3 || end - wordStart > 4 || !PERFECT_AUXILIARIES.contains(text, wordStart, end)) {
            return false;
        }
        int limit = v.sentence.end();
        int i = cue.end();
        for (int words = 0; words < COUNT_WINDOW_WORDS; words++) {
            while (i < limit && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= limit) {
                return false;
            }
            int wordEnd = i;
            boolean digits = Character.isDigit(text.charAt(i));
            while (wordEnd < limit && (digits ? Character.isDigit(text.charAt(wordEnd)) : Character.isLetter(text.charAt(wordEnd)))) {
                wordEnd++;
            }
            if (wordEnd == i) {
                return false; // punctuation ends the object
            }
            if (digits || COUNT_WORDS.contains(text, i, wordEnd)) {
                // "after less than three weeks", "for 20 years": a duration, not a count of occasions ("every year" counts them)
                return !durationAfter(text, wordEnd, limit) || wordEnd - i == 5 && Chars.asciiFoldedAt(text, i, "every");
            }
            i = wordEnd;
        }
        return false;
    }

    /** Whether the word after {@code from} (spaces skipped) is a unit of time: "three weeks", "20 years". */
    private static boolean durationAfter(String text, int from, int limit) {
        int i = spacesForward(text, from, limit);
        int end = letterRunEnd(text, i, limit);
        return end > i && DURATION_UNITS.contains(text, i, end);
    }

    /** The end of the run of letters starting at {@code from}, at most {@code limit} ({@code from} itself when none). */
    private static int letterRunEnd(String text, int from, int limit) {
        int end = from;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** "is in the American interest", "would be in both sides' interest", "is in Russia's interests". */
    private static final Pattern IN_THE_INTEREST = Pattern.compile(
            "^[^,;:]{0,60}?\\b(?:is|are|was|were|would be|will be|be)\\s+(?:not\\s+|also\\s+|clearly\\s+)?in\\s+(?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?\\s+interests?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The extension of New START is in the American interest": a cue whose clause goes on to judge it in someone's
     * interest is an argument for the event, not a report of it.
     */
    private static boolean judgedInterest(SentenceView v, Hit cue) {
        // The pattern needs the word; most clauses lack it, and the lazy prefix would backtrack through all of them.
        return interestBeforeSeparator(v.matchText, cue.end(), v.sentence.end())
                && IN_THE_INTEREST.matcher(v.text(cue.end(), v.sentence.end())).find();
    }

    /**
     * A necessary condition for {@code IN_THE_INTEREST} on {@code text.substring(from, to)}: "interest" in any ASCII case
     * (the pattern is case-insensitive without UNICODE_CASE) before the first ',', ';' or ':' (none of its parts can
     * match one, and it is anchored at the start). Most clauses lack the word; this reads only up to their first comma.
     */
    static boolean interestBeforeSeparator(String text, int from, int to) {
        for (int i = from, last = to - "interest".length(); i <= last; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return false;
            }
            if ((c == 'i' || c == 'I') && Chars.asciiFoldedAt(text, i + 1, "nterest")) {
                return true;
            }
        }
        return false;
    }

    /** {@code end} moved back over the spaces (' ' only) before it, not below {@code start}. */
    private static int spacesBack(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** {@code end} moved back over the white space before it, not below {@code start}. */
    private static int whitespaceBack(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Where the run of letters that ends at {@code end} starts, not below {@code start} ({@code end} when none ends there). */
    private static int letterRunStart(String text, int start, int end) {
        while (end > start && Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Verbs whose "to be" describes what is or was, not what is to come ("appears to be holding", "used to be binding"). */
    private static final java.util.Set<String> STATIVE_BEFORE_TO_BE = java.util.Set.of("continue", "continues", "continued",
            "continuing", "appear", "appears", "appeared", "seem", "seems", "seemed", "used", "proved", "proves", "turned", "happen",
            "happens", "happened", "remain", "remains", "remained");

    /**
     * "a special representative to be appointed soon", "a date yet to be agreed": a cue right after "to be" is something
     * still to happen, unless a verb of seeming or continuing governs the "to be".
     */
    static boolean passiveInfinitive(SentenceView v, Hit cue) {
        // Read in place, not in a lower-cased copy of the text before the cue: only 'T', 'O', 'B', 'E' and the letters
        // themselves lower-case to the letters of " to be" (no character expands into them, none into white space), so
        // the copy ends with it exactly when the text does in ASCII case; and only the word before it is lower-cased.
        String text = v.matchText;
        int start = v.sentence.start();
        int end = whitespaceBack(text, start, cue.start());
        if (end - start < " to be".length() || !text.startsWith(" ", end - 6) || !Chars.asciiFoldedAt(text, end - 5, "to")
                || text.charAt(end - 3) != ' ' || !Chars.asciiFoldedAt(text, end - 2, "be")) {
            return false;
        }
        int headEnd = end - " to be".length();
        headEnd = whitespaceBack(text, start, headEnd);
        int space = text.lastIndexOf(' ', headEnd - 1);
        int wordStart = space < start ? start : space + 1;
        return !STATIVE_BEFORE_TO_BE.contains(text.substring(wordStart, headEnd).toLowerCase(Locale.ROOT));
    }

    private static boolean isMonthMay(SentenceView v, Hit hit) {
        String word = v.text(hit.start(), hit.end());
        return word.equals("May") && hit.start() > v.sentence.start();
    }

    private static DateMention nearestDate(SentenceView v, Hit cue, LocalDate published) {
        int clause = v.softClause(cue.start());
        int hard = v.hardClause(cue.start());
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<DateMention> dates = v.dates(null, published);
        for (DateMention d : dates) {
            if (v.softClause(d.start()) != clause || v.hardClause(d.start()) != hard) {
                continue;
            }
            // a date no nearer than the best so far cannot win: the tests of its phrase and owner are not needed
            int distance = v.wordDistance(d.start(), d.end(), cue.start(), cue.end());
            if (distance >= bestDistance || spanBoundary(v, d) || weekdayBeforeItsDate(v, d, dates) || newTimeAfterCue(v, d)
                    || nearerToAnotherCue(v, d, cue, distance) || attributiveMonth(v, d)) {
                continue;
            }
            best = d;
            bestDistance = distance;
        }
        return best;
    }

    /**
     * "Pompeo announced that the United States would suspend its obligations from February 2", read on February 4: the
     * future of a report whose day has passed by publication is what happened, not what is still expected. Only reported
     * speech, only a calendar day before the publication day, and never a planned state (whose expectation is its news).
     */
    static boolean pastOfReportedFuture(SentenceView v, Hit cue, StateDef state, Modality modality, DateMention date, LocalDate published) {
        return modality == Modality.EXPECTED && !state.planned() && published != null && DateResolver.DAY.equals(date.precision())
                && date.date().isBefore(published) && date.start() > cue.start() && reportedSpeechBefore(v, cue);
    }

    /**
     * "Washington withdrew from the deal in May", read in December: a month without a year is placed by the sentence's
     * tense, and an irregular past ("withdrew", "met", "froze") may leave the nearer, coming May. The cue itself is in the
     * past and nothing in its clause speaks of the future, so the month is the last one of that name.
     */
    static boolean pastCueWithYearlessFutureDate(SentenceView v, Hit cue, DateMention date, LocalDate published) {
        if (published == null || !date.date().isAfter(published) || DateResolver.YEAR.equals(date.precision())
                || date.date().minusYears(1).isAfter(published)) {
            return false;
        }
        if (writesYear(v, date)) {
            return false; // a year is written: the date is what it says
        }
        boolean monthNamed = false;
        for (int i = date.start(); i < date.end(); i++) {
            if (Character.isUpperCase(v.matchText.charAt(i)) && (i == date.start() || !Character.isLetter(v.matchText.charAt(i - 1)))) {
                int end = i;
                while (end < date.end() && Character.isLetter(v.matchText.charAt(end))) {
                    end++;
                }
                monthNamed |= DateResolver.isFullMonthName(v.matchText, i, end);
            }
        }
        if (!monthNamed) {
            return false; // a weekday or a relative phrase is days away, not a year
        }
        String cueText = v.text(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
        String lastWord = cueText.substring(cueText.lastIndexOf(' ') + 1);
        String firstWord = cueText.split(" ", 2)[0];
        return PAST_FORMS.contains(firstWord) || PAST_FORMS.contains(lastWord)
                || firstWord.length() >= 5 && firstWord.endsWith("ed") && !firstWord.equals("planned") && !firstWord.equals("scheduled");
    }


    /**
     * "Donald Trump on Thursday called off his planned meeting", read on Friday: a weekday named with a past-tense cue
     * is the last such day, but the date resolver may place a bare weekday ahead. Only a bare weekday ("Thursday", "on
     * Thursday"; not "next Thursday"), standing before the cue or at most four words after it, resolved within a week after publication,
     * and only a cue in the past tense by its own form.
     */
    static boolean pastCueWithComingWeekday(SentenceView v, Hit cue, DateMention date, LocalDate published) {
        if (published == null || !DateResolver.DAY.equals(date.precision()) || !date.date().isAfter(published)
                || date.date().isAfter(published.plusDays(7))) {
            return false;
        }
        int wordStart = letterRunStart(v.matchText, date.start(), date.end());
        if (!DateResolver.isWeekdayName(v.matchText, wordStart, date.end())) {
            return false;
        }
        String head = v.text(date.start(), wordStart).strip();
        if (!head.isEmpty() && !head.equalsIgnoreCase("on")) {
            return false; // "next Thursday", "this Friday": the resolver had a word to go by
        }
        if (date.start() > cue.end() && v.wordDistance(cue.start(), cue.end(), date.start(), date.end()) > COUNT_WINDOW_WORDS) {
            return false;
        }
        String cueText = v.text(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
        int space = cueText.indexOf(' ');
        String firstWord = space < 0 ? cueText : cueText.substring(0, space);
        return PAST_FORMS.contains(firstWord)
                || firstWord.length() >= 5 && firstWord.endsWith("ed") && !firstWord.equals("planned") && !firstWord.equals("scheduled")
                || pastReportAfter(v, date, cue);
    }

    private static final int REPORT_AFTER_WEEKDAY_WORDS = 6;

    /**
     * "On Tuesday a White House official said there were no plans": the weekday is the day of the report, and a report in
     * the past tense ("said", "told", "announced") was made on the last such day, whatever the tense of what it reports.
     * Only a reporting verb after the weekday, before the cue, within six words of the weekday.
     */
    static boolean pastReportAfter(SentenceView v, DateMention date, Hit cue) {
        if (date.end() > cue.start()) {
            return false;
        }
        for (Hit hit : v.hits) {
            if (hit.start() >= cue.start()) {
                return false;
            }
            if (hit.entry().role() == Role.REPORT && hit.start() >= date.end()
                    && v.wordDistance(date.start(), date.end(), hit.start(), hit.end()) <= REPORT_AFTER_WEEKDAY_WORDS) {
                String verb = v.text(hit.start(), hit.end());
                return verb.equalsIgnoreCase("said") || verb.equalsIgnoreCase("told") || verb.endsWith("ed");
            }
        }
        return false;
    }

    /** Irregular past forms among the state cues; regular ones end in "ed". */
    private static final Set<String> PAST_FORMS = Set.of("withdrew", "met", "held", "froze", "left", "broke", "fell", "took", "went",
            "came", "began", "quit", "sat", "ended", "lapsed", "died", "exited", "imposed", "lifted");

    /**
     * "from Saturday, February 2": a weekday in apposition to a calendar date names the same day, and the calendar date
     * says which one; the weekday alone would be placed by the sentence's tense ("would suspend ... from Saturday" reads as
     * the coming Saturday).
     */
    static boolean weekdayBeforeItsDate(SentenceView v, DateMention d, List<DateMention> dates) {
        int wordStart = letterRunStart(v.matchText, d.start(), d.end());
        // the mention may carry its preposition ("from Saturday"): its last word is the weekday
        if (!DateResolver.DAY.equals(d.precision()) || !DateResolver.isWeekdayName(v.matchText, wordStart, d.end())) {
            return false;
        }
        for (DateMention other : dates) {
            if (other != d && other.start() >= d.end() && DateResolver.DAY.equals(other.precision())
                    && v.text(d.end(), other.start()).strip().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "postponed to some point in 2019", "pushed back until next year", "extended to 2026": a date reached through "to",
     * "into", "until" or "till" straight after a state cue is the new time the cue sets, not when it happened.
     */
    static boolean newTimeAfterCue(SentenceView v, DateMention d) {
        int end = d.start();
        for (int words = 0; words < SPAN_PHRASE_WORDS; words++) {
            end = whitespaceBack(v.matchText, v.sentence.start(), end);
            int start = end;
            while (start > v.sentence.start() && Character.isLetterOrDigit(v.matchText.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false; // punctuation: the date's phrase begins after it
            }
            if (NEW_TIME_WORDS.contains(v.matchText, start, end)) {
                int cueEnd = whitespaceBack(v.matchText, v.sentence.start(), start);
                for (Hit hit : v.hits) {
                    if (hit.entry().role() == Role.STATE_CUE && hit.end() == cueEnd) {
                        return true;
                    }
                }
                return false;
            }
            end = start;
        }
        return false;
    }

    private static final WordSet NEW_TIME_WORDS = WordSet.ignoringCase(List.of("to", "into", "until", "till"));


    /**
     * The time a sentence is set in, for an event it leaves undated: "A summit announced in October was called off
     * within a week, and the sanctions imposed then remain" happened in October, not on the day the article's story is
     * about. The first past date of the sentence (its opening frame, "By Monday, 25 June, ... the truce arranged last
     * July was in tatters"); dates after publication say nothing of when a past event happened. A negation ("have still
     * not been handed back") is a standing state, not an event of the sentence's time.
     */
    static DateMention sentenceFrame(SentenceView v, Hit cue, LocalDate published) {
        for (DateMention d : v.dates(null, published)) {
            if ((published == null || !d.date().isAfter(published)) && !spanBoundary(v, d) && !attributiveMonth(v, d)
                    // "It concluded that Putin authorised operations ... supporting Trump in 2020": a date after the cue that
                    // another cue owns dates what that cue reports, not the undated event before it
                    && !(d.start() >= cue.end() && nearerToAnotherCue(v, d, cue, 0))) {
                return d;
            }
        }
        return null;
    }

    /**
     * "ahead of the November election", "the March assessment": a bare month between "the" and a noun names the thing, as
     * "the 2016 election" does; it does not date the sentence's cue.
     */
    static boolean attributiveMonth(SentenceView v, DateMention d) {
        if (!DateResolver.MONTH.equals(d.precision())) {
            return false;
        }
        String text = v.matchText;
        for (int i = d.start(); i < d.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false; // "November 2020", "last November": more than the month's name
            }
        }
        int before = d.start() - 1;
        int after = d.end();
        return before >= v.sentence.start() + 3 && text.charAt(before) == ' ' && Chars.asciiFoldedAt(text, before - 3, "the")
                && (before - 3 == v.sentence.start() || !Character.isLetter(text.charAt(before - 4)))
                && after + 1 < v.sentence.end() && text.charAt(after) == ' ' && Character.isLowerCase(text.charAt(after + 1));
    }

    /**
     * "since July 2018", "until next year": the date bounds a span, it is not when the event happens ("the first time
     * since July 2018 that a president has proposed a summit"; "put off until next year" is put off now). A standing
     * state "stalled since 2019" still holds when the article is written.
     */
    static boolean spanBoundary(SentenceView v, DateMention d) {
        int first = d.start();
        while (first < d.end() && Character.isLetter(v.matchText.charAt(first))) {
            first++;
        }
        if (first > d.start() && SPAN_BOUNDARIES.contains(v.matchText, d.start(), first)) {
            return true; // the date's own phrase opens with the boundary: "since 2016", "until March"
        }
        int end = d.start();
        // the boundary word opens the date's phrase: "since July 2018", "since the Helsinki summit in July 2018"
        for (int words = 0; words < SPAN_PHRASE_WORDS; words++) {
            end = whitespaceBack(v.matchText, v.sentence.start(), end);
            int start = end;
            while (start > v.sentence.start() && (Character.isLetterOrDigit(v.matchText.charAt(start - 1))
                    || v.matchText.charAt(start - 1) == '-' || v.matchText.charAt(start - 1) == '\'')) {
                start--;
            }
            if (start == end) {
                return false; // punctuation: the phrase begins after it
            }
            if (SPAN_BOUNDARIES.contains(v.matchText, start, end)) {
                return !cueBetween(v, end, d.start()); // "since the INF treaty ended last August": the date is the clause's own
            }
            end = start;
        }
        return false;
    }

    private static final int SPAN_PHRASE_WORDS = 5;

    private static boolean cueBetween(SentenceView v, int from, int to) {
        for (Hit hit : v.hits) {
            if (hit.entry().role() == Role.STATE_CUE && hit.start() >= from && hit.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SPAN_BOUNDARIES = WordSet.ignoringCase(List.of("since", "until", "till"));

    /** A reporting verb before the cue in its sentence: what follows is reported speech. */
    /**
     * The day of the report a cue is reported in: "Trump announced on Tuesday that ...". A past date between a reporting verb
     * (or just before it) and the cue, in a sentence whose cue follows that verb; null otherwise.
     */
    static DateMention reportFrame(SentenceView v, Hit cue, LocalDate published) {
        if (!reportedSpeechBefore(v, cue)) {
            return null;
        }
        DateMention frame = sentenceFrame(v, cue, published);
        return frame != null && frame.end() <= cue.start() ? frame : null;
    }

    private static boolean reportedSpeechBefore(SentenceView v, Hit cue) {
        for (Hit hit : v.hits) {
            if (hit.start() >= cue.start()) {
                return false;
            }
            if (hit.entry().role() == Role.REPORT
                    && !(hit.start() > v.sentence.start() && Character.isUpperCase(v.matchText.charAt(hit.start())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whose date is it: a date belongs to the nearest state cue before it in its clause ("withdrew ... in August 2019,
     * accusing Russia of violating it"; "which expires in 2021, or efforts to salvage"), or, when none precedes it, to
     * the nearest one after it ("Earlier this year, the U.S. suspended").
     */
    private static boolean nearerToAnotherCue(SentenceView v, DateMention d, Hit cue, int distance) {
        int clause = v.softClause(d.start());
        Hit owner = null;
        int ownerDistance = Integer.MAX_VALUE;
        boolean ownerBefore = false;
        boolean opensClause = opensCoordinateClause(v, d);
        for (Hit other : v.hits) {
            // a cue inside an alias ("agreement" in "nuclear agreement") is a name, as in SentenceView.cues
            if (other.entry().role() != Role.STATE_CUE || v.softClause(other.start()) != clause || v.insideAnyAliasSpan(other)) {
                continue;
            }
            boolean before = other.end() <= d.start();
            if (before && opensClause) {
                continue; // ", and on Wednesday the Treasury imposed": the date opens the clause after it
            }
            int dist = v.wordDistance(d.start(), d.end(), other.start(), other.end());
            if (before && !ownerBefore || before == ownerBefore && dist < ownerDistance) {
                owner = other;
                ownerDistance = dist;
                ownerBefore = before;
            }
        }
        if (owner == null || owner.start() < cue.end() && cue.start() < owner.end()) {
            return false;
        }
        // another cue of the same state speaks for the same claim
        return !(owner.entry().vocabulary().equals(cue.entry().vocabulary()) && owner.entry().state() == cue.entry().state());
    }

    /**
     * The date opens a coordinate clause: right after ", and", ", but" or ";" ("... has been shelved, and on Wednesday the
     * Treasury imposed sanctions"). Such a date belongs to the clause it opens, not to a cue before the conjunction.
     */
    static boolean opensCoordinateClause(SentenceView v, DateMention d) {
        String text = v.matchText;
        int start = v.sentence.start();
        int i = spacesBack(text, start, d.start());
        if (i > start && text.charAt(i - 1) == ';') {
            return true;
        }
        int wordStart = letterRunStart(text, start, i);
        int length = i - wordStart;
        if (!(length == 3 && (Chars.asciiFoldedAt(text, wordStart, "and") || Chars.asciiFoldedAt(text, wordStart, "but")))) {
            return false;
        }
        int j = spacesBack(text, start, wordStart);
        return j > start && text.charAt(j - 1) == ',';
    }

    /** Who says it: reported speech and attributions in a sentence. */
    static final class Attribution {

        private static final Pattern AFTER_VERB_NAME = Pattern.compile("^\\s+((?:[A-Z][\\p{L}'.-]*\\s?){1,4})");

        private Attribution() {
        }

        static String speaker(SentenceView[] views, int s) {
            SentenceView v = views[s];
            for (Hit hit : v.hits) {
                if (hit.entry().role() == Role.ACCORDING) {
                    String after = v.text(hit.end(), v.sentence.end());
                    String np = after.substring(0, phraseEnd(after)).strip();
                    String[] words = Chars.splitOnRegexSpace(np);
                    if (!np.isEmpty() && words.length <= 7) {
                        return resolve(views, s, np);
                    }
                }
            }
            for (Hit hit : v.hits) {
                if (hit.entry().role() != Role.REPORT
                        || hit.start() > v.sentence.start() && Character.isUpperCase(v.matchText.charAt(hit.start()))) {
                    continue; // "the United States", not "states"
                }
                String subject = subjectBefore(v.matchText, v.sentence.start(), hit.start());
                if (subject == null) {
                    Matcher m = AFTER_VERB_NAME.matcher(v.text(hit.end(), v.sentence.end()));
                    if (m.find() && endsWithQuoteOrComma(v.matchText, v.sentence.start(), hit.start())) {
                        String name = TRAILING_PUNCTUATION_OR_QUOTE.matcher(m.group(1).strip()).replaceAll("");
                        if (!Lexicon.NOT_NAMES.contains(Chars.splitOnRegexSpace(name)[0])) {
                            return name;
                        }
                    }
                    continue;
                }
                return resolve(views, s, subject);
            }
            return null;
        }

        /**
         * Where the speaker's phrase after "according to" ends: at the first punctuation mark, except the periods inside an
         * abbreviation ("according to U.S. officials", "U.N. monitors"), which the sentence splitter already kept whole.
         */
        static int phraseEnd(String after) {
            for (int i = 0; i < after.length(); i++) {
                char c = after.charAt(i);
                if (c == '.' && i > 0 && Character.isUpperCase(after.charAt(i - 1))
                        && (i == 1 || !Character.isLetter(after.charAt(i - 2)) || after.charAt(i - 2) == '.')
                        || c == '.' && i + 1 < after.length() && Character.isLetter(after.charAt(i + 1))) {
                    continue;
                }
                if (",.;:!?\"".indexOf(c) >= 0) {
                    return i;
                }
            }
            return after.length();
        }

        /** {@code text.substring(from, to)} ends with ", ", ",\" " or "\" ": the verb follows a quotation or an aside. */
        static boolean endsWithQuoteOrComma(String text, int from, int to) {
            return to - from >= 2 && text.charAt(to - 1) == ' ' && (text.charAt(to - 2) == ',' || text.charAt(to - 2) == '"');
        }

        /** The words right before a reporting verb that name who speaks: a capitalised name, a pronoun or a short noun phrase. */
        static String subjectBefore(String before) {
            return subjectBefore(before, 0, before.length());
        }

        /**
         * {@link #subjectBefore(String)} of {@code text.substring(from, to)}, read in place: the text before every reporting
         * verb is asked for, and only its last words are usually needed.
         */
        static String subjectBefore(String text, int from, int to) {
            // as String.strip: no white space outside the BMP, so char by char is the same
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            end = whitespaceBack(text, start, end);
            // the subject is read backwards from the verb: split only the last words, unless the name runs past them
            int tail = tailWordsStart(text, start, end, SUBJECT_TAIL_WORDS);
            if (tail > start) {
                String subject = subjectBefore(Chars.splitOnRegexSpace(text.substring(tail, end)), false);
                if (subject != NEEDS_ALL_WORDS) {
                    return subject;
                }
            }
            return subjectBefore(Chars.splitOnRegexSpace(text.substring(start, end)), true);
        }

        /** {@link Chars#tailWordsStart} within {@code [from, to)}: the start of its last {@code n} words. */
        private static int tailWordsStart(String text, int from, int to, int n) {
            int i = to;
            for (int k = 0; k < n && i > from; k++) {
                while (i > from && Chars.isRegexSpace(text.charAt(i - 1))) {
                    i--;
                }
                while (i > from && !Chars.isRegexSpace(text.charAt(i - 1))) {
                    i--;
                }
            }
            return i;
        }

        private static final int SUBJECT_TAIL_WORDS = 8;
        private static final WordSet AUXILIARIES = WordSet.ignoringCase(List.of("has", "have", "had", "is", "are", "was", "were", "been", "be", "being",
                "will", "would", "shall", "should", "can", "could", "may", "might", "must", "does", "do", "did"));
        private static final WordSet PASSIVE_AUXILIARIES = WordSet.ignoringCase(List.of("is", "are", "was", "were", "been", "be", "being"));
        /** Marker: the words given were not enough to decide. */
        private static final String NEEDS_ALL_WORDS = new String("needs all words");

        static String subjectBefore(String[] words, boolean allWords) {
            // "Biden has said": an auxiliary is part of the verb, never its speaker; "no date was announced" is a passive,
            // whose subject is what is said, not who says it
            int n = words.length;
            while (n > 0 && AUXILIARIES.contains(words[n - 1])) {
                if (PASSIVE_AUXILIARIES.contains(words[n - 1])) {
                    return null;
                }
                n--;
            }
            if (n < words.length) {
                words = java.util.Arrays.copyOf(words, n);
            }
            if (words.length == 0 || words[words.length - 1].isEmpty()) {
                return null;
            }
            String last = words[words.length - 1];
            if (last.endsWith(",") || last.endsWith("\"") || last.endsWith(".")) {
                return null;
            }
            int i = words.length - 1;
            List<String> name = new ArrayList<>();
            while (i >= 0 && (Chars.isCapitalisedWord(words[i]) || !name.isEmpty() && NAME_CONNECTORS.contains(words[i])
                    && i > 0 && Chars.isCapitalisedWord(words[i - 1]))) {
                name.add(0, words[i]);
                i--;
            }
            if (!allWords && i <= 0) {
                return NEEDS_ALL_WORDS; // the name may go on before these words
            }
            while (!name.isEmpty() && (NAME_CONNECTORS.contains(name.get(0)) || Lexicon.NOT_NAMES.contains(name.get(0)))) {
                name.remove(0);
            }
            if (name.size() == 1 && Lexicon.PRONOUNS.contains(name.get(0).toLowerCase(Locale.ROOT))) {
                return name.get(0).toLowerCase(Locale.ROOT);
            }
            if (!name.isEmpty() && i >= 1 && PLACE_PREPOSITIONS.contains(words[i])) {
                // "Monitors in Donetsk say": the place qualifies the people who speak, it does not speak
                String people = words[i - 1].toLowerCase(Locale.ROOT);
                if (LOWER_WORD.matcher(people).matches() && people.endsWith("s") && !people.endsWith("ss")) {
                    return people + " " + words[i] + " " + withoutPossessive(String.join(" ", name));
                }
            }
            if (!name.isEmpty()) {
                return withoutPossessive(String.join(" ", name));
            }
            String lower = last.toLowerCase(Locale.ROOT);
            if (Lexicon.PRONOUNS.contains(lower)) {
                return lower;
            }
            if (LOWER_WORD.matcher(lower).matches() && words.length >= 2) {
                String det = words[words.length - 2].toLowerCase(Locale.ROOT);
                if (det.equals("the") || det.equals("a") || det.equals("an")) {
                    return det + " " + lower;
                }
                if (lower.endsWith("s") && !lower.endsWith("ss")) {
                    return lower;
                }
            }
            return null;
        }

        /**
         * {@code name} without a final "'s", as the regex "'s$" removes it: a name here is made of capitalised
         * words and connectors, which hold no line terminator, so "$" can only be the end of the text.
         */
        static String withoutPossessive(String name) {
            return name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
        }

        private static String resolve(SentenceView[] views, int s, String subject) {
            if (!Lexicon.PRONOUNS.contains(subject) || subject.equals("it") || subject.equals("we") || subject.equals("i")) {
                return subject.equals("it") || subject.equals("we") || subject.equals("i") ? null : subject;
            }
            if (subject.equals("they")) {
                return null;
            }
            for (int k = s - 1; k >= 0 && k >= s - 4; k--) {
                SentenceView prev = views[k];
                for (Hit hit : prev.hits) {
                    if (hit.entry().role() == Role.REPORT) {
                        String name = subjectBefore(prev.matchText, prev.sentence.start(), hit.start());
                        if (name != null && !Lexicon.PRONOUNS.contains(name) && Character.isUpperCase(name.charAt(0))) {
                            return name;
                        }
                    }
                }
                if (k == s - 1) {
                    String first = firstName(prev.sentence.text());
                    if (first != null) {
                        return first;
                    }
                }
            }
            return null;
        }

        private static String firstName(String sentence) {
            String[] words = Chars.splitOnRegexSpace(sentence.strip());
            for (int i = 0; i < words.length; i++) {
                String w = TRAILING_PUNCTUATION.matcher(words[i]).replaceAll("");
                if (Chars.isCapitalisedWord(w) && !Lexicon.NOT_NAMES.contains(w) && w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    StringBuilder name = new StringBuilder(w);
                    int j = i + 1;
                    while (j < words.length && Chars.isCapitalisedWord(TRAILING_PUNCTUATION_OR_APOSTROPHE.matcher(words[j]).replaceAll("")) && !words[i].endsWith(",")
                            && !words[j - 1].endsWith(",")) {
                        name.append(' ').append(TRAILING_PUNCTUATION.matcher(words[j]).replaceAll(""));
                        j++;
                    }
                    return withoutPossessive(name.toString());
                }
            }
            return null;
        }
    }

    static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
