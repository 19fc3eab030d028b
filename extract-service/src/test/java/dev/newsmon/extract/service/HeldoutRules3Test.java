package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.analyzeWithSource;
import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static dev.newsmon.extract.service.ExtractorTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;

/**
 * The rules added after the blind measurement on the third heldout set (README, "Evaluation", heldout3), each tested
 * on sentences written for the test.
 */
class HeldoutRules3Test {

    @Test
    void aNoOpeningItsClauseDeniesThePredicatePastTheNegationWindow() {
        AnalyzedArticle a = analyze("2019-09-10", "Arms talks",
                "Aides to Trump and Putin said the talks would resume, and no fresh summit between the two American and Russian "
                        + "leaders has been scheduled.");
        assertThat(claim(a, "summit-meeting", "scheduled").polarity()).isEqualTo(Polarity.NEGATED);
        // a "no" inside a phrase, far from the cue, still denies nothing: "no doubt" is not a negation of the clause
        AnalyzedArticle doubt = analyze("2019-09-10", "Arms talks",
                "There is no doubt in the Kremlin that Putin and Trump have a summit scheduled for the autumn in Moscow.");
        assertThat(claims(doubt, "summit-meeting")).extracting(Claim::polarity).doesNotContain(Polarity.NEGATED);
    }

    @Test
    void aTreatyTheLeadersDiscussedExtendingIsNotExtended() {
        AnalyzedArticle a = analyze("2018-07-17", "After the summit",
                "Putin said the two presidents had discussed extending the New START treaty at their talks.");
        assertThat(claims(a, "new-start")).filteredOn(c -> c.state().equals("extended"))
                .allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
        AnalyzedArticle ready = analyze("2019-06-29", "After the summit",
                "Putin said on Friday that Russia was ready to extend the New START treaty.");
        assertThat(claims(ready, "new-start")).filteredOn(c -> c.state().equals("extended"))
                .allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
    }

    @Test
    void anIntentionToWithdrawReportedLaterIsTheAnnouncementNotANewViolation() {
        AnalyzedArticle a = analyzeWithSource("2018-12-04", "NATO ministers",
                "Washington announced in October that it intended to withdraw from the INF treaty over Russian violations.");
        Claim announced = claim(a, "inf-treaty", "withdrawal-announced");
        assertThat(announced.eventDate()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(claims(a, "inf-treaty")).extracting(Claim::state).doesNotContain("violation-alleged");
    }

    @Test
    void whatSomeoneUrgesOrWantsHasNotHappened() {
        AnalyzedArticle urged = analyze("2018-07-14", "Before Helsinki",
                "Democratic senators called on Trump to cancel the summit with Putin in Helsinki.");
        assertThat(claims(urged, "summit-meeting")).filteredOn(c -> c.state().equals("cancelled"))
                .allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
        AnalyzedArticle wants = analyze("2018-07-14", "Compounds",
                "Lavrov said Moscow still wants the diplomatic compounds returned.");
        assertThat(claims(wants, "diplomatic-property")).filteredOn(c -> c.state().equals("returned"))
                .allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
        // the fact itself is still a fact
        AnalyzedArticle done = analyze("2018-11-29", "Buenos Aires",
                "Trump cancelled his summit with Putin in Buenos Aires on Thursday.");
        assertThat(claim(done, "summit-meeting", "cancelled").modality()).isEqualTo(Modality.ASSERTED);
    }
}
