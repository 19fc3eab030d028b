package dev.newsmon.alert.streams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;

/**
 * Decides what a new claim means against an aspect's history: nothing, an UPDATE or a CONTRADICTION.
 * Plain Java, no Kafka: the topology calls it with the state it keeps, tests call it directly.
 *
 * <p>Which states exist, which are planned and which pairs are incompatible within how many days all come
 * from the watchlist vocabulary; nothing here knows any particular issue. The rules, in order:
 * <ol>
 * <li>a claimId already in the history is a duplicate and changes nothing;</li>
 * <li>a claim only establishes a state when it is affirmed and asserted, or affirmed and expected/hedged
 *     about a {@code planned} state ("will meet" is a scheduled meeting, "may collapse" is no collapse);
 *     negated and denied claims are kept as evidence but never change a state;</li>
 * <li>CONTRADICTION: incompatible with a known claim about the same time (vocabulary pairs within
 *     {@code contradictionWindowDays}), or an asserted negation of a state another claim asserts in that
 *     window. Two claims of one article contradict only when two different people are quoted;</li>
 * <li>UPDATE: the claim is the newest knowledge by event time and its state differs from the latest
 *     state known from other articles. Older events and late articles are inserted at their place and never
 *     update; a state already reported, repeated without a date of its own, is an old fact restated. The same event
 *     state happening again (another expulsion, a new round of sanctions, a second summit), asserted with a day of its
 *     own that is fresh news and more than the window after the last time, is an UPDATE too (see {@link #recurs});</li>
 * <li>an asserted event that an earlier article only expected ("an envoy is to be appointed") is an UPDATE even when no
 *     state was established before it (see {@link #expectationFulfilled});</li>
 * <li>one article raises at most one UPDATE per aspect, and one CONTRADICTION per pair of articles.</li>
 * </ol>
 */
public class AlertRules {

    public static final int DEFAULT_MAX_ENTRIES = 500;
    static final int DEFAULT_MAX_ALERT_KEYS = 5000;

    private final Watchlist watchlist;
    private final Clock clock;
    private final int maxEntries;
    private final int maxAlertKeys;

    public AlertRules(Watchlist watchlist, Clock clock, int maxEntries) {
        this(watchlist, clock, maxEntries, DEFAULT_MAX_ALERT_KEYS);
    }

    /** @param maxAlertKeys alert keys kept per aspect; other than the default only in tests, to reach the bound quickly */
    AlertRules(Watchlist watchlist, Clock clock, int maxEntries, int maxAlertKeys) {
        this.watchlist = Objects.requireNonNull(watchlist);
        this.clock = Objects.requireNonNull(clock);
        this.maxEntries = maxEntries;
        this.maxAlertKeys = maxAlertKeys;
    }

    public AlertRules(Watchlist watchlist) {
        this(watchlist, Clock.systemUTC(), DEFAULT_MAX_ENTRIES);
    }

    public Watchlist watchlist() {
        return watchlist;
    }

