package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Polarity;

/**
 * Floors on the eighth heldout set (src/test/resources/heldout8): 18 press-briefing transcripts, newsletter digests,
 * wires with UPDATE/Correction paragraphs and op-eds from the Daraa offensive of June 2018 to the Normandy summit of
 * December 2019, written blind: before their author read any rule, the watchlist or another labelled set. The blind
 * figures were tag F1 0.95 (P 0.94, R 0.97) and alert F1 0.77; the floors sit a little under them, and the misses are
 * listed by cause in the folder's README. After the fixes (HeldoutRules8Test) tag F1 0.97 and alert F1 0.89; the floors
 * follow those, the blind figures stay the estimate. 02's World Cup "meeting" is still tagged summit-meeting.
 */
class HeldoutSet8Test extends LabelledFolderTest {

    HeldoutSet8Test() {
        super("heldout8");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("14-berkshire-annual-meeting-omaha.txt").issues())
                .as("a company's annual meeting, 'the summit of American capitalism', 'From the start'").isEmpty();
        assertThat(result.byFile().get("02-russia-knock-out-spain-penalties.txt").claims())
                .as("a World Cup match: 'the next meeting', 'the summit of the tournament'").isEmpty();
        assertThat(result.byFile().get("07-digest-kerch-buenos-aires-yemen.txt").issues())
                .as("the Hodeidah truce in Yemen is not Syria's").noneMatch(t -> t.id().equals("syria-ceasefire"));
        assertThat(result.byFile().get("07-digest-kerch-buenos-aires-yemen.txt").claims())
                .noneMatch(c -> c.evidence().sentence().contains("Hodeidah") || c.evidence().sentence().contains("truce"));
        assertThat(result.byFile().get("12-oped-hanoi-walkout.txt").issues())
                .as("Trump and Kim in Hanoi is no US-Russia meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("15-digest-osaka-dmz-new-start.txt").claims())
                .as("the Panmunjom handshake is no US-Russia meeting")
                .noneMatch(c -> c.issue().equals("summit-meeting") && c.evidence().sentence().contains("Kim"));
        assertThat(result.byFile().get("03-monday-brief-daraa-helsinki-pyongyang.txt").claims())
                .as("the NATO summit in Brussels is not the Helsinki meeting")
                .noneMatch(c -> c.evidence().sentence().contains("NATO"));
        assertThat(result.byFile().get("18-oped-normandy-paris-summit-new-start.txt").issues())
                .as("the Normandy summit with Zelensky is no US-Russia meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("17-state-dept-briefing-stockholm-talks.txt").issues())
                .as("a Turkish operation in northern Syria is no ceasefire").noneMatch(t -> t.id().equals("syria-ceasefire"));
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("04-white-house-briefing-helsinki-invitation.txt", "summit-meeting", "held").eventDate())
                .isEqualTo(LocalDate.of(2018, 7, 16));
        assertThat(claim("03-monday-brief-daraa-helsinki-pyongyang.txt", "summit-meeting", "scheduled").aspect()).isEqualTo("meeting");
        assertThat(claim("03-monday-brief-daraa-helsinki-pyongyang.txt", "north-korea", "stalled").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("08-trump-cancels-buenos-aires-putin.txt", "summit-meeting", "cancelled").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("10-rusal-en-plus-delisted-correction.txt", "sanctions", "lifted").eventDate()).isEqualTo(LocalDate.of(2019, 1, 27));
        assertThat(claim("11-us-suspends-inf-russia-mirrors.txt", "inf-treaty", "suspended").eventDate()).isIn(LocalDate.of(2019, 2, 1),
                LocalDate.of(2019, 2, 2));
        assertThat(claim("13-mueller-report-released.txt", "election-interference", "confirmed").eventDate())
                .isEqualTo(LocalDate.of(2019, 4, 18));
        assertThat(claim("15-digest-osaka-dmz-new-start.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2019, 6, 28));
        assertThat(claim("16-inf-treaty-ends-new-start-next.txt", "inf-treaty", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(claim("17-state-dept-briefing-stockholm-talks.txt", "north-korea", "abandoned").eventDate())
                .isEqualTo(LocalDate.of(2019, 10, 5));
        assertThat(claim("18-oped-normandy-paris-summit-new-start.txt", "ukraine", "agreed").eventDate()).isEqualTo(LocalDate.of(2019, 12, 9));
    }
}
