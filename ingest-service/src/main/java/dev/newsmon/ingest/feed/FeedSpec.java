package dev.newsmon.ingest.feed;

/**
 * A feed as an operator describes it (API request, feeds file, OPML outline), before validation.
 *
 * @param pollIntervalSeconds null to use the default interval
 */
public record FeedSpec(String url, String name, String publisher, Integer pollIntervalSeconds, Boolean fullText) {
}
