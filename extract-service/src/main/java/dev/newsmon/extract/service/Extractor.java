package dev.newsmon.extract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.IssueTag;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.extract.service.PhraseIndex.Hit;
import dev.newsmon.extract.service.PhraseIndex.Role;
import dev.newsmon.extract.text.ArticleText;
import dev.newsmon.extract.text.DateResolver;
import dev.newsmon.extract.text.DateResolver.DateMention;
import dev.newsmon.extract.text.Sentence;

/**
 * The analysis of one article: which watched issues it substantively mentions ({@link IssueTag}) and
 * what it claims about each ({@link Claim}). Pure and thread-safe: the same article always gives the
 * same result (apart from {@code analyzedAt}), so reprocessing after a crash yields the same claim ids.
 *
 * <h2>Tagging</h2>
 * A sentence mentions an issue through a strong alias, or a weak alias confirmed by a context word in
 * the same sentence or, failing that, the nearest of the three previous sentences that has a context or
 * an exclude word (an exclude word in the sentence itself vetoes it). Each mentioning sentence weighs
 * 1.0 (strong), 0.8 (weak, confirmed in the sentence), 0.7 (confirmed nearby) or 0.4 (confirmed only
 * by context elsewhere in the article), plus 0.5 when it also says something about the issue (one of
 * its state cues). Headings and captions weigh 0.6 of that. The title adds 1.0. An issue is tagged when
 * the total reaches {@link #TAG_THRESHOLD}: one substantive sentence, or a sentence and the title, or
 * two plain mentions; a single passing mention ("interference in Ukraine, Europe and elsewhere") is not
 * enough.
 *
 * <h2>Claims</h2>
 * See {@link ClaimRules}; afterwards {@link #consolidate} keeps, per issue and aspect, one claim per
 * event date and drops claims the article itself contradicts, so one article never alerts against itself.
 */
public final class Extractor {

    /** Characters of text analysed; the rest of a longer article is ignored and the result flagged truncated. */
    public static final int DEFAULT_MAX_CHARS = 100_000;
    static final double TAG_THRESHOLD = 1.15;
    /**
     * Claims only for issues the article is about, not for those it brushes past: a strong alias with a
     * state cue, a weak one confirmed in its sentence with a state cue (1.3 raw, score 0.26), or more. A lone "not expanded sanctions ... on North Korea" in a
     * piece about something else tags sanctions as a passing mention but asserts nothing about them.
     */
    static final double CLAIM_MIN_SCORE = 0.25;
    private static final int LOOKBACK_SENTENCES = 3;
    private static final int MAX_EVIDENCE = 3;

    private static final Comparator<ClaimRules.Candidate> BY_START_THEN_ASPECT = Comparator.comparingInt(ClaimRules.Candidate::start)
            .thenComparing(ClaimRules.Candidate::aspectId);

    private final Watchlist watchlist;
    private final PhraseIndex index;
    private final ClaimRules claimRules;
    private final int maxChars;
    private final Clock clock;
    /** Per issue and aspect index: the aspect's id, and the key {@link #consolidate} groups by. */
    private final String[][] aspectIds;
    private final String[][] aspectKeys;
    /**
     * Per vocabulary of the watchlist (by identity), each state's incompatible states: {@link Vocabulary#incompatible} is a
     * stream over the pairs, built for every pair of candidates {@link #clashes} compares. Vocabularies with a pair that is
     * not two non-null states are left out and asked directly.
     */
    private final Map<Vocabulary, Map<String, Set<String>>> incompatibleStates = new IdentityHashMap<>();

    public Extractor(Watchlist watchlist) {
        this(watchlist, DEFAULT_MAX_CHARS, Clock.systemUTC());
    }

