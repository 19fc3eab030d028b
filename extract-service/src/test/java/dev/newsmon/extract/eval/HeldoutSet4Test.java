package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;

/**
 * Floors on the fourth heldout set (src/test/resources/heldout4): 17 analyses, previews, post-mortems and op-eds of the
 * 2017-2019 Trump-Putin summit cycle, with a sports and a Yemen-truce trap, written before their author read the rules or
 * the other labelled sets (README, "Evaluation", "Fourth heldout set"). The blind baseline was tag F1 0.91 (P 1.00,
 * R 0.83); the floors are what the rules reach now (F1 0.97, P 1.00, R 0.95). It runs with this repository's watchlist
 * source, which the installed events artifact may lag behind.
 */
class HeldoutSet4Test extends LabelledFolderTest {

    HeldoutSet4Test() {
        super("heldout4");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(17);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("08-2018-07-16-sports-weekend.txt").issues()).as("a World Cup final in Moscow").isEmpty();
        assertThat(result.byFile().get("13-2018-12-19-yemen-truce.txt").issues()).as("a truce in Yemen is no Syria ceasefire")
                .noneMatch(t -> t.id().equals("syria-ceasefire"));
        assertThat(result.byFile().get("17-2019-12-06-new-start-offer.txt").issues()).as("a Donbas ceasefire is Ukraine's")
                .noneMatch(t -> t.id().equals("syria-ceasefire"));
    }

    @Test
    void claimsTheExpectedAlertsRestOn() {
        assertThat(claim("02-2017-07-08-hamburg-postmortem.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(claim("03-2017-07-12-ceasefire-holds.txt", "syria-ceasefire", "in-effect").eventDate()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(claim("06-2018-03-28-expulsions-invitation.txt", "diplomatic-property", "seized").eventDate())
                .isEqualTo(LocalDate.of(2018, 3, 26));
        assertThat(claim("07-2018-07-14-helsinki-preview.txt", "syria-ceasefire", "collapsed").modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claim("10-2018-07-27-invitation-postponed.txt", "summit-meeting", "postponed").modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claim("12-2018-11-30-buenos-aires-cancelled.txt", "summit-meeting", "cancelled").modality()).isEqualTo(Modality.ASSERTED);
        Claim suspended = claim("14-2019-02-04-inf-suspended.txt", "inf-treaty", "suspended");
        assertThat(suspended.eventDate()).isEqualTo(LocalDate.of(2019, 2, 2));
        assertThat(suspended.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claim("16-2019-08-03-inf-withdrawn.txt", "inf-treaty", "expired").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void restatementsKeepTheirOwnPastDates() {
        // "since it withdrew from the nuclear agreement with Tehran in May", written in December
        assertThat(claim("13-2018-12-19-yemen-truce.txt", "iran-nuclear", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(claim("17-2019-12-06-new-start-offer.txt", "inf-treaty", "expired").eventDate().getYear()).isEqualTo(2019);
    }
}
