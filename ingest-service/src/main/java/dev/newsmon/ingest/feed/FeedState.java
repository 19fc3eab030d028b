package dev.newsmon.ingest.feed;

import java.time.Instant;

/**
 * Polling state of one feed, as stored (key = feed id) in the compacted topic {@code newsmon.feeds.state},
 * so validators, backoff and health survive restarts and move with the feed to another replica.
 *
 * @param lastStatus            HTTP status of the last fetch (0 when no response)
 * @param lastOutcome           outcome label of the last fetch (ok, not_modified, http_error, ...)
 * @param itemsLastFetch        items in the feed document at the last successful parse
 * @param newItemsLastFetch     items published (new or updated) by the last fetch
 * @param itemsPublished        items published since the feed was registered
 * @param ttlMinutes            the feed's own {@code <ttl>}, remembered across 304 answers
 */
public record FeedState(
        String feedId,
        String etag,
        String lastModified,
        Instant lastFetchAt,
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        int lastStatus,
        String lastOutcome,
        int consecutiveFailures,
        int consecutiveParseErrors,
        FeedHealth health,
        Instant nextPollAt,
        int itemsLastFetch,
        int newItemsLastFetch,
        long itemsPublished,
        String feedTitle,
        String feedLanguage,
        int ttlMinutes) {

    public static FeedState initial(String feedId, Instant nextPollAt) {
        return new FeedState(feedId, null, null, null, null, null, null, 0, null, 0, 0, FeedHealth.NEW, nextPollAt,
                0, 0, 0, null, null, 0);
    }

    public FeedState withNextPollAt(Instant next) {
        return new FeedState(feedId, etag, lastModified, lastFetchAt, lastSuccessAt, lastErrorAt, lastError, lastStatus,
                lastOutcome, consecutiveFailures, consecutiveParseErrors, health, next, itemsLastFetch,
                newItemsLastFetch, itemsPublished, feedTitle, feedLanguage, ttlMinutes);
    }

    /** Re-enables a disabled feed (it was added again) and makes it due now. */
    public FeedState reenabled(Instant now) {
        return new FeedState(feedId, etag, lastModified, lastFetchAt, lastSuccessAt, lastErrorAt, lastError, lastStatus,
                lastOutcome, 0, 0, health == FeedHealth.DISABLED ? FeedHealth.DEGRADED : health, now, itemsLastFetch,
                newItemsLastFetch, itemsPublished, feedTitle, feedLanguage, ttlMinutes);
    }
}
