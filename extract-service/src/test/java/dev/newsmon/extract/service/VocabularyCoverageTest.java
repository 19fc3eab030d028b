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
 * The vocabulary coverage pass (README, "Vocabulary coverage pass"): ordinary news paraphrases of each state, one test per
 * vocabulary, on sentences written for the test (none taken from a labelled article). Each cue asserted here was missing
 * from the watchlist before the pass.
 */
class VocabularyCoverageTest {

    private static String state(String published, String text, String issue, String state) {
        AnalyzedArticle a = analyzeWithSource(published, "Test", text);
        assertThat(claim(a, issue, state).polarity()).isEqualTo(Polarity.AFFIRMED);
        return state;
    }

    @Test
    void treatyStates() {
        state("2019-08-03", "The United States tore up the Intermediate-Range Nuclear Forces Treaty on Friday.", "inf-treaty", "withdrawn");
        state("2018-11-20", "Washington says Moscow has flouted the INF treaty for years.", "inf-treaty", "violation-alleged");
        state("2020-06-01", "Arms control experts say the New START treaty is in limbo.", "new-start", "extension-uncertain");
        state("2019-08-03", "Pompeo blamed Russia for the demise of the INF treaty on Friday.", "inf-treaty", "expired");
        state("2018-05-01", "President Trump has threatened to tear up the Iran nuclear deal.", "iran-nuclear", "withdrawal-announced");
    }

    @Test
    void ceasefireStates() {
        state("2017-07-10", "The Syrian ceasefire took hold on Sunday.", "syria-ceasefire", "in-effect");
        state("2017-07-10", "The guns fell silent in Daraa on Monday under the Syrian ceasefire.", "syria-ceasefire", "holding");
        state("2017-07-12", "Both sides flouted the Syrian ceasefire overnight.", "syria-ceasefire", "violated");
        state("2017-07-14", "The Syrian ceasefire crumbled on Thursday.", "syria-ceasefire", "collapsed");
    }

    @Test
    void meetingStates() {
        state("2018-07-17", "The Trump-Putin summit wrapped up in Helsinki on Monday.", "summit-meeting", "held");
        state("2018-08-01", "The next Trump-Putin summit is on ice, the White House said.", "summit-meeting", "postponed");
        state("2018-11-30", "Trump axed the Trump-Putin meeting on Thursday.", "summit-meeting", "cancelled");
        state("2018-03-21", "Trump first floated a meeting with Putin in a call on Tuesday, the Kremlin said.", "summit-meeting", "proposed");
    }

    @Test
    void appointmentStates() {
        state("2017-07-08", "On Friday the State Department designated Kurt Volker as its special envoy for Ukraine.", "ukraine", "appointed");
        state("2019-09-28", "Kurt Volker, the US special envoy for Ukraine, quits on Friday, officials said.", "ukraine", "resigned");
    }

    @Test
    void negotiationStates() {
        state("2019-10-06", "Talks with North Korea went nowhere in Stockholm on Saturday.", "north-korea", "stalled");
        state("2018-06-01", "Negotiators made progress in talks with North Korea on Thursday.", "north-korea", "ongoing");
        state("2019-10-06", "North Korea pulled out of talks with Washington on Saturday.", "north-korea", "abandoned");
    }

    @Test
    void allegationStates() {
        state("2018-07-17", "The Kremlin brushed off the accusations of election interference on Monday.", "election-interference", "denied");
        state("2017-06-01", "Congressional investigators are probing Russian interference in the 2016 election.", "election-interference",
                "under-investigation");
        state("2019-04-19", "The report concludes that Russian interference in the 2016 election was sweeping and systematic.",
                "election-interference", "confirmed");
    }

    @Test
    void sanctionsStates() {
        state("2018-04-07", "Seven Russian oligarchs were hit with sanctions by the Treasury on Friday.", "sanctions", "imposed");
        state("2019-06-21", "The European Union watered down its sanctions on Russia on Thursday.", "sanctions", "eased");
        state("2019-06-21", "The European Union toughened its sanctions on Russia on Thursday.", "sanctions", "extended");
        state("2020-06-21", "Congress repealed the sanctions on Russia on Thursday.", "sanctions", "lifted");
    }

    @Test
    void propertyStates() {
        state("2018-03-27", "Sixty Russian diplomats were kicked out of the United States on Monday.", "diplomatic-property", "seized");
        state("2021-06-20", "Washington gave back the Russian diplomatic compounds in Maryland on Friday.", "diplomatic-property", "returned");
    }

    /** Candidates the pass left out because ordinary sentences misread them (README, "Vocabulary coverage pass"). */
    @Test
    void leftOutCandidatesStayOut() {
        // "will leave" backshifts to "would leave", which is any consequence, not a plan to withdraw
        AnalyzedArticle leave = analyzeWithSource("2019-02-02", "Test", "Losing the INF treaty would leave Europe exposed, analysts said.");
        assertThat(claims(leave, "inf-treaty")).extracting(Claim::state).doesNotContain("withdrawal-announced");
        // present-tense "lifts" is mostly a condition ("once ... lifts")
        AnalyzedArticle lifts = analyzeWithSource("2021-04-13", "Test",
                "Tehran says its steps are reversible once Washington lifts its sanctions on Iran.");
        assertThat(claims(lifts, "sanctions")).extracting(Claim::state).doesNotContain("lifted");
    }

    @Test
    void sanctionsNamedOnlyByTheirKindAreSanctions() {
        // "travel bans and asset freezes" are sanctions even where the word never comes; not "penalties", which fines
        // and football share and which a nearby "waived" turns into eased sanctions
        AnalyzedArticle a = analyzeWithSource("2015-03-20", "Brussels acts",
                "On Monday the EU imposed travel bans and asset freezes on eleven Russian officials over the annexation.");
        assertThat(claim(a, "sanctions", "imposed").polarity()).isEqualTo(Polarity.AFFIRMED);
        AnalyzedArticle fines = analyzeWithSource("2015-03-20", "Court",
                "A Moscow court imposed financial penalties on the club after the riot.");
        assertThat(claims(fines, "sanctions")).isEmpty();
    }
}