    /**
     * @param known the aspect's history, or null when nothing is known yet
     * @throws InvalidClaimException when the claim cannot be judged; the message names what is wrong
     */
    public Decision decide(ClaimHistory known, Claim claim) {
        validate(claim);
        WatchedIssue issue = watchlist.issue(claim.issue()).orElseThrow();
        Vocabulary vocabulary = watchlist.vocabulary(claim.issue(), claim.aspect()).orElseThrow();
        ClaimHistory history = known != null ? known : ClaimHistory.empty(claim.issue(), claim.aspect());

        if (history.contains(claim.claimId())) {
            return new Decision(Verdict.DUPLICATE, null, history, List.of(), null);
        }
        HistoryEntry current = new HistoryEntry(claim, history.nextArrival());
        List<HistoryEntry> before = history.entries();

        Optional<HistoryEntry> contradicted = findContradiction(before, current, vocabulary);
        if (contradicted.isPresent()) {
            HistoryEntry previous = contradicted.get();
            String key = "CONTRADICTION|" + pairKey(previous.claim().articleId(), claim.articleId());
            if (history.alerted(key)) {
                return recorded(Verdict.ALREADY_ALERTED, history, current);
            }
            Alert alert = alert(AlertType.CONTRADICTION, issue, vocabulary, previous, current, before);
            return new Decision(Verdict.CONTRADICTION, alert, history.insert(current, List.of(key), maxEntries, maxAlertKeys),
                    alert.corroboratingSources());
        }

        if (!establishesState(claim, vocabulary)) {
            return recorded(Verdict.NOT_A_STATE, history, current);
        }
        if (newerKnown(before, current, vocabulary)) {
            return recorded(Verdict.LATE, history, current);
        }
        Optional<HistoryEntry> latest = latestKnown(before, current, vocabulary);
        boolean fulfilled = false;
        if (latest.isEmpty()) {
            latest = expectationFulfilled(before, current, vocabulary);
            if (latest.isEmpty()) {
                return recorded(Verdict.BASELINE, history, current);
            }
            fulfilled = true;
        }
        HistoryEntry previous = latest.get();
        if (!fulfilled && previous.claim().state().equals(claim.state()) && !recurs(previous, current, vocabulary)) {
            ClaimHistory.Change change = history.insert(current, List.of(), maxEntries, maxAlertKeys);
            return new Decision(Verdict.CORROBORATED, null, change, sourcesOfState(change.after().entries(), claim.state(), vocabulary));
        }
        boolean reportedBefore = before.stream()
                .anyMatch(e -> establishesState(e.claim(), vocabulary) && !sameArticle(e.claim(), claim)
                        && e.claim().state().equals(claim.state()));
        if (!current.datedByText() && reportedBefore) {
            return recorded(Verdict.RESTATED, history, current);
        }
        String key = "UPDATE|" + claim.articleId();
        if (history.alerted(key)) {
            return recorded(Verdict.ALREADY_ALERTED, history, current);
        }
        Alert alert = alert(AlertType.UPDATE, issue, vocabulary, previous, current, before);
        return new Decision(Verdict.UPDATE, alert, history.insert(current, List.of(key), maxEntries, maxAlertKeys),
                alert.corroboratingSources());
    }

    /**
     * The same event happening again, not the old one restated: a new round of sanctions, another expulsion, a second
     * summit. Only for event states (neither a standing condition nor a plan), only for a claim asserted with a day of its
     * own that is fresh news (no more than the contradiction window before its publication), and only when the last time
     * that state was established lies more than the window before it; within the window it is the same event corroborated.
     */
    static boolean recurs(HistoryEntry previous, HistoryEntry current, Vocabulary vocabulary) {
        Claim claim = current.claim();
        StateDef state = vocabulary.state(claim.state()).orElse(null);
        if (state == null || state.condition() || state.planned() || modality(claim) != Modality.ASSERTED
                || !current.datedByText() || !current.dayPrecise() || !"day".equals(claim.eventDatePrecision())) {
            return false;
        }
        LocalDate day = current.knownAt();
        LocalDate published = HistoryEntry.publishedDay(claim);
        LocalDate before = previous.knownAt();
        int window = vocabulary.contradictionWindowDays();
        return day != null && published != null && before != null
                && !day.isBefore(published.minusDays(window))
                && before.isBefore(day.minusDays(window));
    }

    /** Affirmed and asserted, or affirmed and expected/hedged about a planned state. */
    public static boolean establishesState(Claim claim, Vocabulary vocabulary) {
        if (polarity(claim) != Polarity.AFFIRMED) {
            return false;
        }
        return switch (modality(claim)) {
            case ASSERTED -> true;
            case EXPECTED, HEDGED -> vocabulary.state(claim.state()).map(StateDef::planned).orElse(false);
            case DENIED -> false;
        };
    }

    /*
     * The history is sorted by EVENT_TIME (knownAt, entries without one first, then arrival), so the scans below look
     * only at the entries that can qualify, found by binary search: at the 500-entry bound, scanning every entry three
     * times per claim (and building each one's knownAt day several times) was most of the judge's CPU.
     * AlertRulesScanTest compares them with the plain scans they replace.
     */

