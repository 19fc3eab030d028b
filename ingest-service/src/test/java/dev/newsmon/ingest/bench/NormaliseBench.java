package dev.newsmon.ingest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.events.json.Json;
import dev.newsmon.ingest.kafka.Serdes;
import dev.newsmon.ingest.service.ArticleNormalizer;
import dev.newsmon.ingest.service.HtmlText;
import dev.newsmon.ingest.service.LanguageGuesser;

/**
 * CPU per pushed article on ingest's normalisation path, without HTTP or Kafka: one ~5 KB article
 * (paragraphs of the project's demo article files) pushed as JSON (parse, the checks PushService
 * makes, {@link ArticleNormalizer#fromArticleFile}, the Kafka serde's bytes) and as an article
 * file, plus each step on its own. CPU time of this thread from {@link ThreadMXBean}, in batches;
 * prints the median and the spread of the batches in microseconds per article.
 *
 * <p>Usage: {@code NormaliseBench ARTICLE_DIR [BATCHES] [ARTICLES_PER_BATCH]}; see
 * {@code ingest-service/bench/normalise-bench.sh}, which also runs it against the previous
 * LanguageGuesser for a before/after comparison.
 */
public final class NormaliseBench {

    private static volatile Object sink;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "demo/timeline");
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int perBatch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String label = System.getProperty("bench.label", "current");

        String body = articleBody(dir, 5000);
        String file = "title: Ministers meet as talks resume\npublished: 2017-07-07T21:47:00Z\nsource: Bench Wire\n"
                + "url: https://bench.example/2017/07/07/talks?utm_source=bench\n---\n" + body;
        ObjectNode json = Json.MAPPER.createObjectNode()
                .put("title", "Ministers meet as talks resume").put("published", "2017-07-07T21:47:00Z")
                .put("source", "Bench Wire").put("url", "https://bench.example/2017/07/07/talks?utm_source=bench")
                .put("text", body);
        String jsonBody = Json.MAPPER.writeValueAsString(json);
        String text = HtmlText.normalisePlain(body);
        var serde = new Serdes.RawArticleSerde();
        RawArticle article = ArticleNormalizer.fromArticleFile(ArticleFileParser.parse("bench.txt", file), Instant.now());

        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("push JSON (total)", () -> serde.serialize("t", pushJson(jsonBody)));
        cases.put("push article file (total)",
                () -> serde.serialize("t", ArticleNormalizer.fromArticleFile(ArticleFileParser.parse("bench.txt", file), Instant.now())));
        cases.put("  JSON readTree", () -> readTree(jsonBody));
        cases.put("  ArticleFileParser.parse", () -> ArticleFileParser.parse("bench.txt", file));
        cases.put("  HtmlText.normalisePlain", () -> HtmlText.normalisePlain(body));
        cases.put("  UrlCanonicalizer", () -> UrlCanonicalizer.canonicalize("https://bench.example/2017/07/07/talks?utm_source=bench"));
        cases.put("  contentHash", () -> ArticleNormalizer.contentHash("Ministers meet as talks resume", text));
        cases.put("  LanguageGuesser.guess", () -> LanguageGuesser.guess(text));
        cases.put("  serialise RawArticle", () -> serde.serialize("t", article));

        System.out.printf("%s: article %d chars (%d bytes UTF-8), guess=%s, %d batches x %d articles, load %.2f%n", label,
                body.length(), body.getBytes(StandardCharsets.UTF_8).length, LanguageGuesser.guess(text), batches, perBatch,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> results = new LinkedHashMap<>();
        cases.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        for (int warm = 0; warm < 3; warm++) {
            cases.values().forEach(c -> run(c, perBatch));
        }
        // the cases alternate batch by batch so a burst of load on the machine hits all of them
        for (int b = 0; b < batches; b++) {
            for (var e : cases.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                run(e.getValue(), perBatch);
                results.get(e.getKey()).add((threads.getCurrentThreadCpuTime() - start) / 1000.0 / perBatch);
            }
        }
        for (var e : results.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("RESULT %-8s %-28s median %8.1f us/article  (min %.1f, max %.1f)%n", label, e.getKey(),
                    v[v.length / 2], v[0], v[v.length - 1]);
        }
    }

    /** The steps of PushService.validate for one valid object, without CDI or Kafka. */
    private static RawArticle pushJson(String body) {
        JsonNode node = readTree(body);
        String url = node.get("url").asText();
        UrlCanonicalizer.canonicalize(url);
        Instant published = OffsetDateTime.parse(node.get("published").asText()).toInstant();
        ArticleFile asFile = new ArticleFile("item (" + url + ")", node.get("title").asText().strip(), published,
                node.get("source").asText().strip(), url.strip(), null, null, Map.of(), node.get("text").asText());
        return ArticleNormalizer.fromArticleFile(asFile, Instant.now());
    }

    private static JsonNode readTree(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Supplier<Object> c, int times) {
        for (int i = 0; i < times; i++) {
            sink = c.get();
        }
    }

    /** Body paragraphs of the article files in dir, in name order, until about targetChars. */
    static String articleBody(Path dir, int targetChars) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(ArticleFileParser::isArticleFile).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            String body = ArticleFileParser.parse(f.getFileName().toString(), Files.readString(f)).body();
            for (String para : body.split("\n\\s*\n")) {
                if (out.length() >= targetChars) {
                    return out.toString();
                }
                out.append(out.length() == 0 ? "" : "\n\n").append(para.strip());
            }
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("no article files in " + dir + ": " + Arrays.toString(files.toArray()));
        }
        return out.toString();
    }
}
