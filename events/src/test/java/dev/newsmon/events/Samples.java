package dev.newsmon.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.ids.UrlCanonicalizer;

/** Event records as the services produce them, written for these tests (not taken from any corpus). */
public final class Samples {

    public static final String TEXT = "The two governments said on Monday that the accord would stay in force.\n\n"
            + "Officials expect a follow-up meeting in March.";

    private Samples() {
    }

    public static RawArticle rawArticle() {
        String original = "https://News.Example.org/2024/05/06/accord-stays/?utm_source=rss#top";
        String url = UrlCanonicalizer.canonicalize(original);
        return new RawArticle(Ids.articleId(url), 1, url, original, "Accord stays in force, officials say",
                "Example Wire", "Jane Roe", Instant.parse("2024-05-06T09:30:00Z"), Instant.parse("2024-05-06T09:31:12.345Z"),
                "https://news.example.org/feed.xml", "en", "The accord stays.", TEXT,
                Ids.sha256Hex("Accord stays in force, officials say\n" + TEXT), Map.of("desk", "world"));
    }

    /** A pushed article: every optional field empty. */
    public static RawArticle pushedRawArticle() {
        String url = "https://example.net/story";
        return new RawArticle(Ids.articleId(url), 2, url, url, "Story", "Example Net", null,
                Instant.parse("2024-05-06T00:00:00Z"), Instant.parse("2024-05-07T10:00:00Z"), null, null, null,
                "Body.", Ids.sha256Hex("Story\nBody."), null);
    }

    public static Claim claim() {
        RawArticle article = rawArticle();
        return new Claim(Ids.claimId(article.id(), 1, "new-start", "status", 0, 72), article.id(), 1, article.url(),
                article.title(), article.source(), article.publishedAt(), "new-start", "status", "in-force",
                Polarity.AFFIRMED, Modality.ASSERTED, "the two governments", LocalDate.of(2024, 5, 6), "day",
                new Evidence("The two governments said on Monday that the accord would stay in force.", 0, 72),
                0.82, article.fetchedAt());
    }

    /** A claim with every nullable field null. */
    public static Claim bareClaim() {
        RawArticle article = pushedRawArticle();
        return new Claim(Ids.claimId(article.id(), 2, "summit-meeting", "next-meeting", 10, 40), article.id(), 2,
                article.url(), null, article.source(), article.publishedAt(), "summit-meeting", "next-meeting",
                "none-planned", Polarity.NEGATED, Modality.HEDGED, null, null, null,
                new Evidence("No meeting may be planned.", 10, 40), 0.4, null);
    }

    public static AnalyzedArticle analyzedArticle() {
        RawArticle article = rawArticle();
        return new AnalyzedArticle(article.id(), article.version(), article.url(), article.title(), article.source(),
                article.publishedAt(), Instant.parse("2024-05-06T09:31:13Z"), article.fetchedAt(), false,
                List.of(new IssueTag("new-start", 0.9, 3, List.of("The two governments said on Monday that the accord would stay in force."))),
                List.of(claim(), bareClaim()));
    }

    /** An article that matches nothing still gets an AnalyzedArticle. */
    public static AnalyzedArticle untaggedArticle() {
        RawArticle article = pushedRawArticle();
        return new AnalyzedArticle(article.id(), article.version(), article.url(), article.title(), article.source(),
                article.publishedAt(), Instant.parse("2024-05-07T10:00:01Z"), null, true, List.of(), List.of());
    }

    public static Alert alert() {
        Claim previous = claim();
        Claim current = new Claim(Ids.claimId("a-000000000000000000000001", 1, "new-start", "status", 5, 50),
                "a-000000000000000000000001", 1, "https://example.com/later", "Treaty suspended", "Other Wire",
                Instant.parse("2024-06-01T08:00:00Z"), "new-start", "status", "suspended", Polarity.AFFIRMED,
                Modality.ASSERTED, null, LocalDate.of(2024, 5, 31), "day",
                new Evidence("The treaty was suspended on Friday.", 5, 50), 0.9, Instant.parse("2024-06-01T08:00:05Z"));
        return new Alert(Ids.alertId("UPDATE", previous.claimId(), current.claimId()), AlertType.UPDATE, "new-start",
                "New START treaty", "status", "New START treaty: suspended (2024-05-31, Other Wire); earlier: in force (2024-05-06, Example Wire)",
                Instant.parse("2024-06-01T08:00:06Z"), previous, current, List.of("Example Wire"));
    }
}
