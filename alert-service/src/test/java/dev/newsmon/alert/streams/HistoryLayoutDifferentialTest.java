package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.streams.JudgeBench.Layout;
import dev.newsmon.alert.streams.JudgeBench.Result;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * The history stored as small records ({@link ClaimJudge}, {@code claim-history-v2}) against the whole-record judge it
 * replaced ({@link WholeRecordJudge}): over a long randomised claim sequence with duplicates, late arrivals,
 * contradictions (also between two speakers of one article) and both bounds reached, the same verdict for every claim,
 * the same alerts and the same histories as the queries see them, also when the judge is closed and initialised
 * again from its store mid-stream (a task suspended or moved, its cache rebuilt from prefix scans).
 */
class HistoryLayoutDifferentialTest {

    private static final Watchlist WATCHLIST = WatchlistLoader.loadDefault();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
    /** Two issues with two and three aspects (their issue-wide prefix scans must keep the aspects apart) and two more. */
    private static final String[][] ASPECTS = {{"summit-meeting", "meeting"}, {"summit-meeting", "next-meeting"},
            {"ukraine", "peace-process"}, {"ukraine", "envoy"}, {"ukraine", "ceasefire"}, {"inf-treaty", "status"}, {"new-start", "status"}};

    @Test
    void smallBoundsEvictingEntriesAndAlertKeysAllTheTime() {
        AlertRules rules = new AlertRules(WATCHLIST, CLOCK, 25, 8);
        List<Claim> claims = claims(2400, new Random(3));
        int[] restarts = {300, 301, 1111, 1900};
        Result reference = JudgeBench.run(rules, claims, Layout.WHOLE_RECORD, true, new int[0], false);
        assertThat(reference.alerts()).hasSizeGreaterThan(200);
        assertThat(reference.verdicts()).contains(Verdict.values());
        assertThat(reference.histories().values()).allMatch(h -> h.entries().size() == 25 && h.alertKeys().size() == 8);

        assertSame(reference, JudgeBench.run(rules, claims, Layout.RECORDS, true, new int[0], false));
        assertSame(reference, JudgeBench.run(rules, claims, Layout.RECORDS, true, restarts, false));
        assertSame(reference, JudgeBench.run(rules, claims, Layout.RECORDS, false, new int[0], false));
    }

    /** The same through the real topology (RocksDB stores, changelogs, exactly-once); shorter, the test driver commits per record. */
    @Test
    void throughTheTopologyWithRocksDb() {
        AlertRules rules = new AlertRules(WATCHLIST, CLOCK, 12, 4);
        List<Claim> claims = claims(250, new Random(9));
        Result reference = JudgeBench.run(rules, claims, Layout.WHOLE_RECORD, true, new int[0], false);
        assertThat(reference.histories().values()).allMatch(h -> h.entries().size() == 12 && h.alertKeys().size() == 4);
        assertSame(reference, JudgeBench.runTopology(rules, claims, Layout.RECORDS));
    }

    @Test
    void defaultBoundsPastFiveHundredEntriesPerAspect() {
        AlertRules rules = new AlertRules(WATCHLIST, CLOCK, AlertRules.DEFAULT_MAX_ENTRIES);
        List<Claim> claims = claims(1200, new Random(5), new String[][] {ASPECTS[0], ASPECTS[1]});
        Result reference = JudgeBench.run(rules, claims, Layout.WHOLE_RECORD, true, new int[0], false);
        assertThat(reference.histories().values()).allMatch(h -> h.entries().size() == AlertRules.DEFAULT_MAX_ENTRIES);
        assertSame(reference, JudgeBench.run(rules, claims, Layout.RECORDS, true, new int[] {1000, 2100}, false));
    }

    private static void assertSame(Result expected, Result actual) {
        assertThat(actual.verdicts()).isEqualTo(expected.verdicts());
        assertThat(actual.alerts()).isEqualTo(expected.alerts());
        assertThat(actual.histories()).isEqualTo(expected.histories());
    }

    /**
     * Claims over {@link #ASPECTS}, published a few hours apart: 1 to 3 per article (sometimes quoting different
     * people), event dates near the publication day, some months back (late arrivals), some missing; any state of the
     * aspect's vocabulary, mostly affirmed and asserted; and 1 in 15 a re-sent earlier claim.
     */
    static List<Claim> claims(int count, Random random) {
        return claims(count, random, ASPECTS);
    }

    static List<Claim> claims(int count, Random random, String[][] aspects) {
        String[] sources = {"Harbour Post", "Example Wire", "Daily Ledger", "Evening Courier"};
        String[] speakers = {null, null, "the foreign minister", "a spokesperson"};
        Instant start = Instant.parse("2017-01-02T08:00:00Z");
        List<Claim> claims = new ArrayList<>();
        int article = 0;
        int leftInArticle = 0;
        for (int i = 0; claims.size() < count; i++) {
            if (!claims.isEmpty() && random.nextInt(15) == 0) {
                claims.add(claims.get(random.nextInt(claims.size())));
                continue;
            }
            if (leftInArticle == 0) {
                article++;
                leftInArticle = 1 + random.nextInt(3);
            }
            leftInArticle--;
            String[] aspect = aspects[random.nextInt(aspects.length)];
            List<StateDef> states = WATCHLIST.vocabulary(aspect[0], aspect[1]).orElseThrow().states();
            StateDef state = states.get(random.nextInt(states.size()));
            Instant published = start.plus(6L * article, ChronoUnit.HOURS);
            LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
            int when = random.nextInt(10);
            LocalDate eventDate = when < 3 ? null : when == 3 ? day.minusDays(30 + random.nextInt(300)) : day.minusDays(random.nextInt(3));
            String precision = eventDate == null ? null : random.nextInt(12) == 0 ? "month" : "day";
            Polarity polarity = random.nextInt(6) == 0 ? Polarity.NEGATED : Polarity.AFFIRMED;
            Modality modality = random.nextInt(4) == 0 ? Modality.values()[random.nextInt(Modality.values().length)] : Modality.ASSERTED;
            String sentence = "Claim " + i + ": the " + aspect[1] + " of " + aspect[0] + " is " + state.label() + ", officials said.";
            claims.add(new Claim("c-diff-" + i, "a-diff-" + article, 1, "https://diff.newsmon.invalid/" + article, "Article " + article,
                    sources[random.nextInt(sources.length)], published, aspect[0], aspect[1], state.id(), polarity, modality,
                    speakers[random.nextInt(speakers.length)], eventDate, precision, new Evidence(sentence, 0, sentence.length()),
                    0.5 + random.nextInt(50) / 100.0, published.plusSeconds(30)));
        }
        return claims;
    }
}
