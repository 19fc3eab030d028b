package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.analyzeWithSource;
import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static dev.newsmon.extract.service.ExtractorTest.tags;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;

/**
 * The rules added after the blind measurement on the seventh heldout set (README, "Evaluation", heldout7), each tested
 * on sentences written for the test. The vocabulary is read from the watchlist source next to these tests.
 */
class HeldoutRules7Test {

    @Test
    void roundsFreezesAndSwiftRemovalAreSanctionsImposed() {
        AnalyzedArticle round = analyzeWithSource("2024-03-01", "Oligarchs",
                "On Friday Washington and the EU froze the assets of two Russian oligarchs and announced a new round of sanctions on Russia.");
        assertThat(claims(round, "sanctions")).extracting(Claim::state).containsExactly("imposed");
        AnalyzedArticle swift = analyzeWithSource("2024-03-01", "Banks",
                "Britain agreed to cut three more Russian lenders off from SWIFT as part of its sanctions on Moscow.");
        assertThat(claims(swift, "sanctions")).extracting(Claim::state).containsExactly("imposed");
    }

    @Test
    void aProbableMeetingIsProposed() {
        AnalyzedArticle a = analyzeWithSource("2019-05-02", "Japan",
                "Asked about Putin on Tuesday, Trump said the two leaders would probably meet in Japan next month.");
        Claim proposed = claim(a, "summit-meeting", "proposed");
        assertThat(proposed.polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(proposed.modality()).isNotEqualTo(Modality.ASSERTED);
    }

    @Test
    void noDateSetIsNoMeetingPlanned() {
        AnalyzedArticle a = analyzeWithSource("2019-05-02", "Japan",
                "Trump wants to see Putin again, but no date has been set for a meeting.");
        Claim none = claim(a, "summit-meeting", "none-planned");
        assertThat(none.polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void aShelvedMeetingIsPostponed() {
        AnalyzedArticle a = analyzeWithSource("2019-05-02", "Summit",
                "Officials said on Wednesday that the Trump-Putin summit has been put on hold.");
        assertThat(claim(a, "summit-meeting", "postponed").eventDate()).isEqualTo(LocalDate.of(2019, 5, 1));
        AnalyzedArticle shelved = analyzeWithSource("2019-05-02", "Summit",
                "The White House said on Wednesday that the Trump-Putin summit had been shelved for now.");
        assertThat(claims(shelved, "summit-meeting")).extracting(Claim::state).containsExactly("postponed");
    }

    @Test
    void expellingDiplomatsIsSeizure() {
        AnalyzedArticle a = analyzeWithSource("2023-09-08", "Retaliation",
                "Russia said on Thursday it would expel two American diplomats in retaliation.");
        assertThat(claims(a, "diplomatic-property")).extracting(Claim::state).containsExactly("seized");
    }

    @Test
    void aWantedReturnIsADemandNotAReturn() {
        AnalyzedArticle want = analyzeWithSource("2023-09-08", "Compounds",
                "Russian envoys say they want the two diplomatic compounds in New York returned before any wider deal.");
        Claim demanded = claim(want, "diplomatic-property", "return-demanded");
        assertThat(demanded.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(demanded.eventDate()).isEqualTo(LocalDate.of(2023, 9, 8));
        AnalyzedArticle demanding = analyzeWithSource("2023-09-08", "Compounds",
                "Moscow is demanding that the seized diplomatic compounds be handed back, a Russian diplomat said.");
        assertThat(claims(demanding, "diplomatic-property")).extracting(Claim::state).containsExactly("return-demanded");
        // a return that happened stays one
        AnalyzedArticle returned = analyzeWithSource("2023-09-08", "Compounds",
                "The two diplomatic compounds were handed back to Russia on Thursday.");
        assertThat(claims(returned, "diplomatic-property")).extracting(Claim::state).containsExactly("returned");
    }

    @Test
    void denigratingACandidateIsTheAllegation() {
        AnalyzedArticle a = analyzeWithSource("2020-10-09", "Warning",
                "Russia is using its television channels to denigrate the Democratic candidate ahead of the November election, an official "
                        + "said on Thursday, warning of meddling in the campaign.");
        Claim alleged = claim(a, "election-interference", "alleged");
        // "the November election" names the election; Thursday dates the warning
        assertThat(alleged.eventDate()).isEqualTo(LocalDate.of(2020, 10, 8));
    }

    @Test
    void aDateInsideWhatIsConcludedDoesNotDateTheConclusion() {
        AnalyzedArticle a = analyzeWithSource("2021-03-20", "Report",
                "An intelligence report published on Tuesday has revived the row over election interference.\n\n"
                        + "It concluded that Moscow had backed influence operations aimed at denigrating the Democratic candidate in 2020.");
        assertThat(claim(a, "election-interference", "confirmed").eventDate()).isEqualTo(LocalDate.of(2021, 3, 16));
    }

    @Test
    void sinceAYearBoundsASpanAndDatesNoEvent() {
        AnalyzedArticle a = analyzeWithSource("2023-09-08", "Compounds",
                "Russian envoys want the three diplomatic compounds confiscated by Washington since 2017, including the one in Maryland, to be "
                        + "returned, and they repeated the demand at talks in Vienna.");
        assertThat(claim(a, "diplomatic-property", "return-demanded").eventDate()).isEqualTo(LocalDate.of(2023, 9, 8));
    }

    @Test
    void aWeekdayBeforeAPastReportIsTheLastOne() {
        // a Thursday: "On Tuesday ... said" was two days ago, not next Tuesday
        AnalyzedArticle a = analyzeWithSource("2025-10-23", "Plans",
                "On Tuesday a White House official said there were no plans for Trump to meet Putin soon.");
        Claim none = claim(a, "summit-meeting", "none-planned");
        assertThat(none.eventDate()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(none.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aQuestionIsATopicNotTheEvent() {
        AnalyzedArticle a = analyzeWithSource("2025-08-16", "Press",
                "Asked on Friday about new sanctions on Russia, the president said he would decide within two weeks.");
        assertThat(claims(a, "sanctions")).isNotEmpty().allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
    }

    @Test
    void aDateOpeningACoordinateClauseIsThatClauses() {
        // a Thursday: Wednesday is the day before; the date belongs to the sanctions, not to the shelving before the conjunction
        AnalyzedArticle a = analyzeWithSource("2025-10-23", "Budapest",
                "The Trump-Putin summit was shelved last week, and on Wednesday the Treasury imposed sanctions on two Russian oil companies.");
        assertThat(claim(a, "sanctions", "imposed").eventDate()).isEqualTo(LocalDate.of(2025, 10, 22));
        assertThat(claim(a, "summit-meeting", "postponed").eventDate()).isBefore(LocalDate.of(2025, 10, 22));
    }

    @Test
    void anotherLeadersSummitByHisSurnameIsNotTheTwoLeaders() {
        assertThat(tags(analyzeWithSource("2018-04-03", "Summits",
                "The meeting in Moscow was very different from the summits Kim held with Donald Trump in Singapore and Hanoi.")))
                .doesNotContain("summit-meeting");
        assertThat(tags(analyzeWithSource("2025-10-14", "Egypt", "Trump and Sisi held a summit on Gaza in Sharm el-Sheikh on Monday.")))
                .doesNotContain("summit-meeting");
    }

    @Test
    void informationSecurityIsCyber() {
        AnalyzedArticle a = analyzeWithSource("2018-04-03", "Cyber talks", "Moscow proposed new talks with Washington on information security in March.");
        assertThat(claim(a, "cyber", "proposed").eventDate()).isEqualTo(LocalDate.of(2018, 3, 1));
    }

    @Test
    void aReadMoreLineIsNoLeadersMeeting() {
        AnalyzedArticle a = analyzeWithSource("2018-04-03", "Noon briefing", "Markets were calm on Tuesday.\n\n"
                + "Read more: Why the Trump-Putin summit was planned in a hurry");
        assertThat(tags(a)).doesNotContain("summit-meeting");
    }
}
