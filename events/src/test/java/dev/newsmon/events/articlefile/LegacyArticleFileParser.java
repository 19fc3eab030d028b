package dev.newsmon.events.articlefile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.newsmon.events.ids.UrlCanonicalizer;

/** The parser as it was before the header-only line scan: the reference {@code ArticleFileParserDifferentialTest} compares with. */
final class LegacyArticleFileParser {

    private static final List<String> REQUIRED = List.of("title", "published", "source", "url");
    private static final List<String> KNOWN = List.of("title", "published", "source", "url", "author", "language");

    private LegacyArticleFileParser() {
    }

    static ArticleFile parse(String name, String content) {
        if (content == null || content.isBlank()) {
            throw new ArticleFileException(name, 0, "empty article file");
        }
        String normalised = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = normalised.split("\r?\n", -1);
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int separator = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                separator = i;
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ArticleFileException(name, i + 1, "header line must be 'key: value' (or '---' to end the header)");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (headers.containsKey(key)) {
                throw new ArticleFileException(name, i + 1, "duplicate header '" + key + "'");
            }
            headers.put(key, value);
            headerLines.put(key, i + 1);
        }
        if (separator < 0) {
            throw new ArticleFileException(name, 0, "no '---' line separating the header from the body");
        }
        for (String key : REQUIRED) {
            if (headers.getOrDefault(key, "").isBlank()) {
                throw new ArticleFileException(name, headerLines.getOrDefault(key, 0), "required header '" + key + "' is missing or empty");
            }
        }
        Instant published = ArticleFileParser.parsePublished(name, headerLines.get("published"), headers.get("published"));
        String url = headers.get("url");
        try {
            UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            throw new ArticleFileException(name, headerLines.get("url"), "url: " + e.getMessage());
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, separator + 1, lines.length)).strip();
        if (body.isEmpty()) {
            throw new ArticleFileException(name, separator + 1, "the body after '---' is empty");
        }
        Map<String, String> metadata = new LinkedHashMap<>(headers);
        KNOWN.forEach(metadata::remove);
        return new ArticleFile(name, headers.get("title"), published, headers.get("source"), url,
                LegacyArticleFileParser.blankToNull(headers.get("author")), LegacyArticleFileParser.blankToNull(headers.get("language")), metadata, body);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
