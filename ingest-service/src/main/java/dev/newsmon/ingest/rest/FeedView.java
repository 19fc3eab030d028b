package dev.newsmon.ingest.rest;

import java.time.Instant;

import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedHealth;
import dev.newsmon.ingest.feed.FeedState;

/** A feed as the API shows it: its registration and how polling it is going. */
public record FeedView(
        String id,
        String url,
        String name,
        String publisher,
        Integer pollIntervalSeconds,
        boolean fullText,
        Instant createdAt,
        String origin,
        String health,
        Instant lastFetchAt,
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        String lastOutcome,
        int lastStatus,
        int consecutiveFailures,
        int itemsLastFetch,
        int newItemsLastFetch,
        long itemsPublished,
        Instant nextPollAt,
        String feedTitle,
        boolean polledHere) {

    static FeedView of(FeedDefinition f, FeedState s, boolean polledHere) {
        FeedState st = s != null ? s : FeedState.initial(f.id(), null);
        FeedHealth health = st.health() == null ? FeedHealth.NEW : st.health();
        return new FeedView(f.id(), f.url(), f.name(), f.publisher(), f.pollIntervalSeconds(), f.fullText(),
                f.createdAt(), f.origin(), health.name().toLowerCase(java.util.Locale.ROOT), st.lastFetchAt(),
                st.lastSuccessAt(), st.lastErrorAt(), st.lastError(), st.lastOutcome(), st.lastStatus(),
                st.consecutiveFailures(), st.itemsLastFetch(), st.newItemsLastFetch(), st.itemsPublished(),
                st.nextPollAt(), st.feedTitle(), polledHere);
    }
}
