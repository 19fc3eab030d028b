package dev.newsmon.alert.streams;

import static dev.newsmon.alert.support.Claims.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.support.Claims;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Claim;
import dev.newsmon.events.ids.Ids;

class AlertRulesTest {

    private final AlertRules rules = new AlertRules(Claims.testWatchlist(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), 2000);

    private ClaimHistory history;

    private Decision judge(Claim claim) {
        Decision d = rules.decide(history, claim);
        history = d.history();
        return d;
    }

    @Test
    void firstClaimIsABaselineNotNews() {
        Decision d = judge(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        assertThat(d.verdict()).isEqualTo(Verdict.BASELINE);
        assertThat(d.alert()).isNull();
        assertThat(d.history().entries()).hasSize(1);
    }

    @Test
    void aNewerDifferentStateIsAnUpdateWithBothClaimsAndASummary() {
        Claim before = about("arms-pact").in("a1", "Al Jazeera", "2018-10-21").state("withdrawal-announced").expected().on("2018-10-20").build();
        Claim after = about("arms-pact").in("a2", "Sydney Morning Herald", "2019-02-03").state("suspended").on("2019-02-02").build();
        judge(before);
        Decision d = judge(after);
        assertThat(d.verdict()).isEqualTo(Verdict.UPDATE);
        assertThat(d.alert().type()).isEqualTo(AlertType.UPDATE);
        assertThat(d.alert().previous()).isEqualTo(before);
        assertThat(d.alert().current()).isEqualTo(after);
        assertThat(d.alert().alertId()).isEqualTo(Ids.alertId("UPDATE", before.claimId(), after.claimId()));
        assertThat(d.alert().summary()).isEqualTo(
                "Arms pact: suspended (2019-02-02, Sydney Morning Herald); earlier: withdrawal announced (2018-10-20, Al Jazeera)");
        assertThat(d.alert().issueName()).isEqualTo("Arms pact");
    }

    @Test
    void theSameStateFromAnotherSourceCorroborates() {
        judge(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        Decision d = judge(about("arms-pact").in("a2", "Daily", "2017-07-11").state("in-force").build());
        assertThat(d.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(d.corroboratingSources()).containsExactly("Wire", "Daily");
        Decision update = judge(about("arms-pact").in("a3", "Herald", "2019-02-03").state("suspended").build());
        assertThat(update.alert().previous().source()).isEqualTo("Daily");
        assertThat(update.alert().corroboratingSources()).containsExactly("Wire");
    }

    @Test
    void theSameEventHappeningAgainLaterIsAnUpdateNotACorroboration() {
        Claim hamburg = about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2017-07-08").state("held").on("2017-07-07").build();
        Claim helsinki = about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-07-17").state("held").on("2018-07-16").build();
        judge(hamburg);
        Decision d = judge(helsinki);
        assertThat(d.verdict()).isEqualTo(Verdict.UPDATE);
        assertThat(d.alert().previous()).isEqualTo(hamburg);
        // the same meeting told again within the window corroborates it
        Decision again = judge(about("leaders-meeting").aspect("next-meeting").in("a3", "Herald", "2018-07-18").state("held").on("2018-07-16").build());
        assertThat(again.verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void aRecurrenceNeedsADayOfItsOwnThatIsFreshNewsAndAnEventState() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2017-07-08").state("held").on("2017-07-07").build());
        // undated: the publication day stands in, an old fact restated
        assertThat(judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-03-01").state("held").build()).verdict())
                .isEqualTo(Verdict.CORROBORATED);
        // dated months before its article: an old event retold, not news
        assertThat(judge(about("leaders-meeting").aspect("next-meeting").in("a3", "Herald", "2018-09-01").state("held").on("2018-05-02").build())
                .verdict()).isEqualTo(Verdict.CORROBORATED);
        // only a month known: not day-precise enough to call it another event
        assertThat(judge(about("leaders-meeting").aspect("next-meeting").in("a4", "Post", "2018-10-02").state("held").inMonth("2018-10-01").build())
                .verdict()).isEqualTo(Verdict.CORROBORATED);
        // a plan repeated later is still the same plan
        judge(about("leaders-meeting").aspect("next-meeting").in("a5", "Wire", "2019-01-10").state("scheduled").expected().on("2019-01-10").build());
        assertThat(judge(about("leaders-meeting").aspect("next-meeting").in("a6", "Daily", "2019-03-10").state("scheduled").expected().on("2019-03-10")
                .build()).verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void incompatibleStatesAtTheSameTimeContradict() {
        Claim postponed = about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-11-26").state("postponed").build();
        Claim cancelled = about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-11-29").state("cancelled").build();
        judge(postponed);
        Decision d = judge(cancelled);
        assertThat(d.verdict()).isEqualTo(Verdict.CONTRADICTION);
        assertThat(d.alert().type()).isEqualTo(AlertType.CONTRADICTION);
        assertThat(d.alert().previous()).isEqualTo(postponed);
        assertThat(d.alert().summary()).isEqualTo(
                "Leaders' meeting: cancelled (2018-11-29, Daily) contradicts postponed (2018-11-26, Wire)");
    }

    @Test
    void incompatibleStatesFarApartAreAnUpdateNotAContradiction() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-07-16").state("held").build());
        Decision d = judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-12-01").state("cancelled").build());
        assertThat(d.verdict()).isEqualTo(Verdict.UPDATE);
    }

    @Test
    void anAssertedStateAgainstItsNegationInTheWindowContradicts() {
        judge(about("valley-truce").in("a1", "Wire", "2017-07-10").state("in-effect").build());
        Decision d = judge(about("valley-truce").in("a2", "Daily", "2017-07-11").state("in-effect").negated().build());
        assertThat(d.verdict()).isEqualTo(Verdict.CONTRADICTION);
        assertThat(d.alert().summary()).contains("not in effect (2017-07-11, Daily)");
    }

    @Test
    void twoOfficialsConflictingAccountsInOneArticleContradict() {
        judge(about("meddling").aspect("allegation").in("a1", "Wire", "2017-07-08").state("accepted").saidBy("Lavrov").at(10).build());
        Decision d = judge(about("meddling").aspect("allegation").in("a1", "Wire", "2017-07-08").state("denied").saidBy("Tillerson").at(200).build());
        assertThat(d.verdict()).isEqualTo(Verdict.CONTRADICTION);
        assertThat(d.alert().summary()).contains("according to Tillerson").contains("according to Lavrov");
    }

    @Test
    void oneArticleNarratingIncompatibleStatesInItsOwnVoiceIsNoContradiction() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-12-01").state("postponed").at(10).build());
        Decision d = judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-12-01").state("cancelled").at(90).build());
        assertThat(d.verdict()).isNotEqualTo(Verdict.CONTRADICTION);
        assertThat(d.alert()).isNull();
    }

    @Test
    void aLateArticleAboutAnOlderEventIsInsertedInPlaceAndNeverUpdates() {
        judge(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        judge(about("arms-pact").in("a2", "Daily", "2019-08-03").state("expired").on("2019-08-02").build());
        Decision late = judge(about("arms-pact").in("a3", "Herald", "2019-02-03").state("suspended").on("2019-02-02").build());
        assertThat(late.verdict()).isEqualTo(Verdict.LATE);
        assertThat(late.alert()).isNull();
        assertThat(late.history().entries()).extracting(e -> e.claim().state())
                .containsExactly("in-force", "suspended", "expired");
    }

    @Test
    void anOldFactRestatedInANewArticleIsNotNews() {
        judge(about("arms-pact").in("a1", "Wire", "2021-02-04").state("extended").on("2021-02-03").build());
        judge(about("arms-pact").in("a2", "Wire", "2023-02-22").state("suspended").on("2023-02-21").build());
        Decision d = judge(about("arms-pact").in("a3", "Daily", "2026-01-10").state("extended").inMonth("2021-02-01").build());
        assertThat(d.verdict()).isEqualTo(Verdict.LATE);
        assertThat(d.alert()).isNull();
    }

    @Test
    void anEarlierStateRepeatedWithoutADateIsARestatement() {
        judge(about("valley-truce").in("a1", "Wire", "2017-07-07").state("agreed").build());
        judge(about("valley-truce").in("a2", "Daily", "2017-07-10").state("in-effect").on("2017-07-09").build());
        Decision d = judge(about("valley-truce").in("a3", "Herald", "2017-07-12").state("agreed").build());
        assertThat(d.verdict()).isEqualTo(Verdict.RESTATED);
    }

    @Test
    void negatedClaimsNeverEstablishAState() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2017-07-08").state("none-planned").build());
        Decision d = judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2017-08-20").state("scheduled").negated().build());
        assertThat(d.verdict()).isEqualTo(Verdict.NOT_A_STATE);
        assertThat(d.alert()).isNull();
    }

    @Test
    void hedgedClaimsUpdateOnlyPlannedStates() {
        judge(about("valley-truce").in("a1", "Wire", "2017-07-10").state("in-effect").build());
        Decision hedgedCollapse = judge(about("valley-truce").in("a2", "Daily", "2017-08-20").state("collapsed").hedged().build());
        assertThat(hedgedCollapse.verdict()).isEqualTo(Verdict.NOT_A_STATE);

        judge(about("leaders-meeting").aspect("next-meeting").in("b1", "Wire", "2017-07-08").state("none-planned").build());
        Decision expectedMeeting = judge(about("leaders-meeting").aspect("next-meeting").in("b2", "Daily", "2019-06-25")
                .state("scheduled").expected().on("2019-06-28").build());
        assertThat(expectedMeeting.verdict()).isEqualTo(Verdict.UPDATE);
        assertThat(expectedMeeting.alert().summary()).contains("scheduled (2019-06-28, Daily)").doesNotContain("expected");
    }

    @Test
    void aDeniedClaimIsEvidenceNotAState() {
        judge(about("meddling").aspect("allegation").in("a1", "Wire", "2017-07-08").state("alleged").build());
        Decision d = judge(about("meddling").aspect("allegation").in("a2", "Daily", "2017-09-08").state("alleged").denied().saidBy("Kremlin").build());
        assertThat(d.verdict()).isEqualTo(Verdict.NOT_A_STATE);
    }

    @Test
    void aDuplicateClaimChangesNothing() {
        Claim claim = about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build();
        judge(claim);
        ClaimHistory before = history;
        Decision d = judge(claim);
        assertThat(d.verdict()).isEqualTo(Verdict.DUPLICATE);
        assertThat(d.history()).isEqualTo(before);
    }

    @Test
    void oneArticleRaisesAtMostOneUpdatePerAspect() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2017-07-08").state("none-planned").build());
        Decision first = judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2019-06-25")
                .state("held").on("2018-07-16").at(10).build());
        Decision second = judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2019-06-25")
                .state("scheduled").expected().on("2019-06-28").at(300).build());
        assertThat(first.verdict()).isEqualTo(Verdict.UPDATE);
        assertThat(second.verdict()).isEqualTo(Verdict.ALREADY_ALERTED);
    }

    @Test
    void aPlannedEventInTheFutureCountsAsKnowledgeOfItsPublicationDay() {
        judge(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-07-01").state("scheduled").expected().on("2018-08-01").build());
        Decision d = judge(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-07-20").state("postponed").build());
        assertThat(d.verdict()).isEqualTo(Verdict.UPDATE);
    }

    @Test
    void summariesShowDatesAsPreciselyAsTheyAreKnown() {
        judge(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        Decision d = judge(about("arms-pact").in("a2", "Daily", "2019-06-27").state("suspended").inMonth("2019-02-01").build());
        assertThat(d.alert().summary()).isEqualTo("Arms pact: suspended (2019-02, Daily); earlier: in force (2017-07-10, Wire)");
    }

    @Test
    void claimsThatCannotBeJudgedNameWhatIsWrong() {
        assertThatThrownBy(() -> rules.decide(null, about("no-such-issue").state("in-force").build()))
                .isInstanceOf(InvalidClaimException.class).hasMessageContaining("unknown issue 'no-such-issue'");
        assertThatThrownBy(() -> rules.decide(null, about("arms-pact").state("melted").build()))
                .isInstanceOf(InvalidClaimException.class).hasMessageContaining("state 'melted' is not in the vocabulary of arms-pact/status");
        assertThatThrownBy(() -> rules.decide(null, about("arms-pact").aspect("colour").state("in-force").build()))
                .isInstanceOf(InvalidClaimException.class).hasMessageContaining("has no aspect 'colour'");
        assertThatThrownBy(() -> rules.decide(null, about("arms-pact").build()))
                .isInstanceOf(InvalidClaimException.class).hasMessageContaining("no state");
    }

    @Test
    void anEventAnEarlierArticleOnlyExpectedIsAnUpdateWhenItHappens() {
        Claim expected = about("arms-pact").in("a1", "Wire", "2017-07-07").state("suspended").expected().build();
        assertThat(judge(expected).verdict()).isEqualTo(Verdict.NOT_A_STATE);
        Decision d = judge(about("arms-pact").in("a2", "Daily", "2017-07-09").state("suspended").on("2017-07-08").build());
        assertThat(d.verdict()).isEqualTo(Verdict.UPDATE);
        assertThat(d.alert().previous()).isEqualTo(expected);
        assertThat(d.alert().summary()).contains("suspended (2017-07-08, Daily)").contains("expected suspended");
    }

    @Test
    void onlyAnAffirmedExpectationFromAnotherArticleIsFulfilled() {
        judge(about("arms-pact").in("a1", "Wire", "2017-07-07").state("suspended").expected().negated().build());
        judge(about("arms-pact").in("a2", "Wire", "2017-07-07").state("suspended").hedged().build());
        assertThat(judge(about("arms-pact").in("a3", "Daily", "2017-07-09").state("suspended").on("2017-07-08").build()).verdict())
                .isEqualTo(Verdict.BASELINE);
    }
}
