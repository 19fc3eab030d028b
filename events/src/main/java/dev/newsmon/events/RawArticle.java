package dev.newsmon.events;

import java.time.Instant;
import java.util.Map;

/**
 * An article as ingest-service publishes it on {@link Topics#ARTICLES_RAW}.
 *
 * @param id          stable id derived from the canonical URL (GUID when there is no URL)
 * @param version     1 for the first content seen, incremented each time the content changes
 * @param url         canonical URL
 * @param originalUrl URL as found in the feed or push, before canonicalisation
 * @param feedUrl     the feed it came from; null when pushed
 * @param text        clean plain text, paragraphs separated by blank lines
 * @param contentHash SHA-256 of title and text, hex; a change means a new version
 * @param fetchedAt   when ingest-service accepted it (fetched or received)
 * @param metadata    unknown header keys of pushed article files, kept verbatim
 */
public record RawArticle(
        String id,
        int version,
        String url,
        String originalUrl,
        String title,
        String source,
        String author,
        Instant publishedAt,
        Instant fetchedAt,
        String feedUrl,
        String language,
        String summary,
        String text,
        String contentHash,
        Map<String, String> metadata) {
}
