package dev.newsmon.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.events.json.Json;

/**
 * Pushes a folder of article files to ingest-service, oldest {@code published} first, one request per
 * file so each file gets its own verdict. Validation is ingest-service's job: a file this tool cannot
 * date is still sent (last) so the user sees the service's reason for rejecting it.
 */
final class Replayer {

    private static final int UNAVAILABLE_RETRIES = 4;

    /** One file to push, with its publication time when the header gives a readable one. */
    record Entry(Path file, Instant published) {
    }

    record Totals(int created, int updated, int duplicates, int rejected, int failed) {
    }

    private Replayer() {
    }

    static int run(List<String> argList) {
        Args args = Args.parse(argList, Set.of(), Set.of());
        if (args.positional.size() != 1) {
            throw new Tools.UsageException("usage: replay DIR");
        }
        Path dir = Path.of(args.positional.get(0));
        if (!Files.isDirectory(dir)) {
            throw new Tools.ToolException(dir + " is not a folder");
        }
        List<Entry> plan = plan(dir);
        if (plan.isEmpty()) {
            throw new Tools.ToolException("no article files (*.txt, *.md) in " + dir);
        }
        String base = Env.ingestUrl();
        System.out.println("Replaying " + plan.size() + " article file(s) from " + dir + " to ingest-service at " + base
                + ", oldest first");
        int created = 0, updated = 0, duplicates = 0, rejected = 0, failed = 0;
        int width = String.valueOf(plan.size()).length();
        int nameWidth = plan.stream().mapToInt(e -> e.file().getFileName().toString().length()).max().orElse(1);
        for (int i = 0; i < plan.size(); i++) {
            Entry entry = plan.get(i);
            String name = entry.file().getFileName().toString();
            String prefix = String.format("  [%" + width + "d/%d] %-10s %-" + nameWidth + "s  ", i + 1, plan.size(),
                    entry.published() == null ? "?" : entry.published().toString().substring(0, 10), name);
            String content;
            try {
                content = Files.readString(entry.file(), StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                System.out.println(prefix + "failed: cannot read as UTF-8 text (" + e.getMessage() + ")");
                failed++;
                continue;
            }
            Http.Response response = push(base, name, content);
            Verdict verdict = verdict(response);
            System.out.println(prefix + verdict.text());
            switch (verdict.kind()) {
                case "new" -> created++;
                case "updated" -> updated++;
                case "duplicate" -> duplicates++;
                case "rejected" -> rejected++;
                default -> failed++;
            }
        }
        System.out.printf("Summary: %d file(s): %d new, %d updated, %d duplicate, %d rejected, %d failed%n",
                plan.size(), created, updated, duplicates, rejected, failed);
        return rejected + failed == 0 ? 0 : 1;
    }

    /** Article files of a folder in publication order; undated files last; ties by file name. */
    static List<Entry> plan(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files.filter(Replayer::isArticleFile).toList()) {
                entries.add(new Entry(file, publishedOf(file)));
            }
            entries.sort(Comparator.comparing(Entry::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> e.file().getFileName().toString()));
            return entries;
        } catch (IOException e) {
            throw new Tools.ToolException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // A folder's own documentation is not an article.
        return ArticleFileParser.isArticleFile(file) && !name.startsWith("readme");
    }

    /** The header's {@code published} value read the way the article-file format defines it, or null. */
    static Instant publishedOf(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                String stripped = line.replace("\uFEFF", "").strip();
                if (stripped.equals("---")) {
                    return null;
                }
                int colon = stripped.indexOf(':');
                if (colon > 0 && stripped.substring(0, colon).strip().equalsIgnoreCase("published")) {
                    return parsePublished(stripped.substring(colon + 1).strip());
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    static Instant parsePublished(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Http.Response push(String base, String name, String content) {
        Http.Response response = null;
        for (int attempt = 0; attempt <= UNAVAILABLE_RETRIES; attempt++) {
            response = Http.post("ingest-service", base, "/api/articles", "text/plain; charset=utf-8", content,
                    Map.of("X-Newsmon-Filename", name));
            // 503 means the write to Kafka failed and nothing was accepted: safe to try again.
            if (response.status() != 503) {
                return response;
            }
            sleep(500L << attempt);
        }
        return response;
    }

    record Verdict(String kind, String text) {
    }

    static Verdict verdict(Http.Response response) {
        JsonNode body = null;
        try {
            body = Json.MAPPER.readTree(response.body());
        } catch (IOException | RuntimeException notJson) {
            // handled below
        }
        if ((response.status() == 200 || response.status() == 400) && body != null && body.isObject()) {
            JsonNode rejected = body.path("rejected");
            if (rejected.isArray() && !rejected.isEmpty()) {
                JsonNode r = rejected.get(0);
                StringBuilder why = new StringBuilder("rejected: ");
                if (r.hasNonNull("line") && r.path("line").asInt() > 0) {
                    why.append("line ").append(r.path("line").asInt()).append(", ");
                }
                if (r.hasNonNull("field")) {
                    why.append(r.path("field").asText()).append(": ");
                }
                String error = r.path("error").asText("no reason given");
                String name = r.path("name").asText("");
                // The service may prefix its message with the file name, which this line already shows.
                if (!name.isEmpty() && error.startsWith(name + ": ")) {
                    error = error.substring(name.length() + 2);
                }
                why.append(error);
                return new Verdict("rejected", why.toString());
            }
            JsonNode accepted = body.path("accepted");
            if (accepted.isArray() && !accepted.isEmpty()) {
                JsonNode a = accepted.get(0);
                String status = a.path("status").asText("new").toLowerCase(Locale.ROOT);
                String id = a.path("id").asText("");
                return new Verdict(status, "accepted: " + status + " (id " + (id.length() > 12 ? id.substring(0, 12) : id)
                        + ", version " + a.path("version").asText("?") + ")");
            }
        }
        if (response.status() == 503) {
            return new Verdict("failed", "failed: ingest-service could not write to Kafka (HTTP 503) after retries; nothing was accepted");
        }
        return new Verdict("failed", "failed: unexpected answer HTTP " + response.status() + ": " + Http.snippet(response.body()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Tools.ToolException("interrupted");
        }
    }
}
