package dev.newsmon.extract.service;

import static dev.newsmon.extract.service.ClaimFixtures.analyzeWithSource;
import static dev.newsmon.extract.service.ClaimFixtures.claim;
import static dev.newsmon.extract.service.ClaimFixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;

/**
 * An opening "It" whose verb is a state cue refers to the issue of that cue's vocabulary named in the sentence before
 * (SentenceView.resolveOpeningPronoun). The sentences are written for this test.
 */
class PronounReferenceTest {

    @Test
    void anOpeningItCarriesTheTreatyOfTheSentenceBefore() {
        AnalyzedArticle a = analyzeWithSource("2020-06-20", "New START talks in Vienna",
                "Negotiators met in Vienna on Monday to discuss arms control. The talks centred on New START, which limits "
                        + "both arsenals. It expires on February 5, 2021, unless the two presidents agree to prolong it.");
        Claim expiry = claim(a, "new-start", "extension-uncertain");
        assertThat(expiry.evidence().sentence()).startsWith("It expires");
        assertThat(expiry.eventDate()).isNotNull();
    }

    @Test
    void anOpeningItWithAuxiliariesBeforeItsVerb() {
        AnalyzedArticle a = analyzeWithSource("2023-03-01", "New START: the inspections stop",
                "Moscow stopped the inspections that New START provides for in 2022. It was suspended by Putin on February 21, 2023.");
        assertThat(claim(a, "new-start", "suspended").eventDate()).isEqualTo(LocalDate.of(2023, 2, 21));
    }

    @Test
    void anUndatedPronounClaimIsNotMade() {
        // like a definite reference, a pronoun is too loose to carry an undated claim
        AnalyzedArticle a = analyzeWithSource("2023-03-01", "New START: the inspections stop",
                "Moscow stopped the inspections that New START provides for. It was suspended, officials in Washington fear.");
        assertThat(claims(a, "new-start")).noneMatch(c -> c.evidence().sentence().startsWith("It was suspended"));
    }

    @Test
    void anItStandingForAClauseRefersToNothing() {
        AnalyzedArticle a = analyzeWithSource("2017-07-08", "A ceasefire for south-west Syria",
                "Russia and the United States discussed the ceasefire in south-west Syria on Friday. It was agreed on Friday "
                        + "that monitors would be sent to Daraa.");
        assertThat(claims(a, "syria-ceasefire")).noneMatch(c -> c.evidence().sentence().startsWith("It was agreed"));
    }

    @Test
    void theVerbMustBeCloseToThePronoun() {
        AnalyzedArticle a = analyzeWithSource("2019-08-05", "The end of the INF treaty",
                "The INF treaty banned ground-launched missiles of medium range. It is, in the view of many experts who "
                        + "followed the talks, withdrawn in all but name since August 2, 2019.");
        assertThat(claims(a, "inf-treaty")).noneMatch(c -> c.evidence().sentence().startsWith("It is,"));
    }

    @Test
    void twoIssuesOfTheVerbsVocabularyBeforeLeaveItUnresolved() {
        AnalyzedArticle a = analyzeWithSource("2019-08-05", "New START and the INF treaty",
                "Both the INF treaty and New START were on the agenda in Geneva. It was extended on February 3, 2021.");
        assertThat(a.claims()).noneMatch(c -> c.evidence().sentence().startsWith("It was extended"));
    }

    @Test
    void aSentenceNamingItsOwnIssueKeepsIt() {
        AnalyzedArticle a = analyzeWithSource("2019-08-05", "New START and the INF treaty",
                "New START was the subject of the first session. It said on Friday that the INF treaty had expired on August 2, 2019.");
        assertThat(claims(a, "new-start")).noneMatch(c -> c.evidence().sentence().startsWith("It said"));
    }

    @Test
    void aPronounTwoSentencesOnIsNotResolved() {
        AnalyzedArticle a = analyzeWithSource("2021-02-10", "New START at ten",
                "New START limits deployed warheads to 1,550. Both sides sent inspectors for years. It was extended on February 3, 2021.");
        assertThat(claims(a, "new-start")).noneMatch(c -> c.evidence().sentence().startsWith("It was extended"));
    }
}
