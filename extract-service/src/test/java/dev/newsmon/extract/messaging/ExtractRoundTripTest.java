package dev.newsmon.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.KafkaBrokerResource;
import dev.newsmon.testing.TopicReader;
import dev.newsmon.testing.TopicReader.TopicRecord;
import dev.newsmon.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Through a real Kafka broker: raw article in, analysis and claims out, poison record to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ExtractRoundTripTest {

    private static final String TEXT = """
            MOSCOW (Reuters) - Russia and the United States said on Friday that a ceasefire in south-west Syria, covering Daraa and \
            Quneitra, will take effect on Sunday, according to Foreign Minister Sergei Lavrov.

            There was no progress on North Korea, officials said.
            """;

    @Test
    void poisonGoesToDeadLetterTopicAndTheNextArticleIsStillProcessed() {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        TopicReader reader = new TopicReader(bootstrap);
        String poisonKey = "poison-" + UUID.randomUUID();
        String emptyKey = "empty-" + UUID.randomUUID();
        String id = "a-roundtrip-" + UUID.randomUUID();
        RawArticle article = new RawArticle(id, 1, "https://example.org/" + id, "https://example.org/" + id,
                "Syria ceasefire to start on Sunday", "Example Wire", null, Instant.parse("2017-07-07T12:00:00Z"),
                Instant.parse("2017-07-07T12:05:00Z"), null, "en", null, TEXT, "hash", Map.of());

        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send(Topics.ARTICLES_RAW, poisonKey, "{this is not json");
            writer.send(Topics.ARTICLES_RAW, emptyKey, "{\"title\":\"no id\"}");
            writer.send(Topics.ARTICLES_RAW, id, Json.write(article));
        }

        List<TopicRecord> dead = reader.waitForRecords(Topics.ARTICLES_RAW_DLQ, 2,
                r -> poisonKey.equals(r.key()) || emptyKey.equals(r.key()), Duration.ofSeconds(60));
        TopicRecord poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo("{this is not json");
        assertThat(poison.header("dead-letter-reason")).contains("not a valid RawArticle");
        assertThat(poison.header("dead-letter-topic")).isEqualTo(Topics.ARTICLES_RAW);
        TopicRecord noId = dead.stream().filter(r -> emptyKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(noId.header("dead-letter-reason")).contains("without id");

        TopicRecord analyzedRecord = reader.waitForRecords(Topics.ARTICLES_ANALYZED, 1, r -> id.equals(r.key()), Duration.ofSeconds(60)).get(0);
        AnalyzedArticle analyzed = Json.read(analyzedRecord.value(), AnalyzedArticle.class);
        assertThat(analyzed.articleId()).isEqualTo(id);
        assertThat(analyzed.issues()).extracting(t -> t.id()).contains("syria-ceasefire");

        List<TopicRecord> claimRecords = reader.waitForRecords(Topics.CLAIMS, analyzed.claims().size(),
                r -> r.value().contains(id), Duration.ofSeconds(60));
        assertThat(claimRecords).hasSize(analyzed.claims().size());
        Claim ceasefire = claimRecords.stream().map(r -> Json.read(r.value(), Claim.class))
                .filter(c -> c.issue().equals("syria-ceasefire")).findFirst().orElseThrow();
        assertThat(claimRecords).allSatisfy(r -> assertThat(r.key()).isEqualTo(Json.read(r.value(), Claim.class).issue()));
        assertThat(ceasefire.state()).isEqualTo("agreed");
        assertThat(ceasefire.attributedTo()).isEqualTo("Foreign Minister Sergei Lavrov");
        assertThat(TEXT.substring(ceasefire.evidence().start(), ceasefire.evidence().end())).isEqualTo(ceasefire.evidence().sentence());

        // the input offsets are committed once the outputs are written
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.groupCaughtUp("newsmon-extract", Topics.ARTICLES_RAW));
    }

    /** Articles are analysed while earlier ones are still being written: the outputs must keep the input order. */
    @Test
    void aBurstWithPoisonInsideKeepsOrderAndCommitsEverything() {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        TopicReader reader = new TopicReader(bootstrap);
        String run = UUID.randomUUID().toString();
        int count = 150;
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            for (int i = 0; i < count; i++) {
                String id = "a-burst-" + run + "-" + i;
                RawArticle article = new RawArticle(id, 1, "https://example.org/" + id, "https://example.org/" + id,
                        "Syria ceasefire to start on Sunday", "Example Wire", null, Instant.parse("2017-07-07T12:00:00Z"),
                        Instant.parse("2017-07-07T12:05:00Z"), null, "en", null, TEXT, "hash", Map.of());
                writer.send(Topics.ARTICLES_RAW, id, Json.write(article));
                if (i % 50 == 25) {
                    writer.send(Topics.ARTICLES_RAW, "poison-burst-" + run + "-" + i, "[not an article]");
                }
            }
        }
        List<TopicRecord> analyzed = reader.waitForRecords(Topics.ARTICLES_ANALYZED, count,
                r -> r.key() != null && r.key().startsWith("a-burst-" + run + "-"), Duration.ofSeconds(120));
        assertThat(analyzed).extracting(TopicRecord::key)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).mapToObj(i -> "a-burst-" + run + "-" + i).toList());
        assertThat(reader.waitForRecords(Topics.ARTICLES_RAW_DLQ, 3, r -> r.key() != null && r.key().startsWith("poison-burst-" + run), Duration.ofSeconds(60)))
                .hasSize(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.groupCaughtUp("newsmon-extract", Topics.ARTICLES_RAW));
    }
}
