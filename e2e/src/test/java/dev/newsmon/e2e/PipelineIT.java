package dev.newsmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.TopicReader.TopicRecord;

/**
 * The whole pipeline as a user runs it: packaged services, a real broker, a labelled folder replayed
 * through the push API, alerts checked against the labels and webhook deliveries checked for
 * signatures and exactly-once receipt.
 */
@ExtendWith(SharedStack.Extension.class)
@Order(2)
class PipelineIT {

    static Stack stack;
    static WebhookReceiver receiver;
    static LabelledCorpus labels;
    static List<HttpResponse<String>> replayed;

    /**
     * The stack is shared with the other end-to-end classes (see {@link SharedStack}); its receiver was
     * subscribed before the one replay of the labelled folder, which may already have happened.
     */
    @BeforeAll
    static void replayLabelledFolder(SharedStack shared) throws Exception {
        stack = shared.stack;
        receiver = shared.receiver;
        labels = shared.labels;
        replayed = shared.replayLabelledFolderOnce();
    }

    @Test
    void everyArticleIsAcceptedOnceAndAnalyzed() {
        assertThat(replayed).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        List<TopicRecord> raw = stack.reader.readAll(Topics.ARTICLES_RAW);
        assertThat(raw).hasSize(labels.fileByUrl.size());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(stack.reader.readAll(Topics.ARTICLES_ANALYZED)).hasSize(labels.fileByUrl.size()));
    }

    @Test
    void expectedAlertsAppearAndNoSpuriousOne() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(labels.found(alerts())).containsExactlyInAnyOrderElementsOf(labels.expected));
        assertThat(labels.spurious(alerts())).as("spurious alerts").isEmpty();
    }

    @Test
    void webhookReceivesEachAlertExactlyOnceWithAValidSignature() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Alert> alerts = alerts();
            assertThat(alerts).isNotEmpty();
            Map<String, Long> perAlert = receiver.deliveries().stream()
                    .collect(Collectors.groupingBy(d -> alertIdOf(d.body()), Collectors.counting()));
            assertThat(perAlert.keySet()).containsExactlyInAnyOrderElementsOf(
                    alerts.stream().map(Alert::alertId).distinct().toList());
            assertThat(perAlert.values()).allMatch(count -> count == 1);
        });
        assertThat(receiver.deliveries()).allMatch(WebhookReceiver.Delivery::signatureValid);
        assertThat(receiver.deliveries().stream().map(WebhookReceiver.Delivery::webhookId).distinct().count())
                .isEqualTo(receiver.deliveries().size());
    }

    @Test
    void replayingTheSameFolderAddsNothing() throws Exception {
        long before = stack.reader.endOffsetTotal(Topics.ARTICLES_RAW);
        List<HttpResponse<String>> again = stack.replay(SharedStack.CORPUS);
        assertThat(again).allSatisfy(r -> assertThat(r.body()).contains("duplicate"));
        assertThat(stack.reader.endOffsetTotal(Topics.ARTICLES_RAW)).isEqualTo(before);
    }

    static List<Alert> alerts() {
        return stack.reader.readAll(Topics.ALERTS).stream()
                .map(TopicRecord::value).map(v -> Json.read(v, Alert.class))
                .collect(Collectors.toMap(Alert::alertId, Function.identity(), (a, b) -> a))
                .values().stream().toList();
    }

    private static String alertIdOf(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node.path("alertId").asText();
        } catch (Exception e) {
            return "unparseable";
        }
    }
}
