package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;

/**
 * Floors on the sixth heldout set (src/test/resources/heldout6): 18 previews, op-eds, commentaries and wire reports along
 * the 2017-2019 US-Russia summit cycle, from Hamburg to Volker's resignation, written blind: before their author read any
 * rule, the watchlist or another labelled set, so that rule changes can be measured on text the rules were not written
 * for. The blind figures were tag F1 0.96 (P 0.98, R 0.94) and alert F1 0.71, and the floors sit a little under the tag
 * figures. The misses are listed by cause in the folder's README and are deliberately not asserted here. After the
 * general rules added for its failure classes (extract-service README, "Sixth heldout set") the floors were raised to
 * just under the new figures, and the claims those rules fixed are asserted too.
 */
class HeldoutSet6Test extends LabelledFolderTest {

    HeldoutSet6Test() {
        super("heldout6");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        // after the rules of branch q6fix: F1 0.97, P 1.00, R 0.94
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("10-world-cup-final-luzhniki.txt").issues())
                .as("a World Cup 'summit', Putin meeting the emir of Qatar").isEmpty();
        assertThat(result.byFile().get("15-hodeidah-truce-begins.txt").issues())
                .as("the Hodeidah truce in Yemen, a UN special envoy, 'a start'").isEmpty();
        assertThat(result.byFile().get("14-kerch-buenos-aires-cancelled.txt").issues())
                .as("influencing Ukraine's own presidential election is no US election interference")
                .noneMatch(t -> t.id().equals("election-interference"));
        assertThat(result.byFile().get("11-helsinki-held-trump-sides-with-putin.txt").issues())
                .as("the Golan separation of forces is no Syria ceasefire").noneMatch(t -> t.id().equals("syria-ceasefire"));
        assertThat(result.byFile().get("09-helsinki-date-set-daraa-falls.txt").claims())
                .as("the Donbas harvest ceasefire is Ukraine's").noneMatch(c -> c.issue().equals("syria-ceasefire")
                        && c.evidence().sentence().contains("harvest"));
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("05-trump-signs-caatsa.txt", "sanctions", "imposed").eventDate()).isEqualTo(LocalDate.of(2017, 8, 2));
        assertThat(claim("07-mueller-indicts-troll-factory.txt", "election-interference", "confirmed").eventDate())
                .isEqualTo(LocalDate.of(2018, 2, 16));
        assertThat(claim("09-helsinki-date-set-daraa-falls.txt", "syria-ceasefire", "collapsed").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("12-washington-visit-pushed-to-next-year.txt", "summit-meeting", "postponed").eventDate())
                .isEqualTo(LocalDate.of(2018, 7, 25));
        assertThat(claim("13-trump-to-quit-inf.txt", "inf-treaty", "withdrawal-announced").eventDate()).isEqualTo(LocalDate.of(2018, 10, 20));
        assertThat(claim("16-inf-suspended-both-sides.txt", "inf-treaty", "suspended").eventDate()).isEqualTo(LocalDate.of(2019, 2, 2));
        assertThat(claim("17-osaka-dmz-iran-stockpile.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2019, 6, 28));
        assertThat(claim("18-volker-quits-inf-gone.txt", "ukraine", "resigned").eventDate()).isEqualTo(LocalDate.of(2019, 9, 27));
        assertThat(claim("18-volker-quits-inf-gone.txt", "inf-treaty", "expired").eventDate()).isEqualTo(LocalDate.of(2019, 8, 2));
        // found alert missed only because an earlier article had the same state: the claim itself is right
        assertThat(claim("02-hamburg-talks-southwest-truce.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(claim("09-helsinki-date-set-daraa-falls.txt", "north-korea", "agreed").eventDate()).isEqualTo(LocalDate.of(2018, 6, 12));
    }

    @Test
    void claimsTheSixthSetsRulesFixed() {
        assertThat(result.byFile().get("08-iran-deal-us-exit-moscow.txt").issues())
                .as("the Trump-Kim summit is not the two leaders'").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(claim("08-iran-deal-us-exit-moscow.txt", "north-korea", "agreed").modality())
                .as("'is seeking an agreement' is a goal").isEqualTo(Modality.HEDGED);
        assertThat(claim("11-helsinki-held-trump-sides-with-putin.txt", "summit-meeting", "held").eventDate())
                .as("'the two leaders met'").isEqualTo(LocalDate.of(2018, 7, 16));
        assertThat(claim("12-washington-visit-pushed-to-next-year.txt", "sanctions", "imposed").modality())
                .as("'new sanctions bills ... are likely to'").isEqualTo(Modality.HEDGED);
        Claim cancelled = claim("14-kerch-buenos-aires-cancelled.txt", "summit-meeting", "cancelled");
        assertThat(cancelled.eventDate()).as("'on Thursday called off', read on a Friday").isEqualTo(LocalDate.of(2018, 11, 29));
        assertThat(cancelled.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(result.byFile().get("01-hamburg-first-encounter-preview.txt").claims())
                .as("'Putin has met three American presidents' is experience").noneMatch(c -> c.evidence().sentence().contains("three American"));
    }
}
