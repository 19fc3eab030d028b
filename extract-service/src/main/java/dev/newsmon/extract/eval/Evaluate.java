package dev.newsmon.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.IssueTag;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.articlefile.ArticleFileException;
import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.Extractor;

/**
 * Runs the extractor in-process (no Kafka) over a folder of labelled article files and prints tag
 * precision, recall and F1 (same rules as {@code score.py}: {@code must} tags missing are false
 * negatives, tags outside {@code must} and {@code may} are false positives) and the claims per issue
 * and state.
 *
 * <pre>
 * extract-service/evaluate --corpus DIR [--expected DIR/expected.json] [--watchlist FILE]
 *                          [--analyzed OUT.jsonl] [--claims] [--min-tag-f1 0.9]
 * </pre>
 */
public final class Evaluate {

    /** The outcome of one evaluation. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, List<AnalyzedArticle> analyzed,
                         Map<String, AnalyzedArticle> byFile, List<String> mistakes) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--claims")) {
                flags.add(a);
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a, args[++i]);
            } else {
                System.err.println("unknown argument: " + a);
                usage();
            }
        }
        if (!opts.containsKey("--corpus")) {
            usage();
        }
        Path corpus = Path.of(opts.get("--corpus"));
        Path expected = Path.of(opts.getOrDefault("--expected", corpus.resolve("expected.json").toString()));
        Watchlist watchlist = WatchlistLoader.load(opts.containsKey("--watchlist") ? Path.of(opts.get("--watchlist")) : null);
        Result result = run(new Extractor(watchlist), corpus, expected);
        PrintStream out = System.out;
        result.mistakes().forEach(out::println);
        printClaims(out, result, flags.contains("--claims"));
        if (opts.containsKey("--analyzed")) {
            try (Writer w = Files.newBufferedWriter(Path.of(opts.get("--analyzed")), StandardCharsets.UTF_8)) {
                for (AnalyzedArticle a : result.analyzed()) {
                    w.write(Json.write(a));
                    w.write('\n');
                }
            }
        }
        out.printf("tags F1 %.2f (P %.2f R %.2f; %d true, %d false, %d missed) | %d articles, %d claims%n", result.f1(),
                result.precision(), result.recall(), result.truePositives(), result.falsePositives(), result.falseNegatives(),
                result.analyzed().size(), result.analyzed().stream().mapToInt(a -> a.claims().size()).sum());
        if (opts.containsKey("--min-tag-f1") && result.f1() < Double.parseDouble(opts.get("--min-tag-f1"))) {
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: evaluate --corpus DIR [--expected FILE] [--watchlist FILE] [--analyzed OUT.jsonl] [--claims] [--min-tag-f1 X]");
        System.exit(2);
    }

    /** Analyses every article file of {@code corpus} and scores the tags against {@code expected}. */
    public static Result run(Extractor extractor, Path corpus, Path expected) throws IOException {
        ArticleFileParser.Batch batch = ArticleFileParser.parseFolder(corpus);
        List<String> mistakes = new ArrayList<>();
        for (ArticleFileException e : batch.rejected()) {
            mistakes.add("rejected " + e.getMessage());
        }
        JsonNode labels = Files.exists(expected) ? Json.MAPPER.readTree(expected.toFile()).path("articles") : Json.MAPPER.createObjectNode();
        Map<String, AnalyzedArticle> byFile = new TreeMap<>();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (ArticleFile file : batch.articles()) {
            AnalyzedArticle a = extractor.analyze(toRaw(file));
            byFile.put(file.name(), a);
            analyzed.add(a);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        var names = labels.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Set<String> must = strings(labels.path(name).path("must"));
            Set<String> may = strings(labels.path(name).path("may"));
            AnalyzedArticle a = byFile.get(name);
            if (a == null) {
                mistakes.add("not analysed: " + name);
                fn += must.size();
                continue;
            }
            Set<String> got = new HashSet<>();
            a.issues().stream().map(IssueTag::id).forEach(got::add);
            for (String m : must) {
                if (got.contains(m)) {
                    tp++;
                } else {
                    fn++;
                    mistakes.add(String.format("untagged  %-22s at %s", m, name));
                }
            }
            for (String g : got) {
                if (!must.contains(g) && !may.contains(g)) {
                    fp++;
                    mistakes.add(String.format("mistagged %-22s at %s", g, name));
                }
            }
        }
        return new Result(tp, fp, fn, analyzed, byFile, mistakes);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The article file as ingest-service would publish it. */
    public static RawArticle toRaw(ArticleFile file) {
        String canonical = UrlCanonicalizer.canonicalize(file.url());
        Instant published = file.published();
        return new RawArticle(Ids.articleId(canonical), 1, canonical, file.url(), file.title(), file.source(), file.author(), published,
                published, null, file.language(), null, file.body(), Ids.sha256Hex(file.title() + "\n" + file.body()), file.metadata());
    }

    private static void printClaims(PrintStream out, Result result, boolean verbose) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, AnalyzedArticle> e : result.byFile().entrySet()) {
            AnalyzedArticle a = e.getValue();
            if (verbose) {
                out.println("== " + e.getKey() + "  tags: " + a.issues().stream().map(t -> t.id() + "(" + t.score() + "/" + t.mentions() + ")").toList());
            }
            for (Claim c : a.claims()) {
                counts.merge(c.issue() + " " + c.aspect() + " " + c.state(), 1, Integer::sum);
                if (verbose) {
                    out.printf("   %-20s %-13s %-20s %-8s %-8s %-10s %-5s %-18s %.2f | %s%n", c.issue(), c.aspect(), c.state(),
                            c.polarity().name().toLowerCase(), c.modality().name().toLowerCase(), c.eventDate(), c.eventDatePrecision(),
                            c.attributedTo(), c.confidence(), c.evidence().sentence().replaceAll("\\s+", " "));
                }
            }
        }
        out.println("claims per issue, aspect and state:");
        counts.forEach((k, n) -> out.printf("  %-50s %d%n", k, n));
    }
}
