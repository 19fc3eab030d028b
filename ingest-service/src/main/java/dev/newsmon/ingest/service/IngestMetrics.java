package dev.newsmon.ingest.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The service's own meters, exposed at /q/metrics as newsmon_ingest_*. */
@ApplicationScoped
public class IngestMetrics {

    @Inject
    MeterRegistry registry;

    private final java.util.Map<String, Counter> fetchCounters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Timer> fetchTimers = new java.util.concurrent.ConcurrentHashMap<>();

    public void fetched(String outcome, Duration latency) {
        // cached per outcome: this runs for every fetch, hundreds of times a second
        fetchCounters.computeIfAbsent(outcome, o -> Counter.builder("newsmon.ingest.fetches")
                .description("Feed fetches by outcome").tag("outcome", o).register(registry)).increment();
        fetchTimers.computeIfAbsent(outcome, o -> Timer.builder("newsmon.ingest.fetch.latency")
                .description("Feed fetch latency, parse included").tag("outcome", o).register(registry)).record(latency);
    }

    public void item(IngestStatus status, String origin) {
        Counter.builder("newsmon.ingest.items").description("Articles seen, by result and origin (feed or push)")
                .tag("result", status.label()).tag("origin", origin).register(registry).increment();
    }

    public void publishError() {
        Counter.builder("newsmon.ingest.publish.errors").description("Writes to Kafka that failed")
                .register(registry).increment();
    }

    public void rejected(String origin) {
        Counter.builder("newsmon.ingest.rejected").description("Items rejected as invalid")
                .tag("origin", origin).register(registry).increment();
    }
}
