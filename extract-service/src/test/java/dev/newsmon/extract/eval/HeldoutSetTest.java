package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Modality;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.Extractor;

/**
 * Floors on the heldout set (src/test/resources/heldout): 24 long articles written before their author read the rules,
 * the honest estimate of how the rules generalise (README, "Evaluation"). The floors sit just below what the rules
 * reach today; the blind baseline was tag F1 0.92 (P 0.97, R 0.88).
 */
class HeldoutSetTest extends LabelledFolderTest {

    HeldoutSetTest() {
        super("heldout", new Extractor(WatchlistLoader.loadDefault()));
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(24);
        assertThat(result.mistakes()).as("mistakes").hasSizeLessThanOrEqualTo(10);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.byFile().get("15-harbourline-results.txt").claims()).as("a business distractor claims nothing").isEmpty();
    }

    @Test
    void claimsTheExpectedAlertsRestOn() {
        // a new round of sanctions, dated by its own sentence
        assertThat(claim("23-budapest-shelved-oil-sanctions.txt", "sanctions", "imposed").eventDate()).isEqualTo(LocalDate.of(2025, 10, 22));
        // restated three months later: dated by its sentence's "in October", not by the story day
        assertThat(claim("24-new-start-expires.txt", "summit-meeting", "cancelled").eventDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        // "Bolton said ... would meet in Paris on November 11"
        assertThat(claim("12-inf-withdrawal-announced.txt", "summit-meeting", "scheduled").modality()).isEqualTo(Modality.EXPECTED);
        // "put off ... until next year": put off now, not next year
        assertThat(claim("11-second-meeting-postponed.txt", "summit-meeting", "postponed").eventDate()).isEqualTo(LocalDate.of(2018, 7, 25));
        assertThat(claim("16-biden-putin-call-extension.txt", "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 1, 26));
        assertThat(claim("24-new-start-expires.txt", "new-start", "expired").eventDate()).isEqualTo(LocalDate.of(2026, 2, 5));
    }
}
