package dev.newsmon.alert.delivery;

import static dev.newsmon.alert.support.Claims.about;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;

class DeliveryUnitsTest {

    @Test
    void signsTheStandardWebhooksReferenceVector() {
        assertThat(WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aPlainSecretIsUsedAsItsBytes() {
        assertThat(WebhookSigner.key("plain-secret-of-some-length")).isEqualTo("plain-secret-of-some-length".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void retriesBackOffWithJitterThenStop() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(8)), 0.2);
        assertThat(schedule.maxAttempts()).isEqualTo(4);
        for (int i = 0; i < 50; i++) {
            assertThat(schedule.after(1)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
            assertThat(schedule.after(3)).isBetween(Duration.ofMinutes(384), Duration.ofMinutes(576));
        }
        assertThat(schedule.after(4)).isNull();
    }

    @Test
    void theDeliveryIdIsStablePerAlertAndSubscription() {
        assertThat(DeliveryTask.deliveryId("al-1", "sub-1")).isEqualTo(DeliveryTask.deliveryId("al-1", "sub-1"))
                .isNotEqualTo(DeliveryTask.deliveryId("al-1", "sub-2")).startsWith("msg_");
    }

    @Test
    void subscriptionsFilterByIssueTypeConfidenceAndSource() {
        Alert alert = new Alert("al-1", AlertType.UPDATE, "arms-pact", "Arms pact", "status", "s", Instant.now(),
                about("arms-pact").in("a1", "Wire", "2019-01-01").state("in-force").build(),
                about("arms-pact").in("a2", "Daily", "2019-02-01").state("suspended").confidence(0.6).build(), List.of());
        assertThat(sub(List.of(), List.of(), 0, List.of()).matches(alert)).isTrue();
        assertThat(sub(List.of("arms-pact"), List.of(AlertType.UPDATE), 0.5, List.of("wire")).matches(alert)).isTrue();
        assertThat(sub(List.of("other"), List.of(), 0, List.of()).matches(alert)).isFalse();
        assertThat(sub(List.of(), List.of(AlertType.CONTRADICTION), 0, List.of()).matches(alert)).isFalse();
        assertThat(sub(List.of(), List.of(), 0.7, List.of()).matches(alert)).isFalse();
        assertThat(sub(List.of(), List.of(), 0, List.of("Herald")).matches(alert)).isFalse();
    }

    @Test
    void emailTextAndHtmlCarryEvidenceAndEscapeIt() {
        Alert alert = new Alert("al-1", AlertType.CONTRADICTION, "arms-pact", "Arms pact", "status", "Arms pact: <b>x</b>", Instant.now(),
                about("arms-pact").in("a1", "Wire", "2019-01-01").state("in-force").build(),
                about("arms-pact").in("a2", "Daily", "2019-01-03").state("suspended").build(), List.of());
        assertThat(EmailSender.text(alert)).contains("Evidence sentence about arms-pact being suspended.")
                .contains("https://news.example.org/a1").contains("Contradicts: Wire");
        assertThat(EmailSender.html(alert)).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>")
                .contains("<blockquote>Evidence sentence about arms-pact being in-force.</blockquote>");
    }

    private static Subscription sub(List<String> issues, List<AlertType> types, double minConfidence, List<String> sources) {
        return new Subscription("sub-1", null, "webhook", "https://example.org/h", "secret-secret-secret", null, issues, types,
                minConfidence, sources, Instant.now());
    }

    @Test
    void anAnswerThatHadAlreadyEndedIsItsStatusNotAFailure() {
        assertThat(WebhookSender.statusOnceEnded(answer(204, true)).result()).isEqualTo(204);
        assertThat(WebhookSender.statusOnceEnded(answer(200, false)).result()).isEqualTo(200);
        assertThat(WebhookSender.statusOnceEnded(answer(503, true)).result()).isEqualTo(503);
    }

    /** A Vert.x answer with just what statusOnceEnded reads: its status, and an end() that throws once it has ended, as Vert.x's does. */
    private static io.vertx.core.http.HttpClientResponse answer(int status, boolean ended) {
        return (io.vertx.core.http.HttpClientResponse) java.lang.reflect.Proxy.newProxyInstance(DeliveryUnitsTest.class.getClassLoader(),
                new Class<?>[] {io.vertx.core.http.HttpClientResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "statusCode" -> status;
                    case "end" -> {
                        if (ended) {
                            throw new IllegalStateException();
                        }
                        yield io.vertx.core.Future.succeededFuture();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
