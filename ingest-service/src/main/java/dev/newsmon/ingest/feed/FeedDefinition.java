package dev.newsmon.ingest.feed;

import java.time.Instant;

import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.ids.UrlCanonicalizer;

/**
 * A registered feed, as stored (key = id) in the compacted topic {@code newsmon.feeds}.
 *
 * @param pollIntervalSeconds override of the default poll interval; null to use the default
 * @param fullText            fetch each new item's page and extract the main content
 * @param origin              api, file or opml: where the registration came from
 */
public record FeedDefinition(
        String id,
        String url,
        String name,
        String publisher,
        Integer pollIntervalSeconds,
        boolean fullText,
        Instant createdAt,
        String origin) {

    /** Feed ids derive from the canonical feed URL, so registering the same feed twice is idempotent. */
    public static String idFor(String url) {
        return "f-" + Ids.sha256Hex(UrlCanonicalizer.canonicalize(url)).substring(0, 16);
    }

    /** Same registration, ignoring when and how it was made. */
    public boolean sameSettings(FeedDefinition other) {
        return other != null && url.equals(other.url) && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(publisher, other.publisher)
                && java.util.Objects.equals(pollIntervalSeconds, other.pollIntervalSeconds)
                && fullText == other.fullText;
    }
}
