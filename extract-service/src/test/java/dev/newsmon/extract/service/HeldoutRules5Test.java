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
 * The rules added after the blind measurement on the fifth heldout set (README, "Evaluation", heldout5), each tested
 * on sentences written for the test. The vocabulary is read from the watchlist source next to these tests.
 */
class HeldoutRules5Test {

    @Test
    void anAuxiliaryIsNeverTheSpeaker() {
        AnalyzedArticle perfect = analyzeWithSource("2024-03-02", "Arms control",
                "Sergei Ryabkov has said that the New START treaty remains in force for Moscow.");
        assertThat(claim(perfect, "new-start", "in-force").attributedTo()).isEqualTo("Sergei Ryabkov");
        // a passive names what was said, not who said it
        AnalyzedArticle passive = analyzeWithSource("2024-03-02", "Arms control",
                "No meeting between Biden and Putin was announced after the call.");
        assertThat(claims(passive, "summit-meeting")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.attributedTo()).isNull());
    }

    @Test
    void noneIsPlannedIsNoMeetingPlannedNotADeniedSchedule() {
        AnalyzedArticle a = analyzeWithSource("2023-05-10", "Quiet spring",
                "Nobody in Washington talks of a meeting between Biden and Putin any more, and aides say none is planned.");
        Claim none = claim(a, "summit-meeting", "none-planned");
        assertThat(none.polarity()).isEqualTo(Polarity.AFFIRMED);
        assertThat(none.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(claims(a, "summit-meeting")).extracting(Claim::state).doesNotContain("scheduled");
    }

    @Test
    void aNoThatClosesItsOwnNounPhraseDeniesNothingAfterTheComma() {
        AnalyzedArticle a = analyzeWithSource("2019-11-14", "Short talks",
                "The encounter closed on Tuesday with few results and no warmth, as Trump and Putin met for barely an hour in Vienna.");
        assertThat(claim(a, "summit-meeting", "held").polarity()).isEqualTo(Polarity.AFFIRMED);
        // without the comma the "no" still heads its clause and denies what follows
        AnalyzedArticle denied = analyzeWithSource("2019-11-14", "Short talks",
                "Aides said the talks would go on, and no meeting between Trump and Putin has been scheduled for the winter.");
        assertThat(claims(denied, "summit-meeting")).extracting(Claim::state).doesNotContain("scheduled");
    }

    @Test
    void aLeaderWhoExpectsToMeetAnotherHasProposedAMeeting() {
        AnalyzedArticle a = analyzeWithSource("2025-02-20", "Talk of talks",
                "Trump told reporters he expects to meet Putin before the summer, and the Kremlin said a meeting is possible.");
        assertThat(claims(a, "summit-meeting")).extracting(Claim::state).contains("proposed");
    }

    @Test
    void theIranianNuclearSitesAndInspectorsNameTheIranDeal() {
        AnalyzedArticle a = analyzeWithSource("2024-09-12", "Inspectors",
                "Inspectors of the IAEA were refused entry to Natanz last week. Iran says enrichment at Fordow goes on.");
        assertThat(tags(a)).contains("iran-nuclear");
        AnalyzedArticle deal = analyzeWithSource("2024-09-12", "Europe's choice",
                "European diplomats met in Geneva to discuss the 2015 nuclear deal. They said the snapback of UN sanctions on Iran was "
                        + "their last lever.");
        assertThat(tags(deal)).contains("iran-nuclear");
        // the agency also inspects Ukraine's power plant: without Iran it is no Iran deal
        AnalyzedArticle ukraine = analyzeWithSource("2024-09-12", "Power plant",
                "The IAEA sent a team to the Zaporizhzhia plant. Its experts found the cooling pond low.");
        assertThat(tags(ukraine)).doesNotContain("iran-nuclear");
    }

    @Test
    void influencingAnElectionIsElectionInterference() {
        AnalyzedArticle a = analyzeWithSource("2021-05-04", "Assessment",
                "Analysts said the agency ran influence operations aimed at voters before the 2020 election. It also tried to "
                        + "influence the campaign through fake accounts, the report found.");
        assertThat(tags(a)).contains("election-interference");
        AnalyzedArticle trap = analyzeWithSource("2021-05-04", "Advertising",
                "The brand hopes to influence young buyers with its new campaign. Sales rose in the spring.");
        assertThat(tags(trap)).doesNotContain("election-interference");
    }

    @Test
    void theFrontLineIsTheUkraineWarOnlyNextToRussia() {
        AnalyzedArticle a = analyzeWithSource("2025-11-03", "Winter",
                "Russian units gained a few villages along the front line this week. Moscow says the full-scale invasion will go on "
                        + "until its demands are met.");
        assertThat(tags(a)).contains("ukraine");
        AnalyzedArticle syria = analyzeWithSource("2018-06-20", "Daraa",
                "Syrian troops massed along the front line near Daraa, with Russian jets overhead. Rebels dug in.");
        assertThat(tags(syria)).doesNotContain("ukraine");
    }

    @Test
    void aTruceAcceptedThenOneThatDidNotSurviveOrWasOverrun() {
        AnalyzedArticle accepted = analyzeWithSource("2025-03-12", "Proposal",
                "Ukraine said it was ready to accept a 30-day ceasefire proposed by Washington.");
        assertThat(claims(accepted, "ukraine")).extracting(Claim::state).contains("agreed");
        AnalyzedArticle failed = analyzeWithSource("2025-03-20", "Proposal",
                "The Ukraine ceasefire that Kyiv accepted last week did not survive the Kremlin's conditions.");
        assertThat(claims(failed, "ukraine")).extracting(Claim::state).contains("collapsed");
        AnalyzedArticle overran = analyzeWithSource("2018-07-30", "South-west Syria",
                "Government forces overran the last rebel towns of the Syria ceasefire zone near Quneitra in July.");
        assertThat(claims(overran, "syria-ceasefire")).extracting(Claim::state).contains("collapsed");
    }

    @Test
    void aCueInARelativeAsideYieldsToTheMainClause() {
        AnalyzedArticle a = analyzeWithSource("2022-03-01", "Arms control",
                "Diplomats in Geneva said the New START treaty, whose limits run until 2026, is still in force for both sides.");
        assertThat(claims(a, "new-start")).extracting(Claim::state).containsExactly("in-force");
        // alone, the aside still speaks
        AnalyzedArticle alone = analyzeWithSource("2022-03-01", "Arms control",
                "Officials met to discuss the New START treaty, which Moscow suspended in February, and other matters.");
        assertThat(claims(alone, "new-start")).extracting(Claim::state).containsExactly("suspended");
    }

    @Test
    void aCaseThatAnEventIsInSomeonesInterestIsAnArgumentNotTheEvent() {
        AnalyzedArticle a = analyzeWithSource("2020-11-20", "Opinion",
                "A quick renewal of the New START treaty would be in both countries' interest, whatever the new administration thinks.");
        assertThat(claims(a, "new-start")).filteredOn(c -> c.state().equals("extended"))
                .allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
        AnalyzedArticle done = analyzeWithSource("2021-02-04", "Extended",
                "The New START treaty was renewed on Wednesday for five years.");
        assertThat(claim(done, "new-start", "extended").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aLongRelativeClauseDoesNotSeparateTheTreatyFromItsVerb() {
        AnalyzedArticle a = analyzeWithSource("2020-10-02", "Arms control",
                "The New START treaty, which limits each country to 1,550 deployed warheads on no more than 700 missiles and heavy "
                        + "bombers of several kinds, expires next February. Moscow wants talks on New START soon.");
        assertThat(claims(a, "new-start")).extracting(Claim::state).containsExactly("extension-uncertain");
        // a cue in a second relative clause does not resume the sentence
        AnalyzedArticle other = analyzeWithSource("2021-01-10", "Visits",
                "Putin last saw an American president in Osaka with Trump, who never made his promised visit to Moscow for "
                        + "the parade, which was postponed by the pandemic.");
        assertThat(claims(other, "summit-meeting")).extracting(Claim::state).doesNotContain("postponed");
    }

    @Test
    void anAgreementOnlyHopedToConcernTheIssueIsHedged() {
        AnalyzedArticle hoped = analyzeWithSource("2025-08-16", "After the talks",
                "Both leaders spoke of a deal reached over dinner that they hoped would end the fighting in Ukraine.");
        assertThat(claims(hoped, "ukraine")).filteredOn(c -> c.state().equals("agreed"))
                .allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.HEDGED));
        // a topic named after "if" is still the topic: an investigation of collusion is under way
        AnalyzedArticle topic = analyzeWithSource("2017-07-08", "Inquiries",
                "Congress opened investigations to determine if collusion with Russia took place.");
        assertThat(claim(topic, "election-interference", "under-investigation").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aMonthHangingFromANounIsTheNearerOneWhateverTheVerbBefore() {
        AnalyzedArticle a = analyzeWithSource("2021-05-20", "Geneva",
                "A summit would build on the renewal of the New START treaty in January, the only deal of the year so far.");
        assertThat(claim(a, "new-start", "extended").eventDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        // a future marker between the noun and the month still places it ahead
        AnalyzedArticle ahead = analyzeWithSource("2021-05-20", "Geneva",
                "Officials discussed the renewal of the New START treaty, which will expire in January.");
        assertThat(claims(ahead, "new-start")).extracting(Claim::eventDate).doesNotContain(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aTruceNearerToAnotherWarsPlaceIsThatWarsTruce() {
        AnalyzedArticle a = analyzeWithSource("2025-07-01", "Truces",
                "Mediators listed the truces of the year, from Lebanon in the winter, which collapsed in the spring, to the short truce "
                        + "in Ukraine.");
        assertThat(claims(a, "ukraine")).extracting(Claim::state).doesNotContain("collapsed");
        AnalyzedArticle own = analyzeWithSource("2025-07-01", "Truces",
                "The Easter truce in Ukraine collapsed within hours, officials in Kyiv said, unlike the one in Lebanon.");
        assertThat(claims(own, "ukraine")).extracting(Claim::state).contains("collapsed");
    }

    @Test
    void aParticipleDescribingAPrepositionalObjectIsBackground() {
        AnalyzedArticle a = analyzeWithSource("2025-07-01", "Iran",
                "Europe may seek the return of all the Russia sanctions lifted under an old accord.");
        assertThat(claims(a, "sanctions")).extracting(Claim::state).doesNotContain("lifted");
        AnalyzedArticle fact = analyzeWithSource("2025-07-01", "Iran",
                "The EU lifted its Russia sanctions on steel on Monday.");
        assertThat(claims(fact, "sanctions")).extracting(Claim::state).contains("lifted");
    }
}
