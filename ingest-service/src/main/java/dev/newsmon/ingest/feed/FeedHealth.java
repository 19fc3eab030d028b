package dev.newsmon.ingest.feed;

/** How a feed is doing, from its recent fetches. */
public enum FeedHealth {
    /** Never fetched yet. */
    NEW,
    /** Last fetch succeeded. */
    OK,
    /** Failing, but not for long. */
    DEGRADED,
    /** Failing repeatedly; polled with exponential backoff. */
    FAILING,
    /** Too many consecutive parse errors: no longer polled until it is added again. */
    DISABLED
}
