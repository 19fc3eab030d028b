package dev.newsmon.events.articlefile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Thread CPU per parse of one article file, the parser before the header-only scan ({@link LegacyArticleFileParser})
 * and now alternated in one JVM, so that a noisy machine affects both alike. Not a test: run it by hand, see
 * docs/benchmarks.md ("ingest-service").
 */
public final class ArticleFileParserCpu {

    private ArticleFileParserCpu() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 15;
        int calls = 5_000;
        for (String file : args) {
            String content = Files.readString(Path.of(file));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] before = new long[rounds];
            long[] after = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    LegacyArticleFileParser.parse("f", content);
                }
                before[r] = (threads.getCurrentThreadCpuTime() - t) / calls;
                t = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    ArticleFileParser.parse("f", content);
                }
                after[r] = (threads.getCurrentThreadCpuTime() - t) / calls;
            }
            Arrays.sort(before);
            Arrays.sort(after);
            System.out.printf("%s (%d chars): before %.1f µs, now %.1f µs per parse (medians of %d rounds), ratio %.2f%n", file,
                    content.length(), before[rounds / 2] / 1000.0, after[rounds / 2] / 1000.0, rounds, (double) after[rounds / 2] / before[rounds / 2]);
        }
    }
}
