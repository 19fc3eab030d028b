package dev.newsmon.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything ingest-service can be tuned with; see the module README for the env variables. */
@ConfigMapping(prefix = "newsmon.ingest")
public interface IngestConfig {

    /** Hosts and CIDR ranges exempt from the private-address refusal (env NEWSMON_ALLOW_PRIVATE). */
    Optional<List<String>> allowPrivate();

    /** YAML or OPML file whose feeds are registered at startup (env NEWSMON_FEEDS_FILE). */
    Optional<String> feedsFile();

    @WithDefault("newsmon/0.1 (+https://github.com/newsmon)")
    String userAgent();

    /** Partitions of the compacted feed registry topic when ingest creates it: the unit of replica ownership. */
    @WithDefault("6")
    int feedPartitions();

    /** How long startup may take to load the compacted state topics before giving up. */
    @WithDefault("60s")
    Duration startupTimeout();

    Poll poll();

    Http http();

    Health health();

    interface Poll {
        /** Switch for the background poller (the API and pushes keep working without it). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("15m")
        Duration defaultInterval();

        /** No feed is polled more often than this, whatever its override says. */
        @WithDefault("1m")
        Duration minInterval();

        @WithDefault("6h")
        Duration maxBackoff();

        /** Random spread applied to every delay, as a fraction of it, so feeds do not poll in lock-step. */
        @WithDefault("0.1")
        double jitter();

        @WithDefault("4")
        int perHostConcurrency();

        @WithDefault("64")
        int maxConcurrency();

        /** How often the scheduler looks for due feeds. */
        @WithDefault("200ms")
        Duration tick();

        /** Most items per poll whose article page is fetched for full-text feeds. */
        @WithDefault("20")
        int maxFullTextPerPoll();
    }

    interface Http {
        @WithDefault("10s")
        Duration connectTimeout();

        /** Budget for one request, response headers and body included. */
        @WithDefault("30s")
        Duration readTimeout();

        @WithDefault("5242880")
        long maxBodyBytes();

        @WithDefault("20971520")
        long maxDecompressedBytes();

        @WithDefault("5")
        int maxRedirects();
    }

    interface Health {
        /** Consecutive failures after which a feed counts as failing rather than degraded. */
        @WithDefault("3")
        int failingAfter();

        /** Consecutive parse errors after which a feed is disabled until it is added again. */
        @WithDefault("5")
        int disableAfterParseErrors();
    }
}
