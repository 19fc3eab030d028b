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
import dev.newsmon.events.Polarity;

/**
 * The rules added after the blind measurement on the ninth heldout set (README, "Evaluation", heldout9), each tested
 * on sentences written for the test. The vocabulary is read from the watchlist source next to these tests.
 */
class HeldoutRules9Test {

    @Test
    void aSeizureOfCompoundsIsSeized() {
        AnalyzedArticle named = analyzeWithSource("2018-04-02", "Protest",
                "The Kremlin again protested on Monday against the seizure of two Russian diplomatic compounds in 2016.");
        assertThat(claims(named, "diplomatic-property")).extracting(Claim::state).containsExactly("seized");
        // the noun confirms the weak "compounds" as the verb "seized" does
        AnalyzedArticle weak = analyzeWithSource("2018-04-02", "Protest",
                "Russian officials have called the seizure of the embassy's two compounds illegal.");
        assertThat(tags(weak)).contains("diplomatic-property");
    }

    @Test
    void hackingTheDncOrTheElectionIsElectionInterference() {
        AnalyzedArticle dnc = analyzeWithSource("2017-01-10", "Hack",
                "Moscow has denied any part in the hacking of the Democratic National Committee.");
        assertThat(tags(dnc)).contains("election-interference");
        assertThat(claim(dnc, "election-interference", "denied").polarity()).isEqualTo(Polarity.AFFIRMED);
        AnalyzedArticle vote = analyzeWithSource("2017-01-10", "Hack",
                "Washington accused Russian military intelligence of hacking the election.");
        assertThat(claims(vote, "election-interference")).extracting(Claim::state).containsExactly("alleged");
    }

    @Test
    void aPresentTenseWithdrawalIsWithdrawnAndKeepingToATreatyIsInForce() {
        AnalyzedArticle exit = analyzeWithSource("2019-02-02", "Exit",
                "Washington withdraws from the INF treaty, the secretary of state announced on Friday.");
        assertThat(claims(exit, "inf-treaty")).extracting(Claim::state).containsExactly("withdrawn");
        AnalyzedArticle keep = analyzeWithSource("2019-02-02", "Deal",
                "Beijing said on Friday that it would keep to the Iran nuclear deal with the other signatories.");
        assertThat(claims(keep, "iran-nuclear")).extracting(Claim::state).containsExactly("in-force");
    }

    @Test
    void noPeaceTalksIsStalled() {
        AnalyzedArticle a = analyzeWithSource("2024-03-01", "War",
                "There have been no peace talks between Russia and Ukraine for almost two years.");
        Claim stalled = claim(a, "ukraine", "stalled");
        assertThat(stalled.polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void atTheirSummitIsAMeetingHeldButNotANatoOne() {
        AnalyzedArticle a = analyzeWithSource("2018-07-20", "Helsinki",
                "At their summit in Helsinki on July 16, Trump and Putin spoke about Syria and arms control.");
        Claim held = claim(a, "summit-meeting", "held");
        assertThat(held.polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(held.eventDate()).as(held.toString()).isEqualTo(LocalDate.of(2018, 7, 16));
        AnalyzedArticle nato = analyzeWithSource("2018-07-20", "Brussels",
                "NATO leaders, gathered at their summit in Brussels on Wednesday, listened to Trump demand higher spending.");
        assertThat(tags(nato)).doesNotContain("summit-meeting");
    }

    @Test
    void aNegationStaysInItsClauseBeforeACoordinatedOne() {
        AnalyzedArticle a = analyzeWithSource("2019-05-02", "Trade",
                "Trump said on Wednesday that nothing would change on trade until the sanctions were settled, and that his summit with Putin would take place in June.");
        Claim meet = claim(a, "summit-meeting", "scheduled");
        assertThat(meet.polarity()).isEqualTo(Polarity.AFFIRMED);
        // a negation in the clause of the cue still denies it
        AnalyzedArticle not = analyzeWithSource("2019-05-02", "Trade",
                "Trump said on Wednesday that trade was discussed, and that a summit with Putin was not planned for June.");
        assertThat(claim(not, "summit-meeting", "scheduled").polarity()).isEqualTo(Polarity.NEGATED);
    }
}
