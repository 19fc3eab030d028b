package dev.newsmon.events.articlefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The header-only line scan must read every file exactly as the old whole-file regex split did: same article or
 * same error (message and line), on seeded random files mixing line endings (LF, CRLF, lone CR), blank and
 * malformed header lines, a byte-order mark, separators with spaces, duplicate and missing headers, and bodies
 * that are empty, padded or full of carriage returns.
 */
class ArticleFileParserDifferentialTest {

    private static final List<String> HEADER_LINES = List.of(
            "title: Talks resume in Vienna", "published: 2020-06-22", "published: 2020-06-22T09:30:00Z", "published: 22 June 2020",
            "source: Example Wire", "url: https://example.org/2020/06/22/vienna", "url: not a url", "author: A. Writer",
            "language: en", "section: world", "Title: Duplicate title", "no colon here", ": empty key", "  ", "", "title:",
            "x-custom:  spaced value  ");
    private static final List<String> SEPARATORS = List.of("---", " --- ", "---\t", "----", "--");
    private static final List<String> BODY_LINES = List.of(
            "The negotiators met for a full day.", "", "   ", "---", "key: value inside the body", "Second paragraph\r",
            "Trailing spaces   ", "\tindented");
    private static final List<String> ENDINGS = List.of("\n", "\r\n", "\r", "\n\n");

    @Test
    void readsRandomFilesExactlyAsTheOldParser() {
        Random random = new Random(20261123);
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            String file = randomFile(random);
            Object expected = outcome(() -> LegacyArticleFileParser.parse("f.txt", file));
            assertThat(outcome(() -> ArticleFileParser.parse("f.txt", file)))
                    .as("file %s", file.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(expected);
            parsed += expected instanceof ArticleFile ? 1 : 0;
        }
        assertThat(parsed).as("valid files among the random ones").isGreaterThan(1_000);
    }

    private static String randomFile(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) {
            sb.append('\uFEFF');
        }
        if (random.nextBoolean()) { // a valid header, in a random order, so that many files parse
            List<String> valid = new java.util.ArrayList<>(List.of("title: Talks resume", "published: 2020-06-22",
                    "source: Example Wire", "url: https://example.org/a", "author: A. Writer"));
            java.util.Collections.shuffle(valid, random);
            valid.forEach(line -> sb.append(line).append(pick(random, List.of("\n", "\r\n", "\n\n", "  \n"))));
        }
        int headers = random.nextInt(random.nextBoolean() ? 2 : 9);
        for (int i = 0; i < headers; i++) {
            sb.append(pick(random, HEADER_LINES)).append(pick(random, ENDINGS));
        }
        if (random.nextInt(8) != 0) {
            sb.append(pick(random, SEPARATORS));
            if (random.nextInt(6) != 0) {
                sb.append(pick(random, ENDINGS));
            }
        }
        int body = random.nextInt(6);
        for (int i = 0; i < body; i++) {
            sb.append(pick(random, BODY_LINES));
            if (i < body - 1 || random.nextBoolean()) {
                sb.append(pick(random, ENDINGS));
            }
        }
        return sb.toString();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Object outcome(java.util.function.Supplier<ArticleFile> parse) {
        try {
            return parse.get();
        } catch (ArticleFileException e) {
            return "error at line " + e.line() + ": " + e.getMessage();
        }
    }
}
