package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Modality;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.Extractor;

/** Quality floors on the module's own labelled articles (src/test/resources/labelled), so quality never silently regresses. */
class LabelledSetTest extends LabelledFolderTest {

    LabelledSetTest() {
        super("labelled", new Extractor(WatchlistLoader.loadDefault()));
    }

    @Test
    void tagF1Floor() {
        assertThat(result.analyzed()).hasSize(28);
        assertThat(result.mistakes()).as("mistakes").hasSizeLessThanOrEqualTo(2);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void trapsTagNothing() {
        for (String trap : new String[] {"08-trap-gaza-ceasefire.txt", "10-trap-world-cup-final.txt", "11-trap-earnings-report.txt"}) {
            assertThat(result.byFile().get(trap).issues()).as(trap).isEmpty();
        }
        assertThat(result.byFile().get("09-trap-ukraine-energy-ceasefire.txt").issues()).extracting(t -> t.id())
                .doesNotContain("syria-ceasefire");
    }

    @Test
    void treatyStatesAndDates() {
        assertThat(claim("01-new-start-extended-2021.txt", "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(claim("02-new-start-expired-2026.txt", "new-start", "expired").eventDate()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(claim("02-new-start-expired-2026.txt", "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(claim("03-new-start-suspended-2023.txt", "new-start", "suspended").attributedTo()).isEqualTo("President Vladimir Putin");
        assertThat(claim("04-inf-withdrawal-announced-2018.txt", "inf-treaty", "withdrawal-announced").modality()).isEqualTo(Modality.EXPECTED);
        assertThat(claim("05-inf-withdrawn-2019.txt", "inf-treaty", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(claim("28-restated-inf-background.txt", "inf-treaty", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(claim("26-hedged-new-start.txt", "new-start", "suspended").modality()).isEqualTo(Modality.HEDGED);
    }

    @Test
    void ceasefireMeetingAndOtherStates() {
        assertThat(claim("06-syria-southwest-ceasefire-agreed.txt", "syria-ceasefire", "agreed").attributedTo()).contains("Tillerson");
        assertThat(claim("25-noisy-ceasefire-in-effect.txt", "syria-ceasefire", "in-effect").eventDate()).isEqualTo(LocalDate.of(2017, 7, 9));
        claim("07-syria-daraa-truce-collapsed-2018.txt", "syria-ceasefire", "collapsed");
        claim("09-trap-ukraine-energy-ceasefire.txt", "ukraine", "agreed");
        assertThat(claim("21-helsinki-summit-2018.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2018, 7, 16));
        claim("22-buenos-aires-cancelled-2018.txt", "summit-meeting", "cancelled");
        assertThat(claim("23-no-meeting-planned.txt", "summit-meeting", "none-planned").aspect()).isEqualTo("next-meeting");
        claim("24-ukraine-envoy-volker-resigns.txt", "ukraine", "resigned");
        claim("13-north-korea-hanoi-2019.txt", "north-korea", "stalled");
        claim("14-election-interference-indictment-2018.txt", "election-interference", "confirmed");
        claim("15-cyber-geneva-2021.txt", "cyber", "agreed");
        claim("16-sanctions-oligarchs-2018.txt", "sanctions", "imposed");
        claim("17-sanctions-eu-extended.txt", "sanctions", "extended");
        claim("18-diplomatic-compounds-2016.txt", "diplomatic-property", "seized");
        claim("19-diplomatic-property-return-demanded-2017.txt", "diplomatic-property", "return-demanded");
        assertThat(claim("20-iran-withdrawal-2018.txt", "iran-nuclear", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2018, 5, 8));
    }
}
