package dev.newsmon.ingest.service;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.articlefile.ArticleFileException;
import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.events.json.Json;

/**
 * Pushed articles: one article file (text/plain) or JSON (one object or an array). Every item is
 * validated on its own, the valid ones are written, and the answer lists both. The call fails as a
 * whole (nothing claimed accepted) only when Kafka did not acknowledge a write.
 */
@ApplicationScoped
public class PushService {

    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-zA-Z_-]+)'");
    private static final List<String> JSON_FIELDS = List.of("title", "published", "source", "url", "author",
            "language", "summary", "text");
    private static final long WRITE_TIMEOUT_SECONDS = 120;

    @Inject
    ArticlePublisher publisher;

    @Inject
    IngestMetrics metrics;

    /** A named, validated article waiting to be written. */
    private record Valid(String name, RawArticle article) {
    }

    public PushResult pushArticleFile(String filename, String content) {
        String name = filename == null || filename.isBlank() ? "article" : filename.strip();
        try {
            ArticleFile file = ArticleFileParser.parse(name, content);
            return write(List.of(new Valid(name, ArticleNormalizer.fromArticleFile(file, Instant.now()))), List.of());
        } catch (ArticleFileException e) {
            metrics.rejected("push");
            return new PushResult(List.of(), List.of(new PushResult.Rejected(name, e.line() > 0 ? e.line() : null,
                    fieldOf(e, content), e.getMessage())));
        }
    }

    public PushResult pushJson(String body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            metrics.rejected("push");
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            return new PushResult(List.of(), List.of(new PushResult.Rejected("body", line, null,
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        List<Valid> valid = new ArrayList<>();
        List<PushResult.Rejected> rejected = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            rejected.add(new PushResult.Rejected("body", null, null, "empty body: expected a JSON object or array"));
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                validate("item[" + i + "]", root.get(i), valid, rejected);
            }
        } else if (root.isObject()) {
            validate("item", root, valid, rejected);
        } else {
            rejected.add(new PushResult.Rejected("body", null, null, "expected a JSON object or an array of objects"));
        }
        rejected.forEach(r -> metrics.rejected("push"));
        return write(valid, rejected);
    }

    private void validate(String defaultName, JsonNode node, List<Valid> valid, List<PushResult.Rejected> rejected) {
        if (node == null || !node.isObject()) {
            rejected.add(new PushResult.Rejected(defaultName, null, null, "must be a JSON object"));
            return;
        }
        String url = text(node, "url");
        String name = url != null ? defaultName + " (" + url + ")" : defaultName;
        List<PushResult.Rejected> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : JSON_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                problems.add(new PushResult.Rejected(name, null, field, field + " must be a string"));
            } else {
                values.put(field, v == null || v.isNull() ? null : v.asText());
            }
        }
        for (String required : List.of("title", "published", "source", "url", "text")) {
            if (values.containsKey(required) && (values.get(required) == null || values.get(required).isBlank())) {
                problems.add(new PushResult.Rejected(name, null, required, required + " is required"));
            }
        }
        Instant published = null;
        if (values.get("published") != null && !values.get("published").isBlank()) {
            try {
                published = parsePublished(values.get("published").strip());
            } catch (DateTimeException e) {
                problems.add(new PushResult.Rejected(name, null, "published",
                        "published must be an ISO-8601 date (2017-07-07) or date-time with offset (2017-07-07T21:47:00Z), got '"
                                + values.get("published") + "'"));
            }
        }
        if (values.get("url") != null && !values.get("url").isBlank()) {
            try {
                UrlCanonicalizer.canonicalize(values.get("url"));
            } catch (IllegalArgumentException e) {
                problems.add(new PushResult.Rejected(name, null, "url", "url: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            rejected.addAll(problems);
            return;
        }
        ArticleFile asFile = new ArticleFile(name, values.get("title").strip(), published, values.get("source").strip(),
                values.get("url").strip(), blankToNull(values.get("author")), blankToNull(values.get("language")),
                values.get("summary") == null ? Map.of() : Map.of("summary", values.get("summary")), values.get("text"));
        RawArticle article = ArticleNormalizer.fromArticleFile(asFile, Instant.now());
        // summary is a first-class field in JSON pushes, not metadata
        article = new RawArticle(article.id(), 0, article.url(), article.originalUrl(), article.title(), article.source(),
                article.author(), article.publishedAt(), article.fetchedAt(), null, article.language(),
                blankToNull(values.get("summary")), article.text(), article.contentHash(), Map.of());
        valid.add(new Valid(name, article));
    }

    private PushResult write(List<Valid> valid, List<PushResult.Rejected> rejected) {
        List<CompletableFuture<ArticlePublisher.Published>> writes = new ArrayList<>();
        for (Valid v : valid) {
            writes.add(publisher.publish(v.article(), "push").toCompletableFuture());
        }
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException || e instanceof CompletionException
                    ? e.getCause() : e;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new PublishException("write to Kafka failed: " + (cause == null ? e : cause).getMessage(), cause);
        }
        List<PushResult.Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            ArticlePublisher.Published p = writes.get(i).join();
            accepted.add(new PushResult.Accepted(valid.get(i).name(), p.articleId(), p.version(), p.status()));
        }
        return new PushResult(accepted, rejected);
    }

    /** The header key an article-file error is about, from its line or its message. */
    static String fieldOf(ArticleFileException e, String content) {
        if (e.line() > 0 && content != null) {
            String[] lines = content.split("\r?\n", -1);
            if (e.line() <= lines.length) {
                String line = lines[e.line() - 1];
                int colon = line.indexOf(':');
                if (colon > 0 && !line.strip().equals("---")) {
                    return line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                }
            }
        }
        Matcher m = QUOTED_KEY.matcher(e.getMessage());
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        for (String key : List.of("published", "url", "title", "source")) {
            if (message.contains(": " + key + " ") || message.contains(": " + key + ":")) {
                return key;
            }
        }
        return message.contains("body") ? "body" : null;
    }

    static Instant parsePublished(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
