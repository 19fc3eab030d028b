package dev.newsmon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SettledDeliveriesTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void remembersTheHighestAttemptAndWhetherItWasDelivered() {
        SettledDeliveries settled = new SettledDeliveries(Duration.ofDays(7));
        settled.remember("d1", 1, false, T0);
        settled.remember("d1", 3, false, T0.plusSeconds(60));
        settled.remember("d1", 2, false, T0.plusSeconds(30)); // a re-read older record does not lower it
        assertThat(settled.attempt("d1")).isEqualTo(3);
        assertThat(settled.delivered("d1")).isFalse();
        settled.remember("d1", 4, true, T0.plusSeconds(600));
        assertThat(settled.delivered("d1")).isTrue();
        assertThat(settled.attempt("unknown")).isZero();
        assertThat(settled.delivered("unknown")).isFalse();
    }

    @Test
    void forgetsDeliveriesSettledLongerAgoThanTheWindowBeforeTheNewestAttempt() {
        SettledDeliveries settled = new SettledDeliveries(Duration.ofHours(24));
        settled.remember("old", 1, true, T0);
        settled.remember("recent", 1, true, T0.plus(Duration.ofHours(20)));
        assertThat(settled.size()).isEqualTo(2);
        settled.remember("new", 1, true, T0.plus(Duration.ofHours(25)));
        assertThat(settled.delivered("old")).isFalse();
        assertThat(settled.attempt("old")).isZero();
        assertThat(settled.delivered("recent")).isTrue();
        assertThat(settled.size()).isEqualTo(2);
    }

    @Test
    void aLaterAttemptKeepsADeliveryWhoseFirstAttemptIsOld() {
        SettledDeliveries settled = new SettledDeliveries(Duration.ofHours(24));
        settled.remember("retried", 1, false, T0);
        settled.remember("retried", 2, false, T0.plus(Duration.ofHours(10)));
        settled.remember("other", 1, true, T0.plus(Duration.ofHours(30))); // the first attempt leaves the window
        assertThat(settled.attempt("retried")).isEqualTo(2);
        settled.remember("other", 1, true, T0.plus(Duration.ofHours(35))); // so does the second
        assertThat(settled.attempt("retried")).isZero();
    }

    @Test
    void readingAYearOfRecordsKeepsOnlyTheWindow() {
        SettledDeliveries settled = new SettledDeliveries(Duration.ofDays(7));
        for (int hour = 0; hour < 365 * 24; hour++) {
            settled.remember("d" + hour, 1, true, T0.plus(Duration.ofHours(hour)));
        }
        assertThat(settled.size()).isBetween(7 * 24, 7 * 24 + 1);
        assertThat(settled.delivered("d" + (365 * 24 - 1))).isTrue();
        assertThat(settled.delivered("d0")).isFalse();
    }

    @Test
    void anAttemptWithoutATimeCountsAsTheNewestSeen() {
        SettledDeliveries settled = new SettledDeliveries(Duration.ofHours(1));
        settled.remember("timed", 1, true, T0);
        settled.remember("untimed", 1, true, null);
        assertThat(settled.delivered("untimed")).isTrue();
        assertThat(settled.delivered("timed")).isTrue();
    }

    @Test
    void theWindowMustOutlastTheRetryScheduleAtItsLongestJitter() {
        java.util.List<Duration> schedule = java.util.List.of(Duration.ofHours(8), Duration.ofHours(8)); // 16 h, 19.2 h with 20 %
        assertThat(DeliveryLog.checkedRememberFor(Duration.ofHours(20), schedule, 0.2)).isEqualTo(Duration.ofHours(20));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeliveryLog.checkedRememberFor(Duration.ofHours(19), schedule, 0.2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsmon.alert.delivery.remember-for (PT19H)")
                .hasMessageContaining("PT19H12M");
    }

    @Test
    void alertsDetectedBeforeTheWindowAreNotDelivered() {
        Instant now = T0.plus(Duration.ofDays(30));
        assertThat(AlertListener.tooOldToDeliver(alertDetected(now.minus(Duration.ofDays(8))), now, Duration.ofDays(7))).isTrue();
        assertThat(AlertListener.tooOldToDeliver(alertDetected(now.minus(Duration.ofDays(6))), now, Duration.ofDays(7))).isFalse();
        assertThat(AlertListener.tooOldToDeliver(alertDetected(null), now, Duration.ofDays(7))).isFalse();
    }

    private static dev.newsmon.events.Alert alertDetected(Instant detectedAt) {
        var claim = dev.newsmon.alert.support.Claims.about("arms-pact").in("a1", "Wire", "2019-01-01").state("in-force").build();
        return new dev.newsmon.events.Alert("al-1", dev.newsmon.events.AlertType.UPDATE, "arms-pact", "Arms pact", "status", "s",
                detectedAt, claim, claim, java.util.List.of());
    }
}
