package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.analyzeWithSource;
import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Polarity;

/**
 * The rules added after the blind measurement on the eighth heldout set (README, "Evaluation", heldout8), each tested
 * on sentences written for the test. The vocabulary is read from the watchlist source next to these tests.
 */
class HeldoutRules8Test {

    @Test
    void aDurationAfterAPerfectIsNoCountOfOccasions() {
        AnalyzedArticle weeks = analyzeWithSource("2018-07-09", "Syria ceasefire",
                "The Syrian ceasefire around Idlib has collapsed after less than two weeks of shelling.");
        assertThat(claims(weeks, "syria-ceasefire")).extracting(Claim::state).containsExactly("collapsed");
        AnalyzedArticle days = analyzeWithSource("2018-07-09", "Syria ceasefire",
                "The de-escalation zone in Idlib has broken down after 12 days of shelling, monitors said.");
        assertThat(claims(days, "syria-ceasefire")).extracting(Claim::state).containsExactly("collapsed");
        // a count of occasions stays an experience, not an event
        AnalyzedArticle count = analyzeWithSource("2018-07-09", "Trump-Putin summit",
                "Putin has met four American presidents in the Kremlin.");
        assertThat(claims(count, "summit-meeting")).isEmpty();
    }

    @Test
    void aMeetingThatCouldTakePlaceIsProposed() {
        AnalyzedArticle a = analyzeWithSource("2018-05-14", "Trump-Putin summit",
                "Diplomats say a meeting between Trump and Putin could take place in Vienna in the autumn.");
        assertThat(claim(a, "summit-meeting", "proposed").polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void noDateOrVenueIsNoMeetingPlanned() {
        AnalyzedArticle a = analyzeWithSource("2018-05-14", "Trump-Putin summit",
                "Trump still wants a summit with Putin; no date or place for a meeting has been agreed, an aide said.");
        assertThat(claim(a, "summit-meeting", "none-planned").polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void nextBeforeADayIsADateNotTheNextMeeting() {
        AnalyzedArticle a = analyzeWithSource("2018-05-14", "Trump-Putin summit",
                "Trump and Putin will meet in Vienna next Thursday, the Kremlin said.");
        assertThat(claim(a, "summit-meeting", "scheduled").aspect()).isEqualTo("meeting");
        // the next of a series stays the next meeting
        AnalyzedArticle series = analyzeWithSource("2018-05-14", "Trump-Putin summit",
                "The next Trump-Putin summit will take place in Vienna, the Kremlin said.");
        assertThat(claim(series, "summit-meeting", "scheduled").aspect()).isEqualTo("next-meeting");
    }

    @Test
    void otherLeadersSummitIsNoUsRussiaMeeting() {
        AnalyzedArticle a = analyzeWithSource("2019-12-11", "Paris talks",
                "Putin and Zelensky met for the first time in Paris on Monday, with Macron and Merkel at the table."
                        + " The Normandy format summit ended after eight hours; the four leaders will meet again in the spring.");
        assertThat(ExtractorTest.tags(a)).doesNotContain("summit-meeting");
        assertThat(claims(a, "summit-meeting")).isEmpty();
    }

    @Test
    void aNoCueEndingAListOfNoItemsCountsFromTheList() {
        AnalyzedArticle a = analyzeWithSource("2018-07-09", "North Korea talks",
                "A month after Kim Jong Un promised at the summit in Singapore to work towards denuclearisation of the peninsula,"
                        + " there is no schedule, no list of sites and no agreement on verification.");
        assertThat(claim(a, "north-korea", "stalled").polarity()).isEqualTo(Polarity.AFFIRMED);
        // a plain item before the cue is no list of "no" items
        AnalyzedArticle plain = analyzeWithSource("2018-07-09", "North Korea talks",
                "A month after Kim Jong Un promised at the summit in Singapore to work towards denuclearisation of the peninsula,"
                        + " there is a schedule, a list of sites and no agreement on verification.");
        assertThat(claims(plain, "north-korea")).isEmpty();
    }
}
