package dev.newsmon.alert.delivery;

import static dev.newsmon.alert.support.Claims.about;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.support.GreenMailResource;
import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.alert.support.WebhookReceiver;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.KafkaBrokerResource;
import dev.newsmon.testing.TopicReader;
import dev.newsmon.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Claims in on the real broker, alerts out, delivered by webhook and e-mail through failures. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class DeliveryFlowTest {

    static final String TOKEN = "Bearer test-token";
    static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123".getBytes());

    @Inject
    KafkaClients kafka;

    @Test
    void aReceiverThatFailsThenRecoversGetsExactlyOneSignedDeliveryPerAlert() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(SECRET, 3)) {
            String subscription = subscribeWebhook(receiver.url(), SECRET, "arms-pact");
            sendUpdate("arms-pact", "status", "in-force", "suspended", "flaky");

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successes().size() == 1);
            Thread.sleep(1500); // a second success would come within the retry schedule
            assertThat(receiver.successes()).hasSize(1);
            assertThat(receiver.received()).hasSize(4).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::webhookId).containsOnly(receiver.received().get(0).webhookId());
            Alert alert = Json.read(receiver.successes().get(0).body(), Alert.class);
            assertThat(alert.issue()).isEqualTo("arms-pact");
            assertThat(alert.current().state()).isEqualTo("suspended");
            assertThat(receiver.received().get(0).webhookId()).isEqualTo(DeliveryTask.deliveryId(alert.alertId(), subscription));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<Map<String, Object>> attempts = given().header("Authorization", TOKEN)
                        .get("/api/subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
                assertThat(attempts).extracting(a -> a.get("outcome")).containsExactly("delivered", "failed", "failed", "failed");
                assertThat(attempts).extracting(a -> a.get("attempt")).containsExactly(4, 3, 2, 1);
            });
        }
    }

    @Test
    void aDeadReceiverEndsInTheDeadLetterTopicAndASlowOneDelaysNobody() throws Exception {
        try (WebhookReceiver dead = WebhookReceiver.dead(SECRET);
                WebhookReceiver slow = WebhookReceiver.slow(SECRET, 5000);
                WebhookReceiver healthy = WebhookReceiver.healthy(SECRET)) {
            String deadSub = subscribeWebhook(dead.url(), SECRET, "valley-truce");
            String slowSub = subscribeWebhook(slow.url(), SECRET, "valley-truce");
            subscribeWebhook(healthy.url(), SECRET, "valley-truce");
            sendUpdate("valley-truce", "status", "agreed", "in-effect", "dead");

            await().atMost(Duration.ofSeconds(20)).until(() -> healthy.successes().size() == 1);
            // the slow receiver's first attempt (2 s timeout) has not even settled yet
            assertThat(given().header("Authorization", TOKEN).get("/api/subscriptions/" + slowSub + "/deliveries")
                    .then().extract().jsonPath().getList("$")).isEmpty();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<Map<String, Object>> attempts = given().header("Authorization", TOKEN)
                        .get("/api/subscriptions/" + deadSub + "/deliveries").then().extract().jsonPath().getList("$");
                assertThat(attempts).hasSize(5);
                assertThat(attempts.get(0).get("outcome")).isEqualTo("dead-lettered");
                assertThat(attempts.get(0).get("status")).isEqualTo(503);
            });
            List<TopicReader.TopicRecord> dlq = new TopicReader(KafkaBrokerResource.bootstrapServers())
                    .waitForRecords(Topics.DELIVERIES_DLQ, 1, r -> deadSub.equals(r.key()), Duration.ofSeconds(10));
            assertThat(dlq.get(0).header(Dispatcher.DLQ_REASON_HEADER)).contains("attempt 5").contains("HTTP 503");
            assertThat(dead.received()).hasSize(5);
        }
    }

    @Test
    void emailCarriesTheEvidenceAndLinksInTextAndHtml() throws Exception {
        String id = given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"channel\":\"email\",\"email\":\"desk@example.org\",\"issues\":[\"leaders-meeting\"]}")
                .post("/api/subscriptions").then().statusCode(201).extract().path("id");
        sendUpdate("leaders-meeting", "next-meeting", "none-planned", "held", "mail");

        await().atMost(Duration.ofSeconds(20)).until(() -> GreenMailResource.greenMail().getReceivedMessages().length >= 1);
        MimeMessage message = GreenMailResource.greenMail().getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        assertThat(message.getSubject()).startsWith("[newsmon] UPDATE: Leaders' meeting: held");
        String raw = GreenMailUtil.getWholeMessage(message);
        assertThat(raw).contains("text/plain").contains("text/html")
                .contains("Evidence sentence about leaders-meeting being held.")
                .contains("https://news.example.org/mail-2");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(given().header("Authorization", TOKEN).get("/api/subscriptions/" + id + "/deliveries")
                        .then().extract().jsonPath().getList("outcome")).containsExactly("delivered"));
    }

    @Test
    void theSameAlertReadTwiceIsDeliveredOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.healthy(SECRET)) {
            String subscription = subscribeWebhook(receiver.url(), SECRET, "meddling");
            Alert alert = new Alert("al-replayed-" + System.nanoTime(), dev.newsmon.events.AlertType.UPDATE, "meddling", "Meddling",
                    "allegation", "Meddling: accepted; earlier: alleged", Instant.now(),
                    about("meddling").aspect("allegation").in("dup-1", "Wire", "2020-01-01").state("alleged").build(),
                    about("meddling").aspect("allegation").in("dup-2", "Daily", "2020-02-01").state("accepted").build(), List.of());
            try (TopicWriter writer = new TopicWriter(KafkaBrokerResource.bootstrapServers())) {
                writer.send(Topics.ALERTS, "meddling", Json.write(alert));
                writer.send(Topics.ALERTS, "meddling", Json.write(alert)); // an upstream replay
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.successes().size() == 1);
            Thread.sleep(2000);
            assertThat(receiver.received()).hasSize(1);
            given().header("Authorization", TOKEN).delete("/api/subscriptions/" + subscription).then().statusCode(204);
        }
    }

    /**
     * This instance skips the attempt records it wrote itself when it follows {@code newsmon.deliveries}; another
     * instance's (another writer id, or none: an older version) are still read: they are shown, and an alert another
     * instance delivered is not delivered again here (as after a rebalance hands its partition over).
     */
    @Test
    void anAttemptAnotherInstanceRecordedIsShownAndNotMadeAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.healthy(SECRET)) {
            String subscription = subscribeWebhook(receiver.url(), SECRET, "meddling");
            Alert deliveredElsewhere = meddling("al-elsewhere-" + System.nanoTime());
            Alert next = meddling("al-next-" + System.nanoTime());
            DeliveryAttempt elsewhere = new DeliveryAttempt(DeliveryTask.deliveryId(deliveredElsewhere.alertId(), subscription), subscription,
                    deliveredElsewhere.alertId(), "meddling", "UPDATE", "webhook", 1, Instant.now(), DeliveryAttempt.DELIVERED, 204, null, 12L, null);
            try (TopicWriter writer = new TopicWriter(KafkaBrokerResource.bootstrapServers())) {
                writer.send(Topics.DELIVERIES, subscription, Json.write(elsewhere), Map.of(DeliveryLog.WRITER_HEADER, "another-instance"));
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().header("Authorization", TOKEN)
                        .get("/api/subscriptions/" + subscription + "/deliveries").then().extract().jsonPath().getList("alertId"))
                        .containsExactly(deliveredElsewhere.alertId()));
                writer.send(Topics.ALERTS, "meddling", Json.write(deliveredElsewhere));
                writer.send(Topics.ALERTS, "meddling", Json.write(next));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.successes().size() == 1);
            Thread.sleep(1000); // a delivery of the first alert would have come before the second's
            assertThat(receiver.received()).extracting(r -> Json.read(r.body(), Alert.class).alertId()).containsExactly(next.alertId());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().header("Authorization", TOKEN)
                    .get("/api/subscriptions/" + subscription + "/deliveries").then().extract().jsonPath().getList("alertId"))
                    .containsExactly(next.alertId(), deliveredElsewhere.alertId()));
            given().header("Authorization", TOKEN).delete("/api/subscriptions/" + subscription).then().statusCode(204);
        }
    }

    /**
     * An alert detected longer than {@code remember-for} (7 days) ago, read again after a consumer group reset or a
     * replay, is acknowledged, counted in {@code newsmon_alert_delivery_skipped_total{reason="older-than-remember-for"}}
     * and not delivered. Its subscription is older still (written to the topic as an instance would read it back), so
     * only the alert's age keeps it back; the alert after it is delivered.
     */
    @Test
    void anAlertDetectedBeforeRememberForIsAcknowledgedCountedAndNotDelivered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.healthy(SECRET);
                TopicWriter writer = new TopicWriter(KafkaBrokerResource.bootstrapServers());
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers()))) {
            Instant now = Instant.now();
            String subscription = "sub-long-standing-" + System.nanoTime();
            writer.send(Topics.SUBSCRIPTIONS, subscription, Json.write(new Subscription(subscription, "long-standing", Subscription.WEBHOOK,
                    receiver.url(), SECRET, null, List.of("meddling"), List.of(), 0.0, List.of(), now.minus(Duration.ofDays(30)))));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().header("Authorization", TOKEN).get("/api/subscriptions/" + subscription).then().statusCode(200));
            double skippedBefore = skippedOlderThanRememberFor();

            Alert old = meddling("al-forgotten-" + System.nanoTime(), now.minus(Duration.ofDays(8)));
            Alert fresh = meddling("al-fresh-" + System.nanoTime(), now);
            writer.send(Topics.ALERTS, "meddling", Json.write(old));
            long freshOffset = writer.send(Topics.ALERTS, "meddling", Json.write(fresh)).offset();

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.successes().size() == 1);
            // acknowledged: the group's committed offset passes the fresh alert, hence the old one before it
            TopicPartition alerts = new TopicPartition(Topics.ALERTS, 0);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("newsmon-alert-delivery")
                        .partitionsToOffsetAndMetadata().get().get(alerts);
                return committed != null && committed.offset() > freshOffset;
            });
            assertThat(skippedOlderThanRememberFor() - skippedBefore).isEqualTo(1.0);
            assertThat(receiver.received()).extracting(r -> Json.read(r.body(), Alert.class).alertId()).containsExactly(fresh.alertId());
            given().header("Authorization", TOKEN).delete("/api/subscriptions/" + subscription).then().statusCode(204);
        }
    }

    private static double skippedOlderThanRememberFor() {
        Matcher counter = Pattern.compile("(?m)^newsmon_alert_delivery_skipped_total\\{[^}]*reason=\"older-than-remember-for\"[^}]*\\} (\\S+)$")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(counter.find()).as("the skipped-deliveries counter is exported").isTrue();
        return Double.parseDouble(counter.group(1));
    }

    private static Alert meddling(String alertId) {
        return meddling(alertId, Instant.now());
    }

    private static Alert meddling(String alertId, Instant detectedAt) {
        return new Alert(alertId, dev.newsmon.events.AlertType.UPDATE, "meddling", "Meddling", "allegation",
                "Meddling: accepted; earlier: alleged", detectedAt,
                about("meddling").aspect("allegation").in(alertId + "-1", "Wire", "2020-01-01").state("alleged").build(),
                about("meddling").aspect("allegation").in(alertId + "-2", "Daily", "2020-02-01").state("accepted").build(), List.of());
    }

    /**
     * A failed attempt schedules its retry and then records the attempt: two sends, the second chained on the
     * first. When the producer had not written the second topic yet, that chained send used to run on the
     * producer's I/O thread and wait there for metadata only that thread could fetch: every retry of a
     * service that had recorded nothing for a while stalled for a minute and then stopped the alerts channel.
     */
    @Test
    void aSendChainedOnAnotherReachesATopicTheProducerHasNotWrittenYet() throws Exception {
        String first = "newsmon.test.first-" + System.nanoTime();
        String unseen = "newsmon.test.unseen-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(first, 1, (short) 1), new NewTopic(unseen, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        RecordMetadata chained = kafka.send(first, "k", new byte[] {1})
                .thenCompose(written -> kafka.send(unseen, "k", new byte[] {2}))
                .get(30, TimeUnit.SECONDS); // the producer's max.block.ms is 60 s: a stall fails here
        assertThat(chained.topic()).isEqualTo(unseen);
    }

    static String subscribeWebhook(String url, String secret, String issue) {
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("channel", "webhook", "webhookUrl", url, "secret", secret, "issues", List.of(issue)))
                .post("/api/subscriptions").then().statusCode(201).extract().path("id");
    }

    /** Two claims from two articles a month apart: one UPDATE. */
    static void sendUpdate(String issue, String aspect, String from, String to, String tag) {
        Instant now = Instant.now();
        Claim before = about(issue).aspect(aspect).in(tag + "-1", "Wire", "2020-03-01").state(from).ingestedAt(now).build();
        Claim after = about(issue).aspect(aspect).in(tag + "-2", "Daily", "2020-05-01").state(to).on("2020-04-30").ingestedAt(now).build();
        try (TopicWriter writer = new TopicWriter(KafkaBrokerResource.bootstrapServers())) {
            writer.send(Topics.CLAIMS, issue, Json.write(before));
            writer.send(Topics.CLAIMS, issue, Json.write(after));
        }
    }
}
