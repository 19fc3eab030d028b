package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * {@link AlertRules}' scans that look only at the entries that can qualify (binary search on the history's order)
 * against the plain scans over every entry they replaced, kept here as the reference: on seeded random histories of
 * one aspect, growing past the bound, with claims undated, dated long ago, dated by publication only, month-precise,
 * negated, hedged, from one article or two speakers, the same contradiction, "newer known" answer and latest claim.
 */
class AlertRulesScanTest {

    private static final String[][] ONE_ASPECT = {{"summit-meeting", "meeting"}};
    private static final Vocabulary MEETING = WatchlistLoader.loadDefault().vocabulary("summit-meeting", "meeting").orElseThrow();

    @Test
    void windowedScansAnswerLikeFullScans() {
        int compared = 0;
        int contradictions = 0;
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Claim> claims = new ArrayList<>(HistoryLayoutDifferentialTest.claims(900, random, ONE_ASPECT));
            for (int i = 0; i < claims.size(); i++) {
                if (random.nextInt(12) == 0) {
                    claims.set(i, undatedAndUnpublished(claims.get(i)));
                }
            }
            ClaimHistory history = ClaimHistory.empty("summit-meeting", "meeting");
            for (Claim claim : claims) {
                HistoryEntry current = new HistoryEntry(claim, history.nextArrival());
                List<HistoryEntry> before = history.entries();
                Optional<HistoryEntry> contradiction = AlertRules.findContradiction(before, current, MEETING);
                assertThat(contradiction).isEqualTo(fullScanContradiction(before, current, MEETING));
                assertThat(AlertRules.newerKnown(before, current, MEETING)).isEqualTo(fullScanNewerKnown(before, current, MEETING));
                assertThat(AlertRules.latestKnown(before, current, MEETING)).isEqualTo(fullScanLatest(before, current, MEETING));
                contradictions += contradiction.isPresent() ? 1 : 0;
                compared++;
                if (!history.contains(claim.claimId())) {
                    history = history.insert(current, List.of(), 300, 1000).after();
                }
            }
        }
        assertThat(compared).isEqualTo(6 * 900);
        assertThat(contradictions).as("contradictions among the compared claims").isGreaterThan(100);
    }

    private static Claim undatedAndUnpublished(Claim c) {
        return new Claim(c.claimId(), c.articleId(), c.articleVersion(), c.articleUrl(), c.articleTitle(), c.source(), null, c.issue(),
                c.aspect(), c.state(), c.polarity(), c.modality(), c.attributedTo(), null, null, c.evidence(), c.confidence(), c.ingestedAt());
    }

    // The scans as they were before the windowed versions, word for word.

    private static Optional<HistoryEntry> fullScanContradiction(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        if (!current.dayPrecise() || current.knownAt() == null) {
            return Optional.empty();
        }
        Claim claim = current.claim();
        return before.stream()
                .filter(HistoryEntry::dayPrecise)
                .filter(e -> e.knownAt() != null)
                .filter(e -> Math.abs(ChronoUnit.DAYS.between(e.knownAt(), current.knownAt())) <= vocabulary.contradictionWindowDays())
                .filter(e -> !sameArticle(e.claim(), claim) || AlertRules.differentSpeakers(e.claim(), claim))
                .filter(e -> AlertRules.conflict(e.claim(), claim, vocabulary))
                .min(Comparator
                        .comparingLong((HistoryEntry e) -> Math.abs(ChronoUnit.DAYS.between(e.knownAt(), current.knownAt())))
                        .thenComparing(Comparator.comparingLong(HistoryEntry::arrival).reversed()));
    }

    private static boolean fullScanNewerKnown(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        return before.stream()
                .anyMatch(e -> AlertRules.establishesState(e.claim(), vocabulary) && after(e.knownAt(), current.knownAt()));
    }

    private static Optional<HistoryEntry> fullScanLatest(List<HistoryEntry> before, HistoryEntry current, Vocabulary vocabulary) {
        return before.stream()
                .filter(e -> AlertRules.establishesState(e.claim(), vocabulary))
                .filter(e -> !sameArticle(e.claim(), current.claim()))
                .filter(e -> !after(e.knownAt(), current.knownAt()))
                .max(ClaimHistory.EVENT_TIME);
    }

    private static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    private static boolean sameArticle(Claim a, Claim b) {
        return Objects.equals(a.articleId(), b.articleId());
    }
}
