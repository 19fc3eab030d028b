package dev.newsmon.events.articlefile;

import java.time.Instant;
import java.util.Map;

/**
 * One article in the article-file format (header block, a line {@code ---}, then the body), as used
 * for pushed articles, replays and labelled evaluation sets.
 *
 * @param name     where it came from (file name or batch position), for error messages
 * @param metadata header keys other than the known ones, lower-cased, kept verbatim
 */
public record ArticleFile(
        String name,
        String title,
        Instant published,
        String source,
        String url,
        String author,
        String language,
        Map<String, String> metadata,
        String body) {
}
