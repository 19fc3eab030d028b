package dev.newsmon.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Floors on the ninth heldout set (src/test/resources/heldout9): 18 short pieces (agency flashes, briefs, "what we
 * know" lists, live blogs, regional outlets in plain translated English and a weekly round-up) from the seized
 * compounds of December 2016 to New START's expiry in February 2026 and a start-up summit of November 2026, written
 * blind: before their author read any rule, the watchlist or another labelled set. The blind figures were tag F1 0.95
 * (P 0.97, R 0.94) and alert F1 0.67 (P 1.00, R 0.50); the floors sit a little under them and the misses are ranked by
 * cause in the folder's README. After the fixes (README, "After the fixes") tag F1 0.98 (P 0.97, R 1.00) and alert F1 0.83
 * (10/14); the floors follow those, and the blind figures remain the estimate to quote. The Houston consulate trap (10) still
 * fails on tags and is asserted only as far as it passed (no claims).
 */
class HeldoutSet9Test extends LabelledFolderTest {

    HeldoutSet9Test() {
        super("heldout9");
    }

    @Test
    void tagFloors() {
        assertThat(result.analyzed()).hasSize(18);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void trapsThatPassed() {
        assertThat(result.byFile().get("18-tallinn-startup-summit-founders.txt").issues())
                .as("a software company's start-up summit, 'a fresh start', a price-war 'ceasefire', a shareholders' meeting")
                .isEmpty();
        assertThat(result.byFile().get("09-idlib-ceasefire-erdogan-putin-moscow.txt").issues())
                .as("Putin meeting Erdogan is no US-Russia meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("02-astana-four-zones-memorandum.txt").issues())
                .as("the next meeting in Astana is no leaders' meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("05-ryabkov-shannon-compounds-no-breakthrough.txt").issues())
                .as("deputy ministers' talks are no leaders' meeting").noneMatch(t -> t.id().equals("summit-meeting"));
        assertThat(result.byFile().get("06-trump-signs-caatsa-moscow-cuts-embassy.txt").claims())
                .as("CAATSA's sanctions on Iran are not the nuclear deal").noneMatch(c -> c.issue().equals("iran-nuclear"));
        assertThat(result.byFile().get("10-houston-chinese-consulate-ordered-closed.txt").claims())
                .as("China's Houston consulate gives no claim (the tag itself is a known miss)").isEmpty();
    }

    @Test
    void claimsTheFoundAlertsRestOn() {
        assertThat(claim("04-what-we-know-southwest-syria-truce.txt", "syria-ceasefire", "in-effect").eventDate())
                .isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(claim("06-trump-signs-caatsa-moscow-cuts-embassy.txt", "sanctions", "imposed").eventDate())
                .isEqualTo(LocalDate.of(2017, 8, 2));
        assertThat(claim("09-idlib-ceasefire-erdogan-putin-moscow.txt", "syria-ceasefire", "agreed").eventDate())
                .isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(claim("13-putin-suspends-new-start-address.txt", "new-start", "suspended").eventDate())
                .isEqualTo(LocalDate.of(2023, 2, 21));
        assertThat(claim("15-anchorage-summit-no-deal-flash.txt", "summit-meeting", "held").eventDate())
                .isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(claim("17-weekly-roundup-new-start-expires.txt", "new-start", "expired").eventDate())
                .isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(claim("17-weekly-roundup-new-start-expires.txt", "summit-meeting", "postponed").eventDate())
                .isAfter(LocalDate.of(2025, 8, 15));
        // found after the fixes: "the seizure of its two compounds ..., which it still wants returned"
        assertThat(claim("06-trump-signs-caatsa-moscow-cuts-embassy.txt", "diplomatic-property", "return-demanded").eventDate())
                .isEqualTo(LocalDate.of(2017, 8, 2));
        // "America withdraws from the nuclear deal" (present tense), the earlier state 16's snapback updates
        assertThat(claim("08-tehran-trump-leaves-nuclear-deal.txt", "iran-nuclear", "withdrawn").eventDate())
                .isEqualTo(LocalDate.of(2018, 5, 8));
        // "nothing would happen ... until he and Putin got together, and that he would meet Putin": the second clause is affirmed
        assertThat(claim("14-live-istanbul-talks-prisoner-swap.txt", "summit-meeting", "scheduled").polarity())
                .isEqualTo(dev.newsmon.events.Polarity.AFFIRMED);
        assertThat(claim("13-putin-suspends-new-start-address.txt", "ukraine", "stalled").polarity())
                .isEqualTo(dev.newsmon.events.Polarity.AFFIRMED);
    }
}
