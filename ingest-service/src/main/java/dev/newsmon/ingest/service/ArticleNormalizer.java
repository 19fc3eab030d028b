package dev.newsmon.ingest.service;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedItem;
import dev.newsmon.ingest.feed.ParsedFeed;

/**
 * Turns feed items and pushed articles into {@link RawArticle}s: canonical URL, stable id, clean
 * text, a published date from the best available source, a language and a content hash. The version
 * is left at 0; de-duplication assigns it.
 */
public final class ArticleNormalizer {

    private static final int SUMMARY_LIMIT = 1000;

    private ArticleNormalizer() {
    }

    /** The identity of an item: its canonical link, or its GUID when it has no usable link. */
    public record Identity(String id, String canonicalUrl, String originalUrl) {
    }

    /** @return the identity, or null when the item has neither a usable link nor a GUID */
    public static Identity identify(FeedItem item) {
        if (item.link() != null) {
            try {
                String canonical = UrlCanonicalizer.canonicalize(item.link());
                return new Identity(Ids.articleId(canonical), canonical, item.link());
            } catch (IllegalArgumentException notHttp) {
                // fall through to the GUID
            }
        }
        if (item.guid() != null) {
            String canonical = null;
            try {
                canonical = UrlCanonicalizer.canonicalize(item.guid());
            } catch (IllegalArgumentException notAUrl) {
                // a tag: or urn: GUID identifies the item but is no URL
            }
            return new Identity(Ids.articleId(canonical != null ? canonical : item.guid()), canonical,
                    item.link() != null ? item.link() : item.guid());
        }
        return null;
    }

    /** Published-date fallback chain: published, updated, dc:date, then the time we fetched it. */
    public static Instant publishedAt(FeedItem item, Instant fetchedAt) {
        if (item.published() != null) {
            return item.published();
        }
        if (item.updated() != null) {
            return item.updated();
        }
        if (item.dcDate() != null) {
            return item.dcDate();
        }
        return fetchedAt;
    }

    /**
     * @param fullText text extracted from the article page, or null to use the feed's own content
     * @return the article, or null when the item cannot be identified
     */
    public static RawArticle fromFeedItem(FeedItem item, FeedDefinition feed, ParsedFeed parsed, String fullText,
                                          Instant fetchedAt) {
        Identity identity = identify(item);
        if (identity == null) {
            return null;
        }
        String title = HtmlText.toText(item.title()).replace("\n\n", " ").replace('\n', ' ');
        String summary = HtmlText.toText(item.summaryHtml());
        String text = fullText != null && !fullText.isBlank() ? fullText
                : HtmlText.toText(item.contentHtml() != null ? item.contentHtml() : item.summaryHtml());
        if (text.isBlank()) {
            text = title;
        }
        if (title.isBlank()) {
            title = firstWords(text);
        }
        String language = LanguageGuesser.normalise(item.language());
        if (language == null) {
            language = LanguageGuesser.normalise(parsed.language());
        }
        if (language == null) {
            language = LanguageGuesser.guess(text);
        }
        String source = firstNonBlank(feed.publisher(), feed.name(), parsed.title(), hostOf(feed.url()));
        return new RawArticle(identity.id(), 0, identity.canonicalUrl(), identity.originalUrl(), title, source,
                item.author(), publishedAt(item, fetchedAt), fetchedAt, feed.url(), language,
                summary.isBlank() ? null : truncate(summary), text, contentHash(title, text), Map.of());
    }

    public static RawArticle fromArticleFile(ArticleFile file, Instant receivedAt) {
        String canonical = UrlCanonicalizer.canonicalize(file.url());
        String text = HtmlText.normalisePlain(file.body());
        String title = file.title().strip();
        Map<String, String> metadata = file.metadata() == null ? Map.of() : Map.copyOf(file.metadata());
        String summary = metadata.get("summary");
        String language = LanguageGuesser.normalise(file.language());
        if (language == null) {
            language = LanguageGuesser.guess(text);
        }
        return new RawArticle(Ids.articleId(canonical), 0, canonical, file.url().strip(), title, file.source().strip(),
                file.author(), file.published(), receivedAt, null, language, summary, text,
                contentHash(title, text), metadata);
    }

    /** SHA-256 of title and text: what a reader sees; a change here is a new version. */
    public static String contentHash(String title, String text) {
        return Ids.sha256Hex(title + "\n\n" + text);
    }

    public static RawArticle withVersion(RawArticle a, int version) {
        return new RawArticle(a.id(), version, a.url(), a.originalUrl(), a.title(), a.source(), a.author(),
                a.publishedAt(), a.fetchedAt(), a.feedUrl(), a.language(), a.summary(), a.text(), a.contentHash(),
                a.metadata());
    }

    private static String truncate(String s) {
        return s.length() <= SUMMARY_LIMIT ? s : s.substring(0, SUMMARY_LIMIT).strip() + "…";
    }

    private static String firstWords(String text) {
        String firstLine = text.split("\n", 2)[0];
        return firstLine.length() <= 120 ? firstLine : firstLine.substring(0, 120).strip() + "…";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