    public Extractor(Watchlist watchlist, int maxChars, Clock clock) {
        this.watchlist = Objects.requireNonNull(watchlist, "watchlist");
        this.index = new PhraseIndex(watchlist);
        this.claimRules = new ClaimRules(watchlist);
        this.maxChars = maxChars;
        this.clock = clock;
        int issues = watchlist.issues().size();
        this.aspectIds = new String[issues][];
        this.aspectKeys = new String[issues][];
        for (int i = 0; i < issues; i++) {
            List<dev.newsmon.events.watchlist.Aspect> aspects = watchlist.issues().get(i).aspects();
            aspectIds[i] = new String[aspects.size()];
            aspectKeys[i] = new String[aspects.size()];
            for (int k = 0; k < aspects.size(); k++) {
                aspectIds[i][k] = aspects.get(k).id();
                aspectKeys[i][k] = i + "/" + aspects.get(k).id();
            }
        }
        for (Vocabulary vocabulary : watchlist.vocabularies().values()) {
            Map<String, Set<String>> partners = new HashMap<>();
            boolean pairs = true;
            for (List<String> pair : vocabulary.incompatible()) {
                if (pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
                    pairs = false;
                    break;
                }
                partners.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
                partners.computeIfAbsent(pair.get(1), k -> new HashSet<>()).add(pair.get(0));
            }
            if (pairs) {
                incompatibleStates.put(vocabulary, partners);
            }
        }
    }

    public Watchlist watchlist() {
        return watchlist;
    }

    public AnalyzedArticle analyze(RawArticle article) {
        Objects.requireNonNull(article, "article");
        if (article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("article has no id");
        }
        String text = article.text() != null && !article.text().isBlank() ? article.text()
                : article.summary() != null ? article.summary() : "";
        ArticleText.Prepared prepared = ArticleText.prepare(text, article.title(), maxChars);
        String matchText = Lexicon.normalise(text);
        HitList hits = index.scan(matchText, text, prepared.analysedChars());
        LocalDate published = publicationDay(article);

        int issueCount = watchlist.issues().size();
        List<Sentence> sentences = prepared.sentences();
        SentenceView[] views = new SentenceView[sentences.size()];
        SentenceView.Blank blank = new SentenceView.Blank(issueCount);
        int h = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            while (h < hits.size() && hits.get(h).start() < sentence.start()) {
                h++;
            }
            int k = h;
            int outside = 0; // hits that start in the sentence and end after it (rare): not the sentence's
            while (k < hits.size() && hits.get(k).start() < sentence.end()) {
                if (hits.get(k).end() > sentence.end()) {
                    outside++;
                }
                k++;
            }
            HitList own = outside == 0 ? hits.slice(h, k) : ownHits(hits, h, k, k - h - outside, sentence.end());
            views[s] = new SentenceView(sentence, matchText, own, blank);
        }

        boolean[] articleContext = new boolean[issueCount];
        boolean[] articleExclude = new boolean[issueCount];
        for (SentenceView v : views) {
            for (int i = 0; i < issueCount; i++) {
                articleContext[i] |= v.context[i];
                articleExclude[i] |= v.exclude[i];
            }
        }
        for (int s = 0; s < views.length; s++) {
            views[s].confirmMentions(views, s, LOOKBACK_SENTENCES, articleContext, articleExclude, claimRules);
        }
        for (int s = 0; s < views.length; s++) {
            views[s].confirmJointSubjectVerbs(articleExclude, claimRules);
        }
        for (int s = 0; s < views.length; s++) {
            if (views[s].sentence.claimable()) {
                views[s].resolveAnaphors(views, s, claimRules);
            }
        }

        LocalDate storyDate = storyDate(text, views, published);
        TitleView title = titleView(article.title(), issueCount);
        List<IssueTag> tags = new ArrayList<>();
        boolean[] claimable = new boolean[issueCount];
        for (int i = 0; i < issueCount; i++) {
            IssueTag tag = tag(i, views, title);
            if (tag != null) {
                tags.add(tag);
                claimable[i] = tag.score() >= CLAIM_MIN_SCORE;
            }
        }
        tags.sort(Comparator.comparingDouble(IssueTag::score).reversed().thenComparing(IssueTag::id));

