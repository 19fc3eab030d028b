package dev.newsmon.events.articlefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleFileParserTest {

    static final String GOOD = """
            title: Envoys agree to meet again in spring
            published: 2022-02-11
            source: Example Courier
            url: https://courier.example.com/2022/02/11/envoys?utm_source=rss
            author: A. Writer
            language: en
            Desk: Diplomacy
            ---
            Envoys said on Friday that they would meet again in the spring.

            A second paragraph follows after a blank line.
            """;

    @Test
    void parsesHeaderAndBody() {
        ArticleFile file = ArticleFileParser.parse("envoys.txt", GOOD);

        assertThat(file.name()).isEqualTo("envoys.txt");
        assertThat(file.title()).isEqualTo("Envoys agree to meet again in spring");
        assertThat(file.published()).isEqualTo(Instant.parse("2022-02-11T00:00:00Z"));
        assertThat(file.source()).isEqualTo("Example Courier");
        assertThat(file.url()).isEqualTo("https://courier.example.com/2022/02/11/envoys?utm_source=rss");
        assertThat(file.author()).isEqualTo("A. Writer");
        assertThat(file.language()).isEqualTo("en");
        assertThat(file.metadata()).containsExactly(java.util.Map.entry("desk", "Diplomacy"));
        assertThat(file.body()).startsWith("Envoys said on Friday")
                .contains("spring.\n\nA second paragraph")
                .endsWith("blank line.");
    }

    @Test
    void acceptsDateTimesWithOffsetCaseInsensitiveKeysCrlfAndABom() {
        String content = "\uFEFFTITLE: T\r\nPublished: 2022-02-11T21:47:00+02:00\r\nSource: S\r\nURL: https://example.com/x\r\n---\r\nBody\r\n";
        ArticleFile file = ArticleFileParser.parse("crlf.txt", content);

        assertThat(file.title()).isEqualTo("T");
        assertThat(file.published()).isEqualTo(Instant.parse("2022-02-11T19:47:00Z"));
        assertThat(file.body()).isEqualTo("Body");
        assertThat(file.author()).isNull();
        assertThat(file.language()).isNull();
    }

    @Test
    void optionalKeysMayBeEmptyAndBlankHeaderLinesAreSkipped() {
        String content = "title: T\n\npublished: 2022-02-11\nsource: S\nurl: https://example.com/x\nauthor:\n---\nBody";
        assertThat(ArticleFileParser.parse("a.txt", content).author()).isNull();
    }

    @Test
    void valuesMayContainColons() {
        String content = "title: Talks: a timeline\npublished: 2022-02-11\nsource: S\nurl: https://example.com:8443/x\n---\nBody";
        ArticleFile file = ArticleFileParser.parse("a.txt", content);
        assertThat(file.title()).isEqualTo("Talks: a timeline");
        assertThat(file.url()).isEqualTo("https://example.com:8443/x");
    }

    /** Each broken file names the file, the line (0 when the rule is about the whole file) and the rule. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing title      | published: 2022-02-11\\nsource: S\\nurl: https://example.com/x\\n---\\nBody                       | 0 | required header 'title' is missing",
            "empty source       | title: T\\npublished: 2022-02-11\\nsource:\\nurl: https://example.com/x\\n---\\nBody            | 3 | required header 'source' is missing or empty",
            "missing url        | title: T\\npublished: 2022-02-11\\nsource: S\\n---\\nBody                                        | 0 | required header 'url'",
            "bad date           | title: T\\npublished: 11/02/2022\\nsource: S\\nurl: https://example.com/x\\n---\\nBody         | 2 | published must be an ISO-8601 date",
            "date-time no offset| title: T\\npublished: 2022-02-11T10:00:00\\nsource: S\\nurl: https://example.com/x\\n---\\nBody | 2 | '2022-02-11T10:00:00'",
            "impossible date    | title: T\\npublished: 2022-02-30\\nsource: S\\nurl: https://example.com/x\\n---\\nBody         | 2 | published must be an ISO-8601 date",
            "relative url       | title: T\\npublished: 2022-02-11\\nsource: S\\nurl: /2022/story\\n---\\nBody                    | 4 | url: URL must be absolute http or https",
            "ftp url            | title: T\\nurl: ftp://example.com/x\\npublished: 2022-02-11\\nsource: S\\n---\\nBody           | 2 | url: URL must be absolute http or https",
            "no separator       | title: T\\npublished: 2022-02-11\\nsource: S\\nurl: https://example.com/x\\nBody text        | 5 | header line must be 'key: value'",
            "no separator/body  | title: T\\npublished: 2022-02-11\\nsource: S\\nurl: https://example.com/x\\n                  | 0 | no '---' line separating the header from the body",
            "empty body         | title: T\\npublished: 2022-02-11\\nsource: S\\nurl: https://example.com/x\\n---\\n\\n   \\n     | 5 | the body after '---' is empty",
            "duplicate header   | title: T\\npublished: 2022-02-11\\nTitle: Again\\nsource: S\\nurl: https://example.com/x\\n---\\nB | 3 | duplicate header 'title'",
            "not key-value      | title: T\\njust some words\\n---\\nBody                                                        | 2 | header line must be 'key: value'",
            "empty file         | '   '                                                                                        | 0 | empty article file",
    })
    void rejectsBrokenFilesNamingFileLineAndRule(String caseName, String content, int line, String rule) {
        String text = content.replace("\\n", "\n");
        String name = caseName.replace(' ', '-') + ".txt";

        assertThatThrownBy(() -> ArticleFileParser.parse(name, text))
                .isInstanceOfSatisfying(ArticleFileException.class, e -> {
                    assertThat(e.name()).isEqualTo(name);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage())
                            .startsWith(line > 0 ? name + ":" + line + ": " : name + ": ")
                            .contains(rule);
                });
    }

    @Test
    void folderBatchReportsBadFilesAndParsesTheGoodOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01-good.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("02-good.md"), GOOD.replace("envoys?utm", "envoys-2?utm"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("03-bad-date.txt"), GOOD.replace("2022-02-11", "last Friday"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("04-no-separator.txt"), "title: T\npublished: 2022-02-11\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("expected.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".hidden.txt"), "not an article", StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("sub.txt"));

        ArticleFileParser.Batch batch = ArticleFileParser.parseFolder(dir);

        assertThat(batch.articles()).extracting(ArticleFile::name).containsExactly("01-good.txt", "02-good.md");
        assertThat(batch.rejected()).extracting(ArticleFileException::name)
                .containsExactly("03-bad-date.txt", "04-no-separator.txt");
        assertThat(batch.rejected().get(0)).hasMessageContaining("03-bad-date.txt:2:").hasMessageContaining("last Friday");
        assertThat(batch.rejected().get(1)).hasMessageContaining("no '---' line");
    }
}
