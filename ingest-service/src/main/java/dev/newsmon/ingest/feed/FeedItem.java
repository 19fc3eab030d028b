package dev.newsmon.ingest.feed;

import java.time.Instant;

/**
 * One entry of a parsed feed, before normalisation.
 *
 * @param link      absolute URL of the article (resolved against the feed URL), or null
 * @param guid      RSS guid or Atom id, or null
 * @param dcDate    dc:date, the third step of the published-date fallback chain
 * @param summaryHtml description / summary as found (HTML or text)
 * @param contentHtml full content as found (content:encoded, Atom content), or null
 */
public record FeedItem(
        String link,
        String guid,
        String title,
        String author,
        Instant published,
        Instant updated,
        Instant dcDate,
        String summaryHtml,
        String contentHtml,
        String language) {
}
