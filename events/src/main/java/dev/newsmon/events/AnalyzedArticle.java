package dev.newsmon.events;

import java.time.Instant;
import java.util.List;

/**
 * extract-service's result for one article version, published on {@link Topics#ARTICLES_ANALYZED}.
 * An article that matches no watched issue still gets one, with empty {@code issues}.
 *
 * @param truncated true when the text exceeded the analysis limit and only its start was read
 */
public record AnalyzedArticle(
        String articleId,
        int version,
        String url,
        String title,
        String source,
        Instant publishedAt,
        Instant analyzedAt,
        Instant ingestedAt,
        boolean truncated,
        List<IssueTag> issues,
        List<Claim> claims) {
}
