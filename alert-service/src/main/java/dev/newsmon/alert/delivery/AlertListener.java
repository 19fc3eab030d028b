package dev.newsmon.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.alert.subscription.SubscriptionRegistry;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;

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

    public AlertListener(SubscriptionRegistry subscriptions, Dispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
    }

    @Incoming(Topics.ALERTS)
    public CompletionStage<Void> onAlert(Message<Alert> message) {
        Alert alert = message.getPayload();
        if (alert == null || alert.alertId() == null || alert.type() == null) {
            LOG.warn("skipped an alert record that is not a valid Alert");
            return message.ack();
        }
        Instant now = Instant.now();
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

    /** A subscription hears about alerts detected after it was created, not the backlog before it. */
    private static boolean notOlderThan(Alert alert, Subscription subscription) {
        return alert.detectedAt() == null || subscription.createdAt() == null || !alert.detectedAt().isBefore(subscription.createdAt());
    }
}
