package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.analyzeWithSource;
import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static dev.newsmon.extract.service.ClaimFixtures.find;
import static dev.newsmon.extract.service.ExtractorTest.tags;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;

/**
 * The rules added after the blind measurement on the sixth heldout set (README, "Evaluation", heldout6), each tested
 * on sentences written for the test. The vocabulary is read from the watchlist source next to these tests.
 */
class HeldoutRules6Test {

    @Test
    void anotherCountrysLeaderMakesTheSummitHis() {
        AnalyzedArticle kim = analyzeWithSource("2019-02-20", "Vietnam prepares",
                "Officials in Hanoi are preparing the second summit between Trump and Kim Jong Un, due next week.");
        assertThat(tags(kim)).doesNotContain("summit-meeting");
        AnalyzedArticle xi = analyzeWithSource("2017-04-05", "Florida talks",
                "Trump will host Xi Jinping at Mar-a-Lago for a two-day summit starting on Thursday.");
        assertThat(tags(xi)).doesNotContain("summit-meeting");
        // the two leaders' own meeting is still theirs
        AnalyzedArticle ours = analyzeWithSource("2018-07-17", "Helsinki",
                "Trump and Putin held their first full summit in Helsinki on Monday.");
        assertThat(tags(ours)).contains("summit-meeting");
    }

    @Test
    void leadersWhoSitDownHaveAMeeting() {
        // a Tuesday: Thursday is two days ahead, so the sit-down is still to come
        AnalyzedArticle a = analyzeWithSource("2019-06-25", "Osaka preview",
                "When Donald Trump and Vladimir Putin sit down in Osaka on Thursday, arms control will top the agenda.");
        assertThat(claims(a, "summit-meeting")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
    }

    @Test
    void aBreachedOrExceededLimitIsAViolation() {
        AnalyzedArticle a = analyzeWithSource("2019-07-09", "Enrichment",
                "Iran said it had now exceeded the enrichment ceiling of the nuclear deal, and Tehran's envoy confirmed it on Monday.");
        assertThat(claims(a, "iran-nuclear")).extracting(Claim::state).contains("violation-alleged");
        AnalyzedArticle inf = analyzeWithSource("2017-03-09", "Missile",
                "A senior general told Congress that Russia breached the INF Treaty by deploying a ground-launched cruise missile.");
        assertThat(claims(inf, "inf-treaty")).extracting(Claim::state).contains("violation-alleged");
    }

    @Test
    void talksThatEndWithoutAnAgreementStall() {
        AnalyzedArticle a = analyzeWithSource("2019-10-06", "Stockholm",
                "North Korean negotiators ended the talks in Stockholm without an agreement on Saturday.");
        Claim stalled = claim(a, "north-korea", "stalled");
        assertThat(stalled.polarity()).isEqualTo(dev.newsmon.events.Polarity.AFFIRMED);
        assertThat(claims(a, "north-korea")).extracting(Claim::state).doesNotContain("agreed");
    }

    @Test
    void aGoalOrAnAttemptIsNotTheEvent() {
        AnalyzedArticle seeking = analyzeWithSource("2018-04-20", "Goals",
                "The State Department is seeking an agreement with North Korea on the dismantling of its test sites.");
        assertThat(claims(seeking, "north-korea")).allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
        AnalyzedArticle trying = analyzeWithSource("2020-06-22", "Vienna",
                "Negotiators from both countries are trying to extend New START before it runs out.");
        assertThat(find(trying, "new-start", "extended")).hasValueSatisfying(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
    }

    @Test
    void aPossibilityIsNotTheEvent() {
        AnalyzedArticle a = analyzeWithSource("2020-01-15", "Options",
                "Under its own terms, New START can be extended by up to five years without a vote in the Senate.");
        assertThat(find(a, "new-start", "extended")).hasValueSatisfying(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
    }

    @Test
    void aConditionSetBeforeAnEventIsNoEvent() {
        AnalyzedArticle a = analyzeWithSource("2017-07-26", "The bill",
                "The bill makes the White House ask Congress before easing the sanctions on Russia.");
        assertThat(claims(a, "sanctions")).allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
    }

    @Test
    void aHedgeInThePredicateHedgesTheCueThatOpensTheSubject() {
        AnalyzedArticle likely = analyzeWithSource("2018-08-01", "Congress",
                "New sanctions against Moscow drafted by two senators are likely to pass in September.");
        assertThat(find(likely, "sanctions", "imposed")).hasValueSatisfying(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
        // a cue inside the sentence is no subject: the hedge after it is about something else
        AnalyzedArticle asserted = analyzeWithSource("2018-08-09", "Treasury",
                "The Treasury imposed sanctions on Russia on Wednesday, which may hurt the rouble.");
        assertThat(claim(asserted, "sanctions", "imposed").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aCountedPerfectIsExperienceNotAnEvent() {
        AnalyzedArticle a = analyzeWithSource("2021-06-10", "Profile",
                "Putin has met five American presidents, and Biden has met Putin twice before as vice-president.");
        assertThat(claims(a, "summit-meeting")).extracting(Claim::state).doesNotContain("held");
    }

    @Test
    void aBareWeekdayWithAPastCueIsTheLastSuchDay() {
        // a Friday: "on Thursday" with "called off" is the day before, not the Thursday to come
        AnalyzedArticle a = analyzeWithSource("2019-03-08", "Meeting off",
                "Donald Trump on Thursday called off his planned meeting with Vladimir Putin in Paris, citing the naval incident.");
        Claim cancelled = claim(a, "summit-meeting", "cancelled");
        assertThat(cancelled.eventDate()).isEqualTo(LocalDate.parse("2019-03-07"));
        assertThat(cancelled.modality()).isEqualTo(Modality.ASSERTED);
        // "next Thursday" stays ahead
        AnalyzedArticle next = analyzeWithSource("2019-03-08", "Meeting",
                "Trump and Putin will meet next Thursday in Paris, the Kremlin said.");
        assertThat(claim(next, "summit-meeting", "scheduled").modality()).isNotEqualTo(Modality.ASSERTED);
    }

    @Test
    void aSubjectNamingBothLeadersGivesTheVerbItsParties() {
        AnalyzedArticle a = analyzeWithSource("2021-06-17", "Geneva",
                "Biden arrived at the lakeside villa first. The two presidents met for three hours and agreed to return their ambassadors.");
        assertThat(claims(a, "summit-meeting")).extracting(Claim::state).contains("held");
        // an article about another leader's summit keeps "the two leaders" his
        AnalyzedArticle other = analyzeWithSource("2023-09-14", "Far East",
                "Putin welcomed Kim Jong Un at a space centre in the Far East. The two leaders met for four hours.");
        assertThat(claims(other, "summit-meeting")).isEmpty();
    }
}
