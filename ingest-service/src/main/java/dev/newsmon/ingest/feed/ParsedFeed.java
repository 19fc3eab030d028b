package dev.newsmon.ingest.feed;

import java.util.List;

/**
 * A feed document after parsing.
 *
 * @param ttlMinutes RSS {@code <ttl>}: how long the publisher asks readers to cache it; 0 when absent
 */
public record ParsedFeed(String type, String title, String language, int ttlMinutes, List<FeedItem> items) {
}
