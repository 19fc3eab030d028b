package dev.newsmon.events.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.newsmon.events.Alert;
import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Topics;

/**
 * Hand-written payloads, as an integrator would write them: the valid ones pass and read into the
 * Java records, each invalid one (one defect per file) fails with an error naming the field.
 */
class SamplePayloadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "raw-feed-article.json,         newsmon.articles.raw",
            "raw-pushed-minimal.json,       newsmon.articles.raw",
            "analyzed-tagged.json,          newsmon.articles.analyzed",
            "analyzed-untagged.json,        newsmon.articles.analyzed",
            "claim-attributed-hedged.json,  newsmon.claims",
            "claim-negated-undated.json,    newsmon.claims",
            "alert-contradiction.json,      newsmon.alerts",
    })
    void validSamplePasses(String file, String topic) throws IOException {
        String json = sample("valid/" + file);

        assertThat(SchemaValidator.validate(topic, json)).isEmpty();
        Class<?> type = switch (topic) {
            case Topics.ARTICLES_RAW -> RawArticle.class;
            case Topics.ARTICLES_ANALYZED -> AnalyzedArticle.class;
            case Topics.CLAIMS -> Claim.class;
            case Topics.ALERTS -> Alert.class;
            default -> throw new IllegalArgumentException(topic);
        };
        assertThat(Json.read(json, type)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "raw-missing-id.json,                    newsmon.articles.raw,      $,                     id",
            "raw-url-not-a-uri.json,                 newsmon.articles.raw,      $.url,                 uri",
            "raw-published-not-a-date-time.json,     newsmon.articles.raw,      $.publishedAt,         date-time",
            "raw-version-zero.json,                  newsmon.articles.raw,      $.version,             minimum",
            "raw-content-hash-not-sha256.json,       newsmon.articles.raw,      $.contentHash,         pattern",
            "raw-metadata-value-not-string.json,     newsmon.articles.raw,      $.metadata.desk,       string",
            "claim-polarity-unknown.json,            newsmon.claims,            $.polarity,            enumeration",
            "claim-modality-unknown.json,            newsmon.claims,            $.modality,            enumeration",
            "claim-event-date-invalid.json,          newsmon.claims,            $.eventDate,           date",
            "claim-evidence-without-start.json,      newsmon.claims,            $.evidence,            start",
            "claim-confidence-above-one.json,        newsmon.claims,            $.confidence,          maximum",
            "claim-issue-not-an-id.json,             newsmon.claims,            $.issue,               pattern",
            "claim-precision-unknown.json,           newsmon.claims,            $.eventDatePrecision,  enumeration",
            "analyzed-issues-not-an-array.json,      newsmon.articles.analyzed, $.issues,              array",
            "analyzed-claim-without-state.json,      newsmon.articles.analyzed, $.claims[0],           state",
            "analyzed-tag-score-negative.json,       newsmon.articles.analyzed, $.issues[0].score,     minimum",
            "analyzed-truncated-not-boolean.json,    newsmon.articles.analyzed, $.truncated,           boolean",
            "alert-type-unknown.json,                newsmon.alerts,            $.type,                enumeration",
            "alert-without-current.json,             newsmon.alerts,            $,                     current",
            "alert-previous-published-is-a-date.json, newsmon.alerts,           $.previous.publishedAt, date-time",
            "alert-summary-empty.json,               newsmon.alerts,            $.summary,             1",
    })
    void invalidSampleFailsNamingTheField(String file, String topic, String path, String rule) throws IOException {
        var errors = SchemaValidator.validate(topic, sample("invalid/" + file));

        assertThat(errors).as("errors for %s", file).hasSize(1);
        assertThat(errors.get(0)).startsWith(path + ":").contains(rule);
    }

    static String sample(String path) throws IOException {
        try (InputStream in = SamplePayloadTest.class.getResourceAsStream("/samples/" + path)) {
            assertThat(in).as("sample " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
