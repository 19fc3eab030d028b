package dev.newsmon.events;

import java.util.List;

/**
 * Kafka topic names: the contract integrators subscribe to. Channel names in the services are the
 * topic names, so these constants are used in code, configuration and tests alike.
 */
public final class Topics {

    /** Raw articles from feeds and pushes. Key: article id. */
    public static final String ARTICLES_RAW = "newsmon.articles.raw";
    /** One analysis per article version. Key: article id. */
    public static final String ARTICLES_ANALYZED = "newsmon.articles.analyzed";
    /** One record per extracted claim. Key: issue id. */
    public static final String CLAIMS = "newsmon.claims";
    /** Updates and contradictions. Key: issue id. */
    public static final String ALERTS = "newsmon.alerts";

    /** Raw articles that extract-service could not parse or process; the reason is in headers. */
    public static final String ARTICLES_RAW_DLQ = "newsmon.articles.raw.dlq";
    /** Claims alert-service could not process. */
    public static final String CLAIMS_DLQ = "newsmon.claims.dlq";

    /** Compacted: the feed registry. Key: feed id; tombstone = deleted. */
    public static final String FEEDS = "newsmon.feeds";
    /** Compacted: per-feed polling state (validators, health). Key: feed id. */
    public static final String FEED_STATE = "newsmon.feeds.state";
    /** Compacted: what ingest has published per article. Key: article id; value: version and hash. */
    public static final String INGEST_SEEN = "newsmon.ingest.seen";

    /** Compacted: alert subscriptions. Key: subscription id; tombstone = deleted. */
    public static final String SUBSCRIPTIONS = "newsmon.subscriptions";
    /** Delivery attempts and their outcomes. Key: subscription id. */
    public static final String DELIVERIES = "newsmon.deliveries";
    /** Deliveries that exhausted their retry schedule. Key: subscription id. */
    public static final String DELIVERIES_DLQ = "newsmon.deliveries.dlq";
    /**
     * Internal to alert-service: deliveries waiting for their next attempt. Key: subscription id; value: the
     * delivery task with its due time. alert-service writes a task here after a failed attempt and reads it back
     * (group {@code newsmon-alert-delivery}) to retry once it is due. It exists so pending retries survive a
     * restart and are shared among replicas by partition, instead of living in one process's timers.
     */
    public static final String DELIVERIES_RETRY = "newsmon.deliveries.retry";

    /** The four public event topics, in pipeline order. */
    public static final List<String> PUBLIC = List.of(ARTICLES_RAW, ARTICLES_ANALYZED, CLAIMS, ALERTS);

    /** Every topic above: what a deployment creates. */
    public static final List<String> ALL = List.of(ARTICLES_RAW, ARTICLES_ANALYZED, CLAIMS, ALERTS,
            ARTICLES_RAW_DLQ, CLAIMS_DLQ, FEEDS, FEED_STATE, INGEST_SEEN, SUBSCRIPTIONS, DELIVERIES, DELIVERIES_DLQ,
            DELIVERIES_RETRY);

    /** Topics whose records are keyed state rather than events: created with cleanup.policy=compact. */
    public static final List<String> COMPACTED = List.of(FEEDS, FEED_STATE, INGEST_SEEN, SUBSCRIPTIONS);

    private Topics() {
    }
}
