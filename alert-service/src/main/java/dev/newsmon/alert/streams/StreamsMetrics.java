package dev.newsmon.alert.streams;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;

/** What the topology reports; Micrometer in the service, nothing in unit tests. */
public interface StreamsMetrics {

    StreamsMetrics NONE = new StreamsMetrics() {
    };

    default void claimJudged(Claim claim, Verdict verdict) {
    }

    default void claimRejected(String reason) {
    }

    default void alertEmitted(Alert alert) {
    }
}
