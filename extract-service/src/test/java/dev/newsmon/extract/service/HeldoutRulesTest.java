package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static dev.newsmon.extract.service.ExtractorTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;

/**
 * The rules added after the blind measurement on the heldout set (README, "Evaluation"): each one is a property of
 * English news writing, tested here on sentences written for the test.
 */
class HeldoutRulesTest {

    @Test
    void anUndatedEventTakesTheDateOfItsSentenceBeforeTheStoryDay() {
        AnalyzedArticle a = analyze("2026-02-06", "Arms control ends",
                "The last arms treaty between Washington and Moscow lapsed on Thursday. "
                        + "A summit between Trump and Putin announced in October was called off within a week, the Kremlin said. "
                        + "No new summit between Trump and Putin is planned.");
        Claim cancelled = claim(a, "summit-meeting", "cancelled");
        assertThat(cancelled.eventDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(cancelled.eventDatePrecision()).isEqualTo("month");
    }

    @Test
    void thePastPerfectOfReportedSpeechIsNotBackground() {
        AnalyzedArticle reported = analyze("2018-03-27", "Summit invitation",
                "Kremlin aide Yuri Ushakov said that Trump had invited Putin to a summit in Washington during their call.");
        assertThat(claim(reported, "summit-meeting", "proposed").modality()).isEqualTo(Modality.ASSERTED);
        AnalyzedArticle narrated = analyze("2018-03-27", "Summit invitation",
                "Trump had invited Putin to a summit in Washington during their call.");
        assertThat(claims(narrated, "summit-meeting")).extracting(Claim::state).doesNotContain("proposed");
    }

    @Test
    void wouldReportsAWillCue() {
        AnalyzedArticle a = analyze("2018-10-24", "Paris meeting",
                "Bolton said afterwards that President Trump and President Putin would meet in Paris on November 11.");
        Claim scheduled = claim(a, "summit-meeting", "scheduled");
        assertThat(scheduled.modality()).isEqualTo(Modality.EXPECTED);
        assertThat(PhraseIndex.backshifted("will meet")).isEqualTo("would meet");
        assertThat(PhraseIndex.backshifted("met")).isNull();
    }

    @Test
    void sinceAndUntilDatesBoundASpanAndDoNotDateTheEvent() {
        AnalyzedArticle since = analyze("2021-04-16", "Summit offer",
                "It was the first time since the Helsinki summit in July 2018 that a U.S. president has proposed a summit with Putin.");
        assertThat(claim(since, "summit-meeting", "proposed").eventDate()).isNotEqualTo(LocalDate.of(2018, 7, 1));
        AnalyzedArticle until = analyze("2018-07-26", "Summit put off",
                "The White House has put off the second summit between Trump and Putin until next year, Bolton said on Wednesday.");
        Claim postponed = claim(until, "summit-meeting", "postponed");
        assertThat(postponed.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(postponed.eventDate()).isEqualTo(LocalDate.of(2018, 7, 25));
        // "since" opening a clause with its own verb: the date is that verb's
        AnalyzedArticle clause = analyze("2020-06-22", "Arms control",
                "Arms control has thinned out quickly since the INF treaty ended last August.");
        assertThat(claim(clause, "inf-treaty", "expired").eventDate()).isEqualTo(LocalDate.of(2019, 8, 1));
    }

    @Test
    void aMeetingVerbWhoseOwnSubjectIsAnotherNameIsNotTheLeadersMeeting() {
        AnalyzedArticle a = analyze("2018-06-29", "Summit date set",
                "MOSCOW - Donald Trump and Vladimir Putin will hold their first full summit in Helsinki on July 16, the White House and "
                        + "the Kremlin said together on Thursday, a day after the U.S. national security adviser, John Bolton, met the Russian "
                        + "president in Moscow.");
        assertThat(claims(a, "summit-meeting")).extracting(Claim::state).doesNotContain("held");
        AnalyzedArticle leaders = analyze("2018-07-17", "Helsinki",
                "Donald Trump and Vladimir Putin met in Helsinki on Monday for more than two hours.");
        assertThat(claim(leaders, "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2018, 7, 16));
    }

    @Test
    void aCueVerbWithAPossessiveObjectOfItsOwnDoesNotSpeakOfTheIssue() {
        AnalyzedArticle own = analyze("2020-11-05", "Sanctions on Russia",
                "The shipper on Monday stopped serving two Russian clients under Western sanctions and tightened its screening rules.");
        assertThat(claims(own, "sanctions")).extracting(Claim::state).doesNotContain("extended");
        AnalyzedArticle theirs = analyze("2020-11-05", "Sanctions on Russia",
                "The European Union on Monday tightened its sanctions on Russia over the poisoning.");
        assertThat(claim(theirs, "sanctions", "extended").eventDate()).isEqualTo(LocalDate.of(2020, 11, 2));
    }
}
