package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.IssueTag;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.watchlist.WatchlistLoader;

class ExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor(WatchlistLoader.loadDefault());

    static RawArticle article(String published, String title, String text) {
        return new RawArticle("a-test-" + Math.abs((title + text).hashCode()), 1, "https://example.org/x", "https://example.org/x", title,
                "Example", null, Instant.parse(published.length() == 10 ? published + "T12:00:00Z" : published),
                Instant.parse("2030-01-01T00:00:00Z"), null, "en", null, text, "hash", Map.of());
    }

    static AnalyzedArticle analyze(String published, String title, String text) {
        return EXTRACTOR.analyze(article(published, title, text));
    }

    static Set<String> tags(AnalyzedArticle a) {
        Set<String> out = new HashSet<>();
        a.issues().forEach(t -> out.add(t.id()));
        return out;
    }

    static Claim claim(AnalyzedArticle a, String issue) {
        return a.claims().stream().filter(c -> c.issue().equals(issue)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + issue + " claim in " + a.claims()));
    }

    @Test
    void ordinaryStartIsNotNewStart() {
        AnalyzedArticle a = analyze("2017-07-08", "A good start", "The talks were a good start. Both sides want a new start in relations. "
                + "It was a fresh start, officials said.");
        assertThat(a.issues()).isEmpty();
        AnalyzedArticle treaty = analyze("2017-07-08", "Arms control", "There was no commitment on New START, which expires in 2021.");
        assertThat(tags(treaty)).contains("new-start");
    }

    @Test
    void ceasefiresElsewhereAreNotTheSyriaCeasefire() {
        AnalyzedArticle ukraine = analyze("2025-03-25", "Energy truce", "Russia and Ukraine agreed to a ceasefire on strikes against energy sites, "
                + "officials in Kyiv said. The truce will take effect on Wednesday.");
        assertThat(tags(ukraine)).contains("ukraine").doesNotContain("syria-ceasefire");
        AnalyzedArticle gaza = analyze("2025-01-19", "Gaza truce", "A ceasefire between Israel and Hamas took effect in Gaza on Sunday. "
                + "The truce was brokered by Qatar and Egypt.");
        assertThat(gaza.issues()).isEmpty();
    }

    @Test
    void southWestSyriaPlaceNamesConfirmTheCeasefire() {
        AnalyzedArticle a = analyze("2017-07-07", "Truce agreed", "A ceasefire was agreed for Daraa, Quneitra and Sweida. "
                + "The truce will take effect on Sunday, diplomats said.");
        assertThat(tags(a)).containsExactly("syria-ceasefire");
        Claim c = claim(a, "syria-ceasefire");
        assertThat(c.state()).isEqualTo("agreed");
        assertThat(c.polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void worldCupAndEarningsTagNothing() {
        assertThat(analyze("2018-07-15", "World Cup final", "France beat Croatia 4-2 in the World Cup final in Moscow on Sunday. "
                + "President Vladimir Putin watched from the stands. It was a good start for France.").issues()).isEmpty();
        assertThat(analyze("2024-05-02", "Earnings", "The company reported revenue of $4.1 billion for the quarter, a strong start to the year. "
                + "It will restart its buyback and expects a record year.").issues()).isEmpty();
    }

    @Test
    void untaggedArticleStillGetsAnAnalysis() {
        AnalyzedArticle a = analyze("2020-01-01", "Weather", "It rained in London.");
        assertThat(a.issues()).isEmpty();
        assertThat(a.claims()).isEmpty();
        assertThat(a.articleId()).startsWith("a-test-");
        assertThat(a.truncated()).isFalse();
    }

    @Test
    void negationIsDetected() {
        AnalyzedArticle a = analyze("2017-07-09", "Op-ed", "There was no commitment on the New START treaty at the meeting in Hamburg.");
        Claim c = claim(a, "new-start");
        assertThat(c.polarity()).isEqualTo(Polarity.NEGATED);
        AnalyzedArticle meeting = analyze("2017-07-08", "No date", "Trump and Putin did not schedule a next meeting, the secretary said.");
        Claim next = claim(meeting, "summit-meeting");
        assertThat(next.aspect()).isEqualTo("next-meeting");
        assertThat(next.state()).isEqualTo("none-planned");
        assertThat(next.polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void attributionFromReportingVerbsAndAccordingTo() {
        AnalyzedArticle a = analyze("2017-07-07", "Truce", "A ceasefire in south-west Syria will take effect on Sunday, according to Lavrov.");
        assertThat(claim(a, "syria-ceasefire").attributedTo()).isEqualTo("Lavrov");
        AnalyzedArticle b = analyze("2017-07-08", "Truce", "The ceasefire in Syria is to begin Sunday, Tillerson said.");
        Claim c = claim(b, "syria-ceasefire");
        assertThat(c.attributedTo()).isEqualTo("Tillerson");
        assertThat(c.state()).isEqualTo("agreed");
        assertThat(c.modality()).isEqualTo(Modality.EXPECTED);
        AnalyzedArticle inverted = analyze("2017-07-08", "Truce", "\u201cThe Syria ceasefire has been violated,\u201d said Lavrov.");
        assertThat(claim(inverted, "syria-ceasefire").attributedTo()).isEqualTo("Lavrov");
        AnalyzedArticle pronoun = analyze("2019-06-27", "Treaty", "Putin spoke about arms control on Monday. "
                + "He said that Russia may suspend New START.");
        assertThat(claim(pronoun, "new-start").attributedTo()).isEqualTo("Putin");
    }

    @Test
    void modalities() {
        assertThat(claim(analyze("2022-11-30", "t", "Russia may suspend its participation in New START."), "new-start").modality())
                .isEqualTo(Modality.HEDGED);
        assertThat(claim(analyze("2018-10-21", "t", "The United States will withdraw from the INF treaty, Trump said."), "inf-treaty"))
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo("withdrawal-announced");
                    assertThat(c.modality()).isEqualTo(Modality.EXPECTED);
                });
        assertThat(claim(analyze("2018-10-21", "t", "Moscow denied violating the INF treaty."), "inf-treaty").modality())
                .isEqualTo(Modality.DENIED);
        assertThat(claim(analyze("2023-02-21", "t", "Russia suspended its participation in New START on Tuesday."), "new-start"))
                .satisfies(c -> {
                    assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
                    assertThat(c.eventDate()).isEqualTo(LocalDate.of(2023, 2, 21));
                    assertThat(c.eventDatePrecision()).isEqualTo("day");
                });
    }

    @Test
    void backgroundFactsKeepTheirOwnDate() {
        AnalyzedArticle a = analyze("2026-02-06", "New START expires", "The New START treaty expired on Thursday. "
                + "In February 2021 the treaty was extended for five years.");
        List<Claim> claims = a.claims();
        assertThat(claims).extracting(Claim::state, Claim::eventDate, Claim::eventDatePrecision).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("expired", LocalDate.of(2026, 2, 5), "day"),
                org.assertj.core.groups.Tuple.tuple("extended", LocalDate.of(2021, 2, 1), "month"));
    }

    @Test
    void sundayInAFridayArticleIsTheComingSunday() {
        AnalyzedArticle a = analyze("2017-07-07", "Truce", "The Syria ceasefire went into effect in Daraa. Monitors expect it to hold. "
                + "The Syria ceasefire will be in effect from Sunday.");
        assertThat(a.claims()).anySatisfy(c -> assertThat(c.eventDate()).isEqualTo(LocalDate.of(2017, 7, 9)));
    }

    @Test
    void claimsAreDeterministicAndPointAtTheirEvidence() {
        String text = "WASHINGTON (AP) \u2014 The United States formally withdrew from the INF treaty on Friday, Pompeo said.\n\n"
                + "Russia blamed Washington for the collapse of the agreement.";
        RawArticle raw = article("2019-08-02", "INF", text);
        AnalyzedArticle first = EXTRACTOR.analyze(raw);
        AnalyzedArticle second = EXTRACTOR.analyze(raw);
        assertThat(first.claims()).isNotEmpty();
        assertThat(first.claims()).extracting(Claim::claimId).isEqualTo(second.claims().stream().map(Claim::claimId).toList());
        for (Claim c : first.claims()) {
            assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().sentence());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            assertThat(c.articleId()).isEqualTo(raw.id());
            assertThat(c.ingestedAt()).isEqualTo(raw.fetchedAt());
        }
        Claim withdrawn = claim(first, "inf-treaty");
        assertThat(withdrawn.state()).isEqualTo("withdrawn");
        assertThat(withdrawn.attributedTo()).isEqualTo("Pompeo");
        assertThat(withdrawn.evidence().sentence()).startsWith("The United States formally withdrew");
    }

    @Test
    void atMostOneClaimPerIssueAspectAndSentence() {
        AnalyzedArticle a = analyze("2019-06-27", "INF", "Earlier this year, the U.S. suspended its participation in the INF treaty over alleged "
                + "Russian violations, which the Kremlin denies.");
        assertThat(a.claims()).hasSize(1);
        Claim c = a.claims().get(0);
        assertThat(c.state()).isEqualTo("suspended");
        assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(c.eventDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(c.eventDatePrecision()).isEqualTo("year");
    }

    @Test
    void passingMentionIsNotTagged() {
        AnalyzedArticle a = analyze("2023-07-20", "Wheat", "Wheat futures rose 3% on dry weather. Traders cited shipping worries since the war in Ukraine began. "
                + "Corn ended higher.");
        assertThat(a.issues()).isEmpty();
        AnalyzedArticle substantive = analyze("2019-09-28", "Envoy", "Kurt Volker, the U.S. special envoy for Ukraine, resigned on Friday.");
        assertThat(tags(substantive)).containsExactly("ukraine");
        assertThat(claim(substantive, "ukraine")).satisfies(c -> {
            assertThat(c.aspect()).isEqualTo("envoy");
            assertThat(c.state()).isEqualTo("resigned");
        });
    }

    @Test
    void twoLeadersWhoMetAreAMeetingButAVerbAloneIsNot() {
        AnalyzedArticle met = analyze("2018-07-17", "Talks in Finland",
                "Donald Trump and Vladimir Putin met for two hours in Helsinki on Monday with only interpreters present.");
        assertThat(tags(met)).contains("summit-meeting");
        assertThat(claim(met, "summit-meeting")).satisfies(c -> {
            assertThat(c.state()).isEqualTo("held");
            assertThat(c.eventDate()).isEqualTo(LocalDate.of(2018, 7, 16));
            assertThat(c.confidence()).as("anchored on the leaders, not on the verb").isGreaterThanOrEqualTo(0.8);
        });
        AnalyzedArticle oneParty = analyze("2018-07-17", "Trade", "Donald Trump met the French president at the White House on Monday to discuss tariffs.");
        assertThat(tags(oneParty)).doesNotContain("summit-meeting");
        AnalyzedArticle farApart = analyze("2017-07-08", "Envoy", "The envoy, who has met with Putin many times as a businessman, said there was "
                + "no agreement on trade that advisers to Trump have promised.");
        assertThat(tags(farApart)).doesNotContain("summit-meeting");
    }

    @Test
    void anIssueNamedAsTheTargetOfAnotherGetsNoClaimOfItsOwn() {
        AnalyzedArticle a = analyze("2017-08-03", "Sanctions law", "The president signed into law on Wednesday new sanctions on Moscow, Tehran and "
                + "North Korea that Congress had passed by large majorities.");
        assertThat(a.claims()).extracting(Claim::issue).contains("sanctions").doesNotContain("north-korea");
        AnalyzedArticle both = analyze("2017-07-08", "Accusations", "Officials accused Russia of cyber attacks and election interference in Europe "
                + "on Friday, a charge Moscow denied.");
        assertThat(both.claims()).extracting(Claim::issue).contains("election-interference");
    }

    @Test
    void veryLongArticleIsTruncatedNotFatal() {
        StringBuilder text = new StringBuilder("The United States and Russia extended New START on Wednesday.\n\n");
        while (text.length() < 2_000_000) {
            text.append("Filler paragraph without any watched topic at all, just words and more words.\n\n");
        }
        AnalyzedArticle a = analyze("2021-02-04", "Long", text.toString());
        assertThat(a.truncated()).isTrue();
        assertThat(tags(a)).contains("new-start");
    }

    @Test
    void oddArticlesDoNotCrash() {
        RawArticle bare = new RawArticle("a-bare", 1, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(EXTRACTOR.analyze(bare).issues()).isEmpty();
        RawArticle summaryOnly = new RawArticle("a-summary", 2, "u", "u", "t", "s", null, null, null, null, null,
                "New START was extended on Wednesday, officials said.", "", "h", Map.of());
        AnalyzedArticle a = EXTRACTOR.analyze(summaryOnly);
        assertThat(tags(a)).contains("new-start");
        assertThat(a.claims()).allSatisfy(c -> assertThat(c.eventDate()).isNull()); // no publication day to resolve against
        String weird = "\u0000\uFEFF\u200B (((( )))) \"\"\" -- -- ;;; 2017-99-99 February 30, 2021 Sunday Sunday \uD83D\uDE00 U.S. U.S.";
        assertThat(analyze("2021-01-01", weird, weird.repeat(50)).articleId()).isNotBlank();
    }

    @Test
    void tagCarriesScoreMentionsAndEvidence() {
        AnalyzedArticle a = analyze("2018-07-13", "Mueller indicts Russian officers", "Special counsel Robert Mueller indicted 12 Russian officers "
                + "for interfering in the 2016 election. The Kremlin denied that Russia had meddled in the election.");
        IssueTag tag = a.issues().stream().filter(t -> t.id().equals("election-interference")).findFirst().orElseThrow();
        assertThat(tag.score()).isBetween(0.0, 1.0);
        assertThat(tag.mentions()).isGreaterThanOrEqualTo(2);
        assertThat(tag.evidence()).isNotEmpty().allSatisfy(e -> assertThat(a.claims().isEmpty() || !e.isBlank()).isTrue());
    }
}
