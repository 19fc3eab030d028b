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

/**
 * The rules added after the blind measurement on the second heldout set (README, "Evaluation", heldout2), each tested
 * on sentences written for the test. Vocabulary rules run against this repository's watchlist source, which the
 * installed events artifact may lag behind.
 */
class HeldoutRules2Test {

    @Test
    void theDealRefersBackLikeTheAccordAndAResolvedReferenceIsAnAntecedent() {
        AnalyzedArticle a = analyze("2018-05-09", "Moscow and the JCPOA",
                "Moscow regretted the US exit from the Joint Comprehensive Plan of Action on Wednesday. "
                        + "The deal had been working, the ministry said. "
                        + "Officials stressed that the inspections went on. "
                        + "On Tuesday Washington withdrew from the deal.");
        assertThat(claim(a, "iran-nuclear", "withdrawn").eventDate()).isEqualTo(LocalDate.of(2018, 5, 8));
    }

    @Test
    void aReferenceInReportedSpeechTakesTheDateOfItsReport() {
        AnalyzedArticle a = analyze("2018-05-09", "Moscow and the JCPOA",
                "Moscow regretted the US exit from the Joint Comprehensive Plan of Action. "
                        + "Trump announced on Tuesday that Washington withdrew from the accord.");
        Claim withdrawn = claim(a, "iran-nuclear", "withdrawn");
        assertThat(withdrawn.eventDate()).isEqualTo(LocalDate.of(2018, 5, 8));
        assertThat(withdrawn.attributedTo()).isEqualTo("Trump");
        // without a report's date a reference still carries no undated claim
        AnalyzedArticle undated = analyze("2018-05-09", "Moscow and the JCPOA",
                "Moscow regretted the US exit from the Joint Comprehensive Plan of Action. "
                        + "Trump announced that Washington withdrew from the accord.");
        assertThat(claims(undated, "iran-nuclear")).extracting(Claim::state).doesNotContain("withdrawn");
    }

    @Test
    void aCueRightAfterToBeIsStillToCome() {
        AnalyzedArticle future = analyze("2017-07-07", "Ukraine channel",
                "The two sides set up a channel on Ukraine, with a US special representative for Ukraine to be appointed soon. "
                        + "Kyiv welcomed the plan for Ukraine talks.");
        assertThat(claim(future, "ukraine", "appointed").modality()).isEqualTo(Modality.EXPECTED);
        AnalyzedArticle standing = analyze("2017-07-10", "Syria truce",
                "The ceasefire in Daraa in south-west Syria appeared to be holding on Monday, and the Syrian truce was respected overnight.");
        assertThat(claims(standing, "syria-ceasefire")).extracting(Claim::modality).doesNotContain(Modality.EXPECTED);
    }

    @Test
    void watchlistVocabularyTheSecondHeldoutShowedMissing() {
        AnalyzedArticle geneva = analyzeWithSource("2021-05-25", "Geneva summit",
                "US President Joe Biden and Russian President Vladimir Putin will hold their first summit in Geneva on June 16.");
        assertThat(claim(geneva, "summit-meeting", "scheduled").modality()).isEqualTo(Modality.EXPECTED);
        AnalyzedArticle venue = analyzeWithSource("2018-06-27", "Summit agreed",
                "Kremlin aide Yuri Ushakov said the two sides had agreed on the time and place of a summit between Trump and Putin. "
                        + "The Trump-Putin summit will take place in Helsinki.");
        assertThat(claims(venue, "summit-meeting")).extracting(Claim::state).contains("scheduled");
        AnalyzedArticle talks = analyzeWithSource("2019-10-06", "North Korea talks",
                "North Korea's negotiator said on Saturday that the talks with Washington had broken down over North Korea's demands.");
        assertThat(claim(talks, "north-korea", "abandoned").eventDate()).isEqualTo(LocalDate.of(2019, 10, 5));
        AnalyzedArticle hamburg = analyzeWithSource("2017-07-07", "Hamburg",
                "Lavrov spoke after the first meeting of the Russian and American presidents in Hamburg. "
                        + "Vladimir Putin and Donald Trump talked for more than two hours on Friday.");
        assertThat(ExtractorTest.tags(hamburg)).contains("summit-meeting");
        assertThat(claim(hamburg, "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2017, 7, 7));
        // "talked for" names a leaders' meeting only with both parties: not a chat between a minister and a reporter
        AnalyzedArticle other = analyzeWithSource("2017-07-07", "Hamburg",
                "The minister talked for an hour with reporters about the G20 summit in Hamburg.");
        assertThat(ExtractorTest.tags(other)).doesNotContain("summit-meeting");
    }

    @Test
    void aCallIsNoMeetingHeld() {
        AnalyzedArticle call = analyzeWithSource("2018-03-21", "Kremlin call",
                "Vladimir Putin and Donald Trump talked for an hour by phone on Tuesday, the Kremlin said. "
                        + "Donald Trump met Vladimir Putin over a video link on Wednesday, officials said.");
        assertThat(claims(call, "summit-meeting")).extracting(Claim::state).doesNotContain("held");
        // the same verbs in a room still name the meeting
        AnalyzedArticle room = analyzeWithSource("2018-07-16", "Helsinki",
                "Vladimir Putin and Donald Trump talked for more than two hours in Helsinki on Monday.");
        assertThat(claim(room, "summit-meeting", "held").eventDate()).isEqualTo(LocalDate.of(2018, 7, 16));
    }
}
