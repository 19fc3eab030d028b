package dev.newsmon.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Main-content extraction for feeds whose items carry only a summary: readability4j (a port of
 * Mozilla's Readability, the algorithm behind Firefox Reader View) finds the article body and drops
 * navigation, related links and comment sections.
 */
public final class FullTextExtractor {

    private FullTextExtractor() {
    }

    /** @return the article's main content as HTML, or null when none was found */
    public static String mainContentHtml(String url, byte[] html, String contentType) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), charsetOf(contentType), url);
            Article article = new Readability4J(url, doc).parse();
            String content = article.getContent();
            return content == null || content.isBlank() ? null : content;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The charset named in Content-Type, or null to let jsoup sniff the BOM and meta tags. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                return Charset.isSupported(name) ? name : null;
            }
        }
        return null;
    }
}
