package dev.newsmon.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.alert.subscription.SubscriptionRegistry;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Fans each alert out to the matching subscriptions. The method returns at once so that alerts flow while
 * deliveries are in flight; each alert is acknowledged when all its first attempts are settled (throttled
 * commits keep the committed offset below any alert still in flight, so a crash redelivers it and the
 * {@link DeliveryLog} skips what was already delivered).
 */
@ApplicationScoped
public class AlertListener {

    private static final Logger LOG = Logger.getLogger(AlertListener.class);

    private final SubscriptionRegistry subscriptions;
    private final Dispatcher dispatcher;
    private final Duration rememberFor;
    private final Counter tooOld;

    public AlertListener(SubscriptionRegistry subscriptions, Dispatcher dispatcher, AlertConfig config, MeterRegistry metrics) {
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.rememberFor = config.delivery().rememberFor();
        this.tooOld = Counter.builder("newsmon.alert.delivery.skipped").tag("reason", "older-than-remember-for")
                .description("alerts read again after the delivery log forgot them (a consumer group reset, a replay): not delivered")
                .register(metrics);
    }

    @Incoming(Topics.ALERTS)
    public CompletionStage<Void> onAlert(Message<Alert> message) {
        Alert alert = message.getPayload();
        if (alert == null || alert.alertId() == null || alert.type() == null) {
            LOG.warn("skipped an alert record that is not a valid Alert");
            return message.ack();
        }
        Instant now = Instant.now();
        if (tooOldToDeliver(alert, now, rememberFor)) {
            // the delivery log no longer knows whether these went out: better silent than a flood of repeats
            if (tooOld.count() == 0) {
                LOG.warnf("skipping alerts detected more than %s ago (first: %s, detected %s): read again after the delivery"
                        + " log forgot them; counted in newsmon_alert_delivery_skipped_total", rememberFor, alert.alertId(), alert.detectedAt());
            }
            tooOld.increment();
            return message.ack();
        }
        List<CompletableFuture<Void>> deliveries = subscriptions.all().stream()
                .filter(s -> s.matches(alert))
                .filter(s -> notOlderThan(alert, s))
                .map(s -> dispatcher.submit(DeliveryTask.first(alert, s.id(), now)).toCompletableFuture())
                .toList();
        CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> {
            if (error != null) {
                message.nack(error);
            } else {
                message.ack();
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    /** Detected before the delivery log's window: whether it already went out is no longer known. */
    static boolean tooOldToDeliver(Alert alert, Instant now, Duration rememberFor) {
        return alert.detectedAt() != null && alert.detectedAt().isBefore(now.minus(rememberFor));
    }

    /** A subscription hears about alerts detected after it was created, not the backlog before it. */
    private static boolean notOlderThan(Alert alert, Subscription subscription) {
        return alert.detectedAt() == null || subscription.createdAt() == null || !alert.detectedAt().isBefore(subscription.createdAt());
    }
}
