package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Polarity;

/**
 * Floors on the tenth heldout set (src/test/resources/heldout10): 18 think-tank briefs, radio and TV transcripts, Q&A
 * explainers and defence, energy and local trade press from the first Crimea penalties (March 2014) to the expiry of
 * New START (February 2026) and a local football story (October 2026), written blind: before their author read any
 * rule, the watchlist or another labelled set. The blind figures were tag F1 0.92 (P 0.97, R 0.88) and alert F1 0.71
 * (10 of 18 found, none spurious); the misses are ranked by cause in the folder's README. The floors sit a little under
 * the blind figures; the traps that passed and the claims the found alerts rest on are asserted below.
 */
class HeldoutSet10Test extends LabelledFolderTest {

    HeldoutSet10Test() {
        super("heldout10");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("05-goliat-start-up-treaty-exit.txt").issues())
                .as("a field start-up, an industry summit, Italy pulling out of the Energy Charter Treaty").isEmpty();
        assertThat(result.byFile().get("18-local-striker-expelled-league-penalties.txt").issues())
                .as("a striker expelled, league sanctions, an owners' summit, a truce with fans in tatters").isEmpty();
        assertThat(result.byFile().get("04-qa-truce-tatters-sanctions-minsk-link.txt").issues())
                .as("an EU summit in Brussels is no leaders' meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("10-inf-suspended-both-sides-radio.txt").issues())
                .as("Putin meeting his own ministers is no summit").noneMatch(t -> t.id().equals("summit-meeting"));
        for (String file : new String[] {"05-goliat-start-up-treaty-exit.txt", "10-inf-suspended-both-sides-radio.txt",
                "15-qa-istanbul-prisoner-swaps.txt", "18-local-striker-expelled-league-penalties.txt"}) {
            assertThat(result.byFile().get(file).claims()).as(file + ": 'start' as an ordinary word")
                    .noneMatch(c -> c.issue().equals("new-start"));
        }
        assertThat(result.byFile().get("05-goliat-start-up-treaty-exit.txt").issues())
                .as("'start-up' and a treaty exit are no New START").noneMatch(t -> t.id().equals("new-start"));
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("02-sectoral-round-and-inf-accusation.txt", "inf-treaty", "violation-alleged").eventDate())
                .isEqualTo(LocalDate.of(2014, 7, 30));
        assertThat(claim("09-trump-pull-out-inf-defence-trade.txt", "inf-treaty", "withdrawal-announced").eventDate())
                .isEqualTo(LocalDate.of(2018, 10, 20));
        assertThat(claim("10-inf-suspended-both-sides-radio.txt", "inf-treaty", "suspended").eventDate())
                .isEqualTo(LocalDate.of(2019, 2, 2));
        assertThat(claim("11-qa-inf-gone-what-now.txt", "inf-treaty", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(claim("06-caatsa-signed-dacha-staff-cut-brief.txt", "summit-meeting", "held").eventDate())
                .isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(claim("06-caatsa-signed-dacha-staff-cut-brief.txt", "election-interference", "denied").polarity())
                .isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("07-skripal-expulsions-seattle-tv.txt", "diplomatic-property", "seized").eventDate())
                .isEqualTo(LocalDate.of(2018, 3, 26));
        assertThat(claim("13-geneva-ssd-ransomware-defence-trade.txt", "summit-meeting", "held").eventDate())
                .isEqualTo(LocalDate.of(2021, 6, 16));
        assertThat(claim("17-new-start-lapses-radio.txt", "new-start", "expired").eventDate()).isEqualTo(LocalDate.of(2026, 2, 5));
    }
}
