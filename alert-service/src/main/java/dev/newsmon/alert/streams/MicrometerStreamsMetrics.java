package dev.newsmon.alert.streams;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Claims judged by verdict, claims refused, alerts by type and issue, and end-to-end latency from ingest to alert. */
@ApplicationScoped
public class MicrometerStreamsMetrics implements StreamsMetrics {

    private final MeterRegistry registry;
    private final Timer endToEnd;
    private final Counter rejected;

    public MicrometerStreamsMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.endToEnd = Timer.builder("newsmon.alert.end.to.end.latency")
                .description("From ingest-service accepting the article (Claim.ingestedAt) to the alert being emitted")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
        this.rejected = Counter.builder("newsmon.alert.claims.rejected")
                .description("Claims sent to newsmon.claims.dlq").register(registry);
    }

    @Override
    public void claimJudged(Claim claim, Verdict verdict) {
        registry.counter("newsmon.alert.claims.processed", "verdict", verdict.name()).increment();
    }

    @Override
    public void claimRejected(String reason) {
        rejected.increment();
    }

    @Override
    public void alertEmitted(Alert alert) {
        registry.counter("newsmon.alert.alerts", "type", alert.type().name(), "issue", alert.issue()).increment();
        Instant ingested = alert.current().ingestedAt();
        if (ingested != null) {
            Duration latency = Duration.between(ingested, Instant.now());
            if (!latency.isNegative()) {
                endToEnd.record(latency);
            }
        }
    }
}
