package dev.newsmon.ingest.rest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The background poller switched on, with intervals short enough for a test. */
public class SchedulerProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsmon.ingest.poll.enabled", "true", "newsmon.ingest.poll.jitter", "0",
                "newsmon.ingest.poll.per-host-concurrency", "2",
                "newsmon.ingest.feeds-file", "src/test/resources/feeds/bootstrap-feeds.yaml");
    }
}
