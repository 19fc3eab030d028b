package dev.newsmon.events.articlefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.newsmon.events.ids.UrlCanonicalizer;

/** Reads the article-file format; see the "Article files" section of {@code events/README.md}. */
public final class ArticleFileParser {

    private static final List<String> REQUIRED = List.of("title", "published", "source", "url");
    private static final List<String> KNOWN = List.of("title", "published", "source", "url", "author", "language");

    private ArticleFileParser() {
    }

    public static ArticleFile parse(String name, String content) {
        if (content == null || content.isBlank()) {
            throw new ArticleFileException(name, 0, "empty article file");
        }
        String normalised = content.startsWith("\uFEFF") ? content.substring(1) : content;
        // Only the header is read line by line; the body is taken whole. (A regex split of the whole file was
        // half the CPU of pushing an article file.)
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int separator = -1;
        int bodyStart = -1;
        int lineStart = 0;
        for (int i = 0; ; i++) {
            int newline = normalised.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? normalised.length() : newline;
            if (newline >= 0 && lineEnd > lineStart && normalised.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            String line = normalised.substring(lineStart, lineEnd);
            if (line.strip().equals("---")) {
                separator = i;
                bodyStart = newline < 0 ? normalised.length() : newline + 1;
                break;
            }
            if (!line.isBlank()) {
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
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (separator < 0) {
            throw new ArticleFileException(name, 0, "no '---' line separating the header from the body");
        }
        for (String key : REQUIRED) {
            if (headers.getOrDefault(key, "").isBlank()) {
                throw new ArticleFileException(name, headerLines.getOrDefault(key, 0), "required header '" + key + "' is missing or empty");
            }
        }
        Instant published = parsePublished(name, headerLines.get("published"), headers.get("published"));
        String url = headers.get("url");
        try {
            UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            throw new ArticleFileException(name, headerLines.get("url"), "url: " + e.getMessage());
        }
        String body = normalised.substring(bodyStart).replace("\r\n", "\n").strip();
        if (body.isEmpty()) {
            throw new ArticleFileException(name, separator + 1, "the body after '---' is empty");
        }
        Map<String, String> metadata = new LinkedHashMap<>(headers);
        KNOWN.forEach(metadata::remove);
        return new ArticleFile(name, headers.get("title"), published, headers.get("source"), url,
                blankToNull(headers.get("author")), blankToNull(headers.get("language")), metadata, body);
    }

    /** Parses every {@code .txt} and {@code .md} file of a folder, collecting failures instead of stopping. */
    public static Batch parseFolder(Path folder) throws IOException {
        List<ArticleFile> parsed = new ArrayList<>();
        List<ArticleFileException> failed = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(ArticleFileParser::isArticleFile).sorted().toList()) {
                try {
                    parsed.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (ArticleFileException e) {
                    failed.add(e);
                }
            }
        }
        return new Batch(parsed, failed);
    }

    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".md")) && !name.startsWith(".");
    }

    /** The parsed files of a folder and the ones rejected, each with its reason. */
    public record Batch(List<ArticleFile> articles, List<ArticleFileException> rejected) {
    }

    static Instant parsePublished(String name, int line, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new ArticleFileException(name, line,
                    "published must be an ISO-8601 date (2017-07-07) or date-time with offset (2017-07-07T21:47:00Z), got '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
