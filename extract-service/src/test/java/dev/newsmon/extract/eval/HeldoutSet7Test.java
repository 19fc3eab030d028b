package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Polarity;

/**
 * Floors on the seventh heldout set (src/test/resources/heldout7): 18 wire reports, a live blog, an explainer, previews
 * and market pieces from the 2018 expulsions to the shelved Budapest meeting of October 2025, written blind: before
 * their author read any rule, the watchlist or another labelled set, so that rule changes can be measured on text the
 * rules were not written for. The blind figures were tag F1 0.97 (P 0.94, R 1.00) and alert F1 0.70; the misses are
 * listed by cause in the folder's README. After the general rules of HeldoutRules7Test the set reads tag F1 1.00 and
 * alert F1 0.96, and the floors sit a little under that; the claims those rules fixed are asserted below.
 */
class HeldoutSet7Test extends LabelledFolderTest {

    HeldoutSet7Test() {
        super("heldout7");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void trapsTagNothingTheyShouldNot() {
        assertThat(result.byFile().get("06-moscow-exchange-retail-boom.txt").issues())
                .as("a Moscow market story: 'a strong start', 'the retail summit', an annual meeting").isEmpty();
        assertThat(result.byFile().get("02-idlib-ceasefire-moscow-deal.txt").issues())
                .as("Putin meeting Erdogan is no US-Russia meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("17-gaza-ceasefire-hostages-sharm-summit.txt").issues())
                .as("the Gaza ceasefire is neither Syria's nor Ukraine's")
                .noneMatch(t -> t.id().equals("syria-ceasefire") || t.id().equals("ukraine"));
        assertThat(result.byFile().get("17-gaza-ceasefire-hostages-sharm-summit.txt").claims()).isEmpty();
        assertThat(result.byFile().get("05-idlib-camp-strike-truce-broken.txt").claims())
                .as("the Armenia-Azerbaijan truce is not Syria's").noneMatch(c -> c.evidence().sentence().contains("Armenia"));
        assertThat(result.byFile().get("04-evanina-election-threat-statement.txt").issues())
                .as("Iran meddling in an election is no nuclear story").noneMatch(t -> t.id().equals("iran-nuclear"));
        for (String file : new String[] {"03-vienna-arms-talks-empty-chairs.txt", "06-moscow-exchange-retail-boom.txt",
                "13-putin-kim-pyongyang-pact.txt", "14-riyadh-istanbul-embassy-talks.txt", "17-gaza-ceasefire-hostages-sharm-summit.txt"}) {
            assertThat(result.byFile().get(file).claims()).as(file + ": 'start' as an ordinary word")
                    .noneMatch(c -> c.issue().equals("new-start"));
        }
        assertThat(result.byFile().get("13-putin-kim-pyongyang-pact.txt").issues()).as("'start of a new phase'")
                .noneMatch(t -> t.id().equals("new-start"));
        assertThat(result.byFile().get("13-putin-kim-pyongyang-pact.txt").issues()).as("the summits Kim held with Trump")
                .noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("17-gaza-ceasefire-hostages-sharm-summit.txt").issues()).as("a summit chaired by Trump and Sisi")
                .noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("10-geneva-summit-live.txt").claims()).as("a 'Read more:' link is no text")
                .noneMatch(c -> c.evidence().sentence().startsWith("Read more"));
    }

    @Test
    void claimsTheHeldoutRules7Fixed() {
        assertThat(claim("11-invasion-swift-sanctions-belarus-talks.txt", "sanctions", "imposed").eventDate())
                .isIn(LocalDate.of(2022, 2, 24), LocalDate.of(2022, 2, 26));
        assertThat(claim("14-riyadh-istanbul-embassy-talks.txt", "diplomatic-property", "return-demanded").modality())
                .isEqualTo(dev.newsmon.events.Modality.ASSERTED);
        assertThat(result.byFile().get("14-riyadh-istanbul-embassy-talks.txt").claims()).noneMatch(c -> c.state().equals("returned"));
        assertThat(claim("14-riyadh-istanbul-embassy-talks.txt", "summit-meeting", "proposed").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("14-riyadh-istanbul-embassy-talks.txt", "summit-meeting", "none-planned").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("09-biden-sanctions-expulsions-solarwinds.txt", "diplomatic-property", "seized").eventDate())
                .isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(claim("09-biden-sanctions-expulsions-solarwinds.txt", "cyber", "proposed").eventDate()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(claim("04-evanina-election-threat-statement.txt", "election-interference", "alleged").eventDate())
                .isEqualTo(LocalDate.of(2020, 8, 7));
        assertThat(claim("09-biden-sanctions-expulsions-solarwinds.txt", "election-interference", "confirmed").eventDate())
                .isAfter(LocalDate.of(2020, 8, 7));
        assertThat(claim("18-budapest-shelved-rosneft-lukoil.txt", "summit-meeting", "postponed").modality())
                .isEqualTo(dev.newsmon.events.Modality.ASSERTED);
        assertThat(claim("18-budapest-shelved-rosneft-lukoil.txt", "summit-meeting", "none-planned").eventDate())
                .isEqualTo(LocalDate.of(2025, 10, 21));
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("02-idlib-ceasefire-moscow-deal.txt", "syria-ceasefire", "in-effect").eventDate()).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(claim("05-idlib-camp-strike-truce-broken.txt", "syria-ceasefire", "violated").eventDate()).isEqualTo(LocalDate.of(2020, 10, 26));
        assertThat(claim("07-new-start-extended-five-years.txt", "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(claim("09-biden-sanctions-expulsions-solarwinds.txt", "summit-meeting", "proposed").eventDate())
                .isEqualTo(LocalDate.of(2021, 4, 13));
        assertThat(claim("09-biden-sanctions-expulsions-solarwinds.txt", "sanctions", "imposed").eventDate()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(claim("10-geneva-summit-live.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2021, 6, 16));
        assertThat(claim("10-geneva-summit-live.txt", "cyber", "agreed").polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(claim("12-putin-suspends-new-start.txt", "new-start", "suspended").eventDate()).isEqualTo(LocalDate.of(2023, 2, 21));
        assertThat(claim("15-anchorage-summit-no-deal.txt", "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(claim("08-iran-natanz-sixty-percent-vienna.txt", "iran-nuclear", "violation-alleged").polarity()).isEqualTo(Polarity.AFFIRMED);
    }
}
