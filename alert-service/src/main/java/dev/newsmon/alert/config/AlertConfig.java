package dev.newsmon.alert.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** alert-service settings; every one can be set by environment variable (NEWSMON_ALERT_...). */
@ConfigMapping(prefix = "newsmon.alert")
public interface AlertConfig {

    /** Watchlist file replacing the default (env NEWSMON_WATCHLIST). */
    Optional<String> watchlist();

    /** Hosts and CIDR ranges webhooks may reach although private or loopback (env NEWSMON_ALLOW_PRIVATE). */
    Optional<List<String>> allowPrivate();

    /** Where the dashboard's Feeds page reaches ingest-service (env NEWSMON_INGEST_URL); served as /dashboard/config.json. */
    @WithDefault("http://localhost:8081")
    String ingestUrl();

    /** Create the topics this service reads and writes when they are missing. */
    @WithDefault("true")
    boolean createTopics();

    /** Partitions for topics this service creates. */
    @WithDefault("1")
    int topicPartitions();

    /**
     * Claims kept per issue aspect; the oldest by event time are dropped beyond this (their store records deleted).
     * Each claim is its own store record, so this bounds the history's memory and the rules' scan per claim, not a
     * record size (when the history was one record, the pipeline benchmark crashed the stream at about 1,500 claims
     * on one aspect).
     */
    @WithDefault("500")
    int maxClaimsPerAspect();

    Delivery delivery();

    interface Delivery {

        /** Waits before each retry: attempt 2 waits the first, and so on; then the dead-letter topic. */
        @WithDefault("30s,2m,10m,30m,1h,2h,4h,8h")
        List<Duration> retrySchedule();

        /** Each wait is randomised by up to this fraction either way, so retries from many alerts spread out. */
        @WithDefault("0.2")
        double jitter();

        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("10s")
        Duration requestTimeout();

        /** Deliveries one subscription may have in flight; the rest queue in its lane, other lanes are unaffected. */
        @WithDefault("4")
        int maxInFlightPerSubscription();

        /** Attempts kept per subscription for GET /api/subscriptions/{id}/deliveries. */
        @WithDefault("1000")
        int keepAttemptsPerSubscription();

        /**
         * How long a settled delivery is remembered so that it is never made twice; alerts detected longer ago
         * than this are not delivered. Must exceed the retry schedule with its jitter (checked at startup).
         */
        @WithDefault("7d")
        Duration rememberFor();
    }
}
