package dev.newsmon.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedItem;
import dev.newsmon.ingest.feed.ParsedFeed;

class ArticleNormalizerTest {

    private static final Instant FETCHED = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-01-02T08:00:00Z");
    private static final Instant DC_DATE = Instant.parse("2026-01-03T08:00:00Z");
    private static final FeedDefinition FEED = new FeedDefinition("f-1", "https://news.example/rss", "Example",
            "Example Wire", null, false, FETCHED, "api");
    private static final ParsedFeed PARSED = new ParsedFeed("rss_2.0", "Example feed", "en-GB", 0, List.of());

    private static FeedItem item(String link, String guid, Instant published, Instant updated, Instant dcDate) {
        return new FeedItem(link, guid, "Talks <b>resume</b>", "A. Writer", published, updated, dcDate,
                "<p>Delegations met in the capital on Monday.</p><p>They agreed to meet again.</p>", null, null);
    }

    @Test
    void publishedDateFallsBackFromPublishedToUpdatedToDcDateToFetchTime() {
        assertThat(ArticleNormalizer.publishedAt(item("https://a.example/1", null, PUBLISHED, UPDATED, DC_DATE), FETCHED)).isEqualTo(PUBLISHED);
        assertThat(ArticleNormalizer.publishedAt(item("https://a.example/1", null, null, UPDATED, DC_DATE), FETCHED)).isEqualTo(UPDATED);
        assertThat(ArticleNormalizer.publishedAt(item("https://a.example/1", null, null, null, DC_DATE), FETCHED)).isEqualTo(DC_DATE);
        assertThat(ArticleNormalizer.publishedAt(item("https://a.example/1", null, null, null, null), FETCHED)).isEqualTo(FETCHED);
    }

    @Test
    void idComesFromTheCanonicalLinkSoTrackingVariantsCollapse() {
        RawArticle a = ArticleNormalizer.fromFeedItem(item("https://News.Example/story/1?utm_source=rss#top", "g-1", PUBLISHED, null, null), FEED, PARSED, null, FETCHED);
        RawArticle b = ArticleNormalizer.fromFeedItem(item("https://news.example/story/1", "g-2", PUBLISHED, null, null), FEED, PARSED, null, FETCHED);
        assertThat(a.url()).isEqualTo("https://news.example/story/1");
        assertThat(a.id()).isEqualTo(Ids.articleId("https://news.example/story/1")).isEqualTo(b.id());
        assertThat(a.originalUrl()).isEqualTo("https://News.Example/story/1?utm_source=rss#top");
    }

    @Test
    void guidIsTheFallbackIdentity() {
        RawArticle a = ArticleNormalizer.fromFeedItem(item(null, "urn:uuid:1234", PUBLISHED, null, null), FEED, PARSED, null, FETCHED);
        assertThat(a.id()).isEqualTo(Ids.articleId("urn:uuid:1234"));
        assertThat(a.url()).isNull();
        assertThat(ArticleNormalizer.fromFeedItem(item(null, null, PUBLISHED, null, null), FEED, PARSED, null, FETCHED)).isNull();
    }

    @Test
    void feedItemIsNormalised() {
        RawArticle a = ArticleNormalizer.fromFeedItem(item("https://news.example/story/2", null, PUBLISHED, null, null), FEED, PARSED, null, FETCHED);
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.text()).isEqualTo("Delegations met in the capital on Monday.\n\nThey agreed to meet again.");
        assertThat(a.source()).isEqualTo("Example Wire");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.feedUrl()).isEqualTo("https://news.example/rss");
        assertThat(a.version()).isZero();
        assertThat(a.contentHash()).isEqualTo(ArticleNormalizer.contentHash(a.title(), a.text()));
    }

    @Test
    void contentHashChangesWithTitleOrText() {
        String h = ArticleNormalizer.contentHash("T", "body");
        assertThat(ArticleNormalizer.contentHash("T", "body")).isEqualTo(h);
        assertThat(ArticleNormalizer.contentHash("T2", "body")).isNotEqualTo(h);
        assertThat(ArticleNormalizer.contentHash("T", "body.")).isNotEqualTo(h);
    }

    @Test
    void articleFileKeepsParagraphsAndGuessesLanguage() {
        ArticleFile file = new ArticleFile("x.txt", "Ceasefire holds", PUBLISHED, "Wire", "https://w.example/a?utm_medium=x",
                null, null, Map.of("desk", "world"),
                "The ceasefire held through the night, officials said.\nMonitors reported no violations.\n\n\nTalks on the next phase are planned for the week.");
        RawArticle a = ArticleNormalizer.fromArticleFile(file, FETCHED);
        assertThat(a.url()).isEqualTo("https://w.example/a");
        assertThat(a.text()).isEqualTo("The ceasefire held through the night, officials said.\nMonitors reported no violations.\n\nTalks on the next phase are planned for the week.");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.feedUrl()).isNull();
        assertThat(a.metadata()).containsEntry("desk", "world");
    }

    @Test
    void languageGuessOnlyAnswersWhenClear() {
        assertThat(LanguageGuesser.guess("Les ministres ont annoncé que le cessez-le-feu est entré en vigueur dans la région pour une semaine."))
                .isEqualTo("fr");
        assertThat(LanguageGuesser.guess("Short.")).isNull();
        assertThat(LanguageGuesser.normalise("en-US")).isEqualTo("en");
    }
}
