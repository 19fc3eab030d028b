package dev.newsmon.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A structured statement an article makes about a watched issue, published on {@link Topics#CLAIMS}
 * keyed by {@link #issue()}.
 *
 * @param claimId       deterministic: from article id and version, issue, aspect and evidence offsets
 * @param aspect        what about the issue, e.g. {@code status}, {@code next-meeting}
 * @param state         a state from the aspect's vocabulary in the watchlist
 * @param attributedTo  who says it, when it is a quote or reported speech; null when the article says it
 * @param eventDate     the day the state holds or the event happens (null when the text gives no date)
 * @param eventDatePrecision {@code day}, {@code month} or {@code year}; null when eventDate is null
 * @param confidence    0..1
 * @param ingestedAt    when ingest-service accepted the article; carried for end-to-end latency
 */
public record Claim(
        String claimId,
        String articleId,
        int articleVersion,
        String articleUrl,
        String articleTitle,
        String source,
        Instant publishedAt,
        String issue,
        String aspect,
        String state,
        Polarity polarity,
        Modality modality,
        String attributedTo,
        LocalDate eventDate,
        String eventDatePrecision,
        Evidence evidence,
        double confidence,
        Instant ingestedAt) {
}
