package dev.newsmon.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.Extractor;

/**
 * Extracting one article of about 5 KB (tagging, sentences, dates, claims) on one thread: articles per
 * second per core. The text is assembled from the module's own labelled fixtures, so it exercises many
 * issues, cues and dates at once. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractBenchmark {

    private static final String[] FIXTURES = {"06-syria-southwest-ceasefire-agreed.txt", "05-inf-withdrawn-2019.txt",
            "13-north-korea-hanoi-2019.txt", "25-noisy-ceasefire-in-effect.txt", "21-helsinki-summit-2018.txt",
            "17-sanctions-eu-extended.txt", "14-election-interference-indictment-2018.txt", "02-new-start-expired-2026.txt",
            "19-diplomatic-property-return-demanded-2017.txt", "09-trap-ukraine-energy-ceasefire.txt", "15-cyber-geneva-2021.txt",
            "20-iran-withdrawal-2018.txt", "23-no-meeting-planned.txt", "24-ukraine-envoy-volker-resigns.txt"};

    private Extractor extractor;
    private RawArticle article;

    @Setup
    public void setUp() throws IOException {
        extractor = new Extractor(WatchlistLoader.loadDefault());
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5_000; i++) {
            String file = FIXTURES[i % FIXTURES.length];
            try (InputStream in = ExtractBenchmark.class.getResourceAsStream("/labelled/" + file)) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.append(content.substring(content.indexOf("\n---\n") + 5).strip()).append("\n\n");
            }
        }
        String body = text.substring(0, Math.min(text.length(), 5_120));
        article = new RawArticle("a-bench", 1, "https://bench.invalid/a", "https://bench.invalid/a", "US and Russia: talks, treaties and truces",
                "Bench Wire", null, Instant.parse("2019-06-27T10:00:00Z"), Instant.parse("2019-06-27T10:01:00Z"), null, "en", null, body,
                "hash", Map.of());
    }

    @Benchmark
    public AnalyzedArticle extractOneArticle() {
        return extractor.analyze(article);
    }
}
