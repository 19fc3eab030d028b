package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;

/**
 * Floors on the fifth heldout set (src/test/resources/heldout5): 18 analyses, previews, explainers and op-eds along one
 * timeline, December 2020 to February 2026, written blind: before their author read any rule, the vocabulary or another
 * labelled set, so that rule changes can be measured on text the rules were not written for. The blind figures were tag
 * F1 0.94 (P 1.00, R 0.88); after the general fixes of HeldoutRules5Test 0.97 (P 1.00, R 0.94), and the floors sit a
 * little under those. The misses still left are listed in the folder's README and are deliberately not asserted here.
 */
class HeldoutSet5Test extends LabelledFolderTest {

    HeldoutSet5Test() {
        super("heldout5");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("02-k2-winter-summit.txt").issues()).as("a mountain summit and 'a new start' for climbers").isEmpty();
        assertThat(result.byFile().get("10-gaza-truce-begins.txt").issues()).as("Gaza and Lebanon ceasefires, the Golan buffer zone").isEmpty();
        assertThat(result.byFile().get("05-geneva-date-set-pipeline-hack.txt").issues()).as("'a new start' in a relationship is no treaty")
                .noneMatch(t -> t.id().equals("new-start"));
        assertThat(result.byFile().get("01-solarwinds-and-the-last-weeks-of-new-start.txt").issues()).as("a Karabakh truce is no Syria ceasefire")
                .noneMatch(t -> t.id().equals("syria-ceasefire"));
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("03-new-start-extended-what-next.txt", "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(claim("07-invasion-summit-off.txt", "summit-meeting", "cancelled").eventDate()).isEqualTo(LocalDate.of(2022, 2, 22));
        assertThat(claim("08-putin-suspends-new-start.txt", "new-start", "suspended").eventDate()).isEqualTo(LocalDate.of(2023, 2, 21));
        assertThat(claim("15-anchorage-no-deal.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(claim("18-new-start-expires.txt", "new-start", "expired").eventDate()).isEqualTo(LocalDate.of(2026, 2, 5));
    }

    @Test
    void claimsTheGeneralFixesRecovered() {
        // the treaty's verb after a long relative clause; the argument for an extension is no extension
        assertThat(claim("01-solarwinds-and-the-last-weeks-of-new-start.txt", "new-start", "extension-uncertain")).isNotNull();
        Claim none = claim("03-new-start-extended-what-next.txt", "summit-meeting", "none-planned");
        assertThat(none.polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(none.modality()).isEqualTo(Modality.ASSERTED);
        Claim held = claim("06-geneva-held-stability-dialogue.txt", "summit-meeting", "held");
        assertThat(held.polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(held.eventDate()).isEqualTo(LocalDate.of(2021, 6, 16));
        assertThat(claim("11-jeddah-thirty-day-proposal.txt", "summit-meeting", "proposed").eventDate()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(result.byFile().get("13-iran-strikes-ceasefire.txt").issues()).anyMatch(t -> t.id().equals("iran-nuclear"));
        assertThat(result.byFile().get("04-sanctions-expulsions-summit-offer.txt").issues()).anyMatch(t -> t.id().equals("election-interference"));
        assertThat(result.byFile().get("17-budapest-shelved-oil-sanctions.txt").issues()).anyMatch(t -> t.id().equals("ukraine"));
    }
}