        // the tags do not depend on the claims, so claims are looked for only for the issues that may carry them: the
        // others' candidates (dates, speakers, clause tests) were computed and then dropped
        List<ClaimRules.Candidate> ofTaggedIssues = new ArrayList<>();
        for (int s = 0; s < views.length; s++) {
            if (views[s].sentence.claimable()) {
                ofTaggedIssues.addAll(claimRules.claims(views, s, published, storyDate, claimable));
            }
        }
        List<ClaimRules.Candidate> kept = consolidate(ofTaggedIssues, published);
        kept.sort(BY_START_THEN_ASPECT); // stable, as the stream's sort was: ties keep consolidate's order
        List<Claim> claims = new ArrayList<>(kept.size());
        for (ClaimRules.Candidate c : kept) {
            claims.add(c.toClaim(article, watchlist));
        }
        claims = List.copyOf(claims);
        return new AnalyzedArticle(article.id(), article.version(), article.url(), article.title(), article.source(),
                article.publishedAt(), Instant.now(clock), article.fetchedAt(), prepared.truncated(), tags, claims);
    }

    /** The hits of {@code hits[from, to)} that end by {@code end}, in their order. */
    private static HitList ownHits(HitList hits, int from, int to, int count, int end) {
        Hit[] own = new Hit[count];
        int n = 0;
        for (int k = from; k < to; k++) {
            if (hits.get(k).end() <= end) {
                own[n++] = hits.get(k);
            }
        }
        return new HitList(own, 0, n);
    }

    static LocalDate publicationDay(RawArticle article) {
        Instant when = article.publishedAt() != null ? article.publishedAt() : article.fetchedAt();
        return when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
    }

    /**
     * The day the article's story is about: the first day-precise date in its running text that falls in
     * the two weeks up to publication ("On July 7, the summit ..." in an analysis published on the 10th).
     * Undated past events are dated on it; a restated event then keeps its day instead of looking new.
     */
    static LocalDate storyDate(String text, SentenceView[] views, LocalDate published) {
        if (published == null) {
            return null;
        }
        for (SentenceView v : views) {
            if (v.sentence.kind() != Sentence.Kind.BODY) {
                continue;
            }
            for (DateMention d : v.dates(text, published)) {
                if (DateResolver.DAY.equals(d.precision()) && !d.date().isAfter(published) && !d.date().isBefore(published.minusDays(14))) {
                    return d.date();
                }
            }
        }
        return null;
    }

    private record TitleView(boolean[] strong, boolean[] weak, int[] count) {
    }

    private TitleView titleView(String title, int issueCount) {
        boolean[] strong = new boolean[issueCount];
        boolean[] weak = new boolean[issueCount];
        int[] count = new int[issueCount];
        if (title == null || title.isBlank()) {
            return new TitleView(strong, weak, count);
        }
        String match = Lexicon.normalise(title);
        HitList hits = index.scan(match, title, match.length());
        boolean[] context = new boolean[issueCount];
        boolean[] exclude = new boolean[issueCount];
        for (Hit hit : hits) {
            switch (hit.entry().role()) {
                case CONTEXT -> context[hit.entry().issue()] = true;
                case EXCLUDE -> exclude[hit.entry().issue()] = true;
                default -> {
                }
            }
        }
        for (Hit hit : hits) {
            int i = hit.entry().issue();
            if (hit.entry().role() == Role.ALIAS || hit.entry().role() == Role.EXACT_ALIAS) {
                strong[i] = true;
                count[i]++;
            } else if (hit.entry().role() == Role.WEAK_ALIAS && context[i] && !exclude[i]
                    && !SentenceView.verbAlias(hit, hits, claimRules)) { // a verb ("met") needs its parties, see SentenceView
                weak[i] = true;
                count[i]++;
            }
        }
        return new TitleView(strong, weak, count);
    }

    private record Scored(int sentence, double weight) {
    }

    private static final Comparator<Scored> BY_WEIGHT_THEN_SENTENCE = Comparator.comparingDouble(Scored::weight).reversed()
            .thenComparingInt(Scored::sentence);

    private IssueTag tag(int issue, SentenceView[] views, TitleView title) {
        double raw = title.strong()[issue] ? 1.0 : title.weak()[issue] ? 0.7 : 0.0;
        int mentions = title.count()[issue];
        List<Scored> scored = new ArrayList<>();
        for (int s = 0; s < views.length; s++) {
            SentenceView v = views[s];
            double w = v.mentionWeight[issue];
            if (w <= 0) {
                continue;
            }
            mentions += v.mentionCount[issue];
            if (v.sentence.kind() != Sentence.Kind.BODY) {
                w *= 0.6;
            } else if (v.hasCueFor(issue, claimRules)) {
                w += 0.5;
            }
            raw += w;
            scored.add(new Scored(s, w));
        }
        if (raw < TAG_THRESHOLD) {
            return null;
        }
        scored.sort(BY_WEIGHT_THEN_SENTENCE);
        List<String> evidence = new ArrayList<>(Math.min(MAX_EVIDENCE, scored.size()));
        for (int k = 0; k < scored.size() && k < MAX_EVIDENCE; k++) {
            evidence.add(views[scored.get(k).sentence()].evidence());
        }
        evidence = List.copyOf(evidence);
        double score = Math.round(Math.min(1.0, raw / 5.0) * 1000) / 1000.0;
        return new IssueTag(watchlist.issues().get(issue).id(), score, mentions, evidence);
    }

    /**
     * Per issue and aspect: one claim per event date (the state the article supports most on that date),
     * then no two claims the vocabulary calls incompatible within its contradiction window. The article
     * is one voice; its background remarks ("the long-delayed meeting") must not contradict its news.
     */
    List<ClaimRules.Candidate> consolidate(List<ClaimRules.Candidate> candidates, LocalDate published) {
        // plain loops rather than streams and comparator chains: this runs for every article and the pipelines showed in
        // the profile; the maps stay hash maps keyed as before, since their iteration order decides ties further on (the
        // keys are the same strings, built once per watchlist instead of once per candidate)
        Map<String, List<ClaimRules.Candidate>> byAspect = new HashMap<>();
        for (ClaimRules.Candidate c : candidates) {
            byAspect.computeIfAbsent(aspectKey(c), k -> new ArrayList<>()).add(c);
        }
        List<ClaimRules.Candidate> kept = new ArrayList<>();
        for (List<ClaimRules.Candidate> group : byAspect.values()) {
            if (group.size() == 1) {
                kept.add(group.get(0)); // one date, one winner, nothing to clash with
                continue;
            }
            Map<LocalDate, List<ClaimRules.Candidate>> byDate = new HashMap<>();
            for (ClaimRules.Candidate c : group) {
                byDate.computeIfAbsent(c.eventDate() == null ? LocalDate.MIN : c.eventDate(), k -> new ArrayList<>()).add(c);
            }
            List<Best> winners = new ArrayList<>(byDate.size());
            for (List<ClaimRules.Candidate> sameDay : byDate.values()) {
                double[] supportOf = support(sameDay);
                // the maximum by (support, confidence, earlier start); on a tie the first stays, as Stream.max keeps it
                int best = 0;
                for (int k = 1; k < sameDay.size(); k++) {
                    if (beats(sameDay.get(k), supportOf[k], sameDay.get(best), supportOf[best])) {
                        best = k;
                    }
                }
                winners.add(new Best(sameDay.get(best), supportOf[best]));
            }
            winners.sort(BY_SUPPORT_THEN_START);
            List<ClaimRules.Candidate> accepted = new ArrayList<>();
            for (Best b : winners) {
                ClaimRules.Candidate c = b.claim();
                if (!clashes(c, accepted, published)) {
                    accepted.add(c);
                }
            }
            kept.addAll(accepted);
        }
        return kept;
    }

    /** {@code issue + "/" + aspectId}, the key {@link #consolidate} groups by, from the table built with the extractor. */
    private String aspectKey(ClaimRules.Candidate c) {
        String[] keys = aspectKeys[c.issue()];
        if (c.aspect() >= 0 && c.aspect() < keys.length && c.aspectId().equals(aspectIds[c.issue()][c.aspect()])) {
            return keys[c.aspect()];
        }
        return c.issue() + "/" + c.aspectId();
    }

    /**
     * Per candidate of one day, the support of the state it states: the strongest statement of that state, plus a little for
     * each restatement; a denial weighs less than an affirmation. The states are told apart by {@code stateKey()} and their
     * support summed in the candidates' order, as a {@code Map.merge} over the keys did, without building the keys.
     */
    static double[] support(List<ClaimRules.Candidate> sameDay) {
        int n = sameDay.size();
        double[] support = new double[n];
        int[] first = new int[n]; // the first candidate with the same state key: where its support is summed
        for (int k = 0; k < n; k++) {
            ClaimRules.Candidate c = sameDay.get(k);
            double w = c.confidence() * (c.polarityAffirmed() ? 1.0 : 0.8);
            int same = 0;
            while (same < k && !(first[same] == same && sameStateKey(sameDay.get(same), c))) {
                same++;
            }
            first[k] = same;
            support[same] = same == k ? w : Math.max(support[same], w) + 0.1;
        }
        double[] supportOf = new double[n];
        for (int k = 0; k < n; k++) {
            supportOf[k] = support[first[k]];
        }
        return supportOf;
    }

    /** {@code a.stateKey().equals(b.stateKey())}: the state, with "/negated" appended when negated. */
    private static boolean sameStateKey(ClaimRules.Candidate a, ClaimRules.Candidate b) {
        String aState = String.valueOf(a.state());
        String bState = String.valueOf(b.state());
        if (a.polarityAffirmed() == b.polarityAffirmed()) {
            return aState.equals(bState);
        }
        String affirmed = a.polarityAffirmed() ? aState : bState;
        String negated = a.polarityAffirmed() ? bState : aState;
        return affirmed.length() == negated.length() + NEGATED.length() && affirmed.startsWith(negated) && affirmed.endsWith(NEGATED);
    }

    private static final String NEGATED = "/negated";

    private record Best(ClaimRules.Candidate claim, double support) {
    }

    private static final Comparator<Best> BY_SUPPORT_THEN_START = (a, b) -> {
        int bySupport = Double.compare(b.support(), a.support());
        return bySupport != 0 ? bySupport : Integer.compare(a.claim().start(), b.claim().start());
    };

    /** {@code c} ranks strictly above {@code best}: more support, then more confidence, then an earlier start. */
    private static boolean beats(ClaimRules.Candidate c, double cSupport, ClaimRules.Candidate best, double bestSupport) {
        int bySupport = Double.compare(cSupport, bestSupport);
        if (bySupport != 0) {
            return bySupport > 0;
        }
        int byConfidence = Double.compare(c.confidence(), best.confidence());
        if (byConfidence != 0) {
            return byConfidence > 0;
        }
        return c.start() < best.start();
    }

    /** Both affirmed, incompatible states, within the vocabulary's contradiction window of each other. */
    private boolean clashes(ClaimRules.Candidate c, List<ClaimRules.Candidate> accepted, LocalDate published) {
        for (ClaimRules.Candidate a : accepted) {
            // the vocabulary's pair list (a stream over its pairs) asked last: the other two conditions are cheaper and pure
            if (a.polarityAffirmed() && c.polarityAffirmed()
                    && Math.abs(daysBetween(a.eventDate(), c.eventDate(), published)) <= c.vocabulary().contradictionWindowDays()
                    && incompatible(c.vocabulary(), a.state(), c.state())) {
                return true;
            }
        }
        return false;
    }

    /** {@code vocabulary.incompatible(a, b)}, from the table built with the extractor when the vocabulary is the watchlist's. */
    boolean incompatible(Vocabulary vocabulary, String a, String b) {
        Map<String, Set<String>> partners = incompatibleStates.get(vocabulary);
        if (partners == null) {
            return vocabulary.incompatible(a, b);
        }
        Set<String> ofA = partners.get(a);
        return ofA != null && ofA.contains(b);
    }

    private static long daysBetween(LocalDate a, LocalDate b, LocalDate published) {
        LocalDate x = a != null ? a : published;
        LocalDate y = b != null ? b : published;
        if (x == null || y == null) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(x, y);
    }

    /** Issue ids in watchlist order, for callers that report per issue. */
    public List<String> issueIds() {
        return watchlist.issues().stream().map(WatchedIssue::id).toList();
    }
}
