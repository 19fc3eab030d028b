package dev.newsmon.ingest.rest;

/**
 * Body of {@code POST /api/feeds}.
 *
 * @param pollInterval        override as a duration (10m, 1h, PT15M); alternative to pollIntervalSeconds
 * @param pollIntervalSeconds override in seconds
 */
public record FeedRequest(String url, String name, String publisher, Integer pollIntervalSeconds, String pollInterval,
                          Boolean fullText) {
}