    static Optional<HistoryEntry> findContradiction(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        LocalDate day = current.knownAt();
        if (!current.dayPrecise() || day == null) {
            return Optional.empty();
        }
        Claim claim = current.claim();
        int window = vocabulary.contradictionWindowDays();
        int from = firstOnOrAfter(before, day.minusDays(window));
        int to = firstAfter(before, day.plusDays(window));
        HistoryEntry best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
            HistoryEntry e = before.get(i);
            if (!e.dayPrecise() || (sameArticle(e.claim(), claim) && !differentSpeakers(e.claim(), claim))
                    || !conflict(e.claim(), claim, vocabulary)) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(e.knownAt(), day));
            if (distance < bestDistance || distance == bestDistance && e.arrival() > best.arrival()) {
                best = e;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A state is already established by a claim about a later day. */
    static boolean newerKnown(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        LocalDate day = current.knownAt();
        if (day == null) {
            return false;
        }
        for (int i = firstAfter(before, day); i < before.size(); i++) {
            if (establishesState(before.get(i).claim(), vocabulary)) {
                return true;
            }
        }
        return false;
    }

    /** The newest claim of another article that establishes a state, by EVENT_TIME, not after the current one's day. */
    static Optional<HistoryEntry> latestKnown(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        LocalDate day = current.knownAt();
        for (int i = day == null ? before.size() - 1 : firstAfter(before, day) - 1; i >= 0; i--) {
            HistoryEntry e = before.get(i);
            if (establishesState(e.claim(), vocabulary) && !sameArticle(e.claim(), current.claim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * "An envoy is to be appointed soon", then "Volker was named envoy": an expectation of an event state (which on its own
     * establishes nothing, see {@link #establishesState}) that another article, earlier in event time, held about the very
     * state the current asserted claim now establishes. The event coming true is news even with nothing established before.
     */
    static Optional<HistoryEntry> expectationFulfilled(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        Claim claim = current.claim();
        if (modality(claim) != Modality.ASSERTED || polarity(claim) != Polarity.AFFIRMED) {
            return Optional.empty();
        }
        LocalDate day = current.knownAt();
        for (int i = day == null ? before.size() - 1 : firstAfter(before, day) - 1; i >= 0; i--) {
            Claim e = before.get(i).claim();
            if (!sameArticle(e, claim) && e.state().equals(claim.state()) && polarity(e) == Polarity.AFFIRMED
                    && modality(e) == Modality.EXPECTED && !establishesState(e, vocabulary)) {
                return Optional.of(before.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first index whose entry is known on or after {@code day}. */
    private static int firstOnOrAfter(List<HistoryEntry> entries, LocalDate day) {
        return firstKnown(entries, day, true);
    }

    /** The first index whose entry is known after {@code day}. */
    private static int firstAfter(List<HistoryEntry> entries, LocalDate day) {
        return firstKnown(entries, day, false);
    }

    /** Binary search on the history's order: entries without a day, or known before it (or on it, unless included), come first. */
    private static int firstKnown(List<HistoryEntry> entries, LocalDate day, boolean includeDay) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            LocalDate known = entries.get(mid).knownAt();
            if (known == null || (includeDay ? known.isBefore(day) : !known.isAfter(day))) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Incompatible states both established, or one asserted and the other flatly negated. */
    static boolean conflict(Claim a, Claim b, Vocabulary vocabulary) {
        if (establishesState(a, vocabulary) && establishesState(b, vocabulary)) {
            return vocabulary.incompatible(a.state(), b.state());
        }
        if (a.state().equals(b.state())) {
            return (assertsState(a) && assertsNegation(b)) || (assertsNegation(a) && assertsState(b));
        }
        return false;
    }

    private static boolean assertsState(Claim c) {
        return polarity(c) == Polarity.AFFIRMED && modality(c) == Modality.ASSERTED;
    }

    private static boolean assertsNegation(Claim c) {
        return polarity(c) == Polarity.NEGATED && modality(c) == Modality.ASSERTED;
    }

    private Decision recorded(Verdict verdict, ClaimHistory history, HistoryEntry current) {
        return new Decision(verdict, null, history.insert(current, List.of(), maxEntries, maxAlertKeys), List.of());
    }

    private Alert alert(AlertType type, WatchedIssue issue, Vocabulary vocabulary, HistoryEntry previous, HistoryEntry current,
            List<HistoryEntry> before) {
        Claim prev = previous.claim();
        Claim cur = current.claim();
        List<String> corroborating = new ArrayList<>();
        for (String source : sourcesOfState(before, prev.state(), vocabulary)) {
            if (!source.equalsIgnoreCase(nullToEmpty(prev.source()))) {
                corroborating.add(source);
            }
        }
        return new Alert(
                Ids.alertId(type.name(), prev.claimId(), cur.claimId()),
                type,
                cur.issue(),
                issue.name(),
                cur.aspect(),
                summary(type, issue, cur.aspect(), vocabulary, previous, current),
                clock.instant(),
                prev,
                cur,
                List.copyOf(corroborating));
    }

    /** "INF treaty: suspended (2019-02-02, Sydney Morning Herald); earlier: withdrawal announced (2018-10-20, Al Jazeera)". */
    static String summary(AlertType type, WatchedIssue issue, String aspectId, Vocabulary vocabulary, HistoryEntry previous,
            HistoryEntry current) {
        String subject = issue.name();
        if (issue.aspects().size() > 1) {
            subject += ", " + issue.aspect(aspectId).map(a -> a.name() != null ? a.name() : a.id()).orElse(aspectId);
        }
        String now = describe(current, vocabulary);
        String then = describe(previous, vocabulary);
        return type == AlertType.UPDATE
                ? subject + ": " + now + "; earlier: " + then
                : subject + ": " + now + " contradicts " + then;
    }

    private static String describe(HistoryEntry entry, Vocabulary vocabulary) {
        Claim c = entry.claim();
        String label = vocabulary.state(c.state()).map(StateDef::label).orElse(c.state());
        StringBuilder text = new StringBuilder();
        if (polarity(c) == Polarity.NEGATED) {
            text.append("not ");
        }
        boolean planned = vocabulary.state(c.state()).map(StateDef::planned).orElse(false);
        switch (modality(c)) {
            // a planned state already says it is about the future ("scheduled", "withdrawal announced")
            case EXPECTED -> text.append(planned ? "" : "expected ");
            case HEDGED -> text.append("possibly ");
            case DENIED -> text.append("denied: ");
            default -> { }
        }
        text.append(label);
        if (c.attributedTo() != null && !c.attributedTo().isBlank()) {
            text.append(" according to ").append(c.attributedTo().strip());
        }
        text.append(" (").append(shownDate(entry));
        if (c.source() != null && !c.source().isBlank()) {
            text.append(", ").append(c.source().strip());
        }
        return text.append(')').toString();
    }

    /** The date as precisely as it is known: 2019-02-02, 2019-02 or 2019. */
    static String shownDate(HistoryEntry entry) {
        LocalDate date = entry.shownDate();
        if (date == null) {
            return "undated";
        }
        String precision = entry.claim().eventDate() == null ? "day" : entry.claim().eventDatePrecision();
        if ("month".equals(precision)) {
            return date.toString().substring(0, 7);
        }
        if ("year".equals(precision)) {
            return Integer.toString(date.getYear());
        }
        return date.toString();
    }

    private static List<String> sourcesOfState(List<HistoryEntry> entries, String state, Vocabulary vocabulary) {
        Set<String> sources = new LinkedHashSet<>();
        for (HistoryEntry e : entries) {
            if (establishesState(e.claim(), vocabulary) && e.claim().state().equals(state) && e.claim().source() != null) {
                sources.add(e.claim().source().strip());
            }
        }
        return List.copyOf(sources);
    }

    private void validate(Claim claim) {
        if (claim == null) {
            throw new InvalidClaimException("claim is empty");
        }
        requireText(claim.claimId(), "claimId");
        requireText(claim.articleId(), "articleId");
        requireText(claim.issue(), "issue");
        requireText(claim.aspect(), "aspect");
        requireText(claim.state(), "state");
        if (claim.publishedAt() == null && claim.eventDate() == null) {
            throw new InvalidClaimException("claim " + claim.claimId() + " has neither publishedAt nor eventDate, so it has no place in time");
        }
        WatchedIssue issue = watchlist.issue(claim.issue()).orElseThrow(() ->
                new InvalidClaimException("claim " + claim.claimId() + ": unknown issue '" + claim.issue() + "'"));
        if (issue.aspect(claim.aspect()).isEmpty()) {
            throw new InvalidClaimException("claim " + claim.claimId() + ": issue '" + claim.issue() + "' has no aspect '"
                    + claim.aspect() + "'");
        }
        Vocabulary vocabulary = watchlist.vocabulary(claim.issue(), claim.aspect()).orElseThrow(() ->
                new InvalidClaimException("claim " + claim.claimId() + ": aspect '" + claim.aspect() + "' has no vocabulary"));
        if (vocabulary.state(claim.state()).isEmpty()) {
            throw new InvalidClaimException("claim " + claim.claimId() + ": state '" + claim.state() + "' is not in the vocabulary of "
                    + claim.issue() + "/" + claim.aspect());
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidClaimException("claim has no " + field);
        }
    }

    private static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    private static boolean sameArticle(Claim a, Claim b) {
        return Objects.equals(a.articleId(), b.articleId());
    }

    static boolean differentSpeakers(Claim a, Claim b) {
        return a.attributedTo() != null && b.attributedTo() != null && !a.attributedTo().isBlank()
                && !normalise(a.attributedTo()).equals(normalise(b.attributedTo()));
    }

    private static String normalise(String speaker) {
        return speaker.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static Polarity polarity(Claim c) {
        return c.polarity() == null ? Polarity.AFFIRMED : c.polarity();
    }

    private static Modality modality(Claim c) {
        return c.modality() == null ? Modality.ASSERTED : c.modality();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
