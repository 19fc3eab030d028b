package dev.newsmon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.alert.subscription.SubscriptionRegistry;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Makes delivery attempts, one lane per subscription: a lane has at most {@code maxInFlightPerSubscription}
 * requests in flight to its receiver and queues the rest, and attempts are non-blocking with timeouts, so a slow or
 * dead receiver only ever holds up its own lane. An attempt is "settled" when its outcome is durably recorded and,
 * after a failure, its next attempt is durably scheduled on {@link Topics#DELIVERIES_RETRY} (or the delivery is
 * on the dead-letter topic): only then is the input record acknowledged.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    public static final String DLQ_REASON_HEADER = "newsmon-dlq-reason";

    private final SubscriptionRegistry subscriptions;
    private final DeliveryLog log;
    private final WebhookSender webhooks;
    private final EmailSender emails;
    private final KafkaClients kafka;
    private final RetrySchedule schedule;
    private final int maxInFlight;
    private final MeterRegistry metrics;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    /** Starts attempts off the caller's thread: the address guard resolves host names, which may block. */
    private final ExecutorService starter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "delivery-start");
        t.setDaemon(true);
        return t;
    });

    public Dispatcher(SubscriptionRegistry subscriptions, DeliveryLog log, WebhookSender webhooks, EmailSender emails,
            KafkaClients kafka, AlertConfig config, MeterRegistry metrics) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.webhooks = webhooks;
        this.emails = emails;
        this.kafka = kafka;
        this.schedule = new RetrySchedule(config.delivery().retrySchedule(), config.delivery().jitter());
        this.maxInFlight = Math.max(1, config.delivery().maxInFlightPerSubscription());
        this.metrics = metrics;
    }

    @PreDestroy
    void stop() {
        starter.shutdownNow();
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    /** Completes when the attempt is settled; never completes exceptionally for a receiver's failure. */
    public CompletionStage<Void> submit(DeliveryTask task) {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        lanes.computeIfAbsent(task.subscriptionId(), id -> new Lane()).enqueue(() -> {
            // The lane bounds requests in flight to a receiver, so its slot is free once the receiver has answered;
            // recording the outcome is the broker's business, and holding the slot through it would cap a lane at
            // maxInFlight attempts per producer round trip (linger included).
            CompletableFuture<Void> answered = new CompletableFuture<>();
            CompletableFuture.supplyAsync(() -> attempt(task, answered), starter)
                    .thenCompose(stage -> stage)
                    .whenComplete((ok, error) -> {
                        answered.complete(null);
                        if (error != null) {
                            LOG.errorf(error, "delivery attempt could not be settled");
                            settled.completeExceptionally(error);
                        } else {
                            settled.complete(null);
                        }
                    });
            return answered;
        });
        return settled;
    }

    private CompletionStage<Void> attempt(DeliveryTask task, CompletableFuture<Void> answered) {
        // The same delivery never runs twice at once (a retry re-read after a restart while the first is running).
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = running.putIfAbsent(task.deliveryId() + "#" + task.attempt(), mine);
        if (other != null) {
            return other;
        }
        CompletionStage<Void> result;
        try {
            result = doAttempt(task, answered);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((ok, error) -> {
            running.remove(task.deliveryId() + "#" + task.attempt());
            if (error != null) {
                mine.completeExceptionally(error);
            } else {
                mine.complete(null);
            }
        });
        return mine;
    }

    private CompletionStage<Void> doAttempt(DeliveryTask task, CompletableFuture<Void> answered) {
        if (log.delivered(task.deliveryId()) || log.settledAttempt(task.deliveryId()) >= task.attempt()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Subscription> found = subscriptions.get(task.subscriptionId());
        if (found.isEmpty()) {
            return log.record(outcome(task, null, DeliveryAttempt.CANCELLED, null, "subscription deleted", null, null));
        }
        Subscription subscription = found.get();
        long started = System.nanoTime();
        CompletionStage<SendResult> sending = Subscription.EMAIL.equals(subscription.channel())
                ? emails.send(subscription.email(), task)
                : webhooks.send(subscription.webhookUrl(), subscription.secret(), task);
        sending.whenComplete((result, error) -> answered.complete(null));
        // webhooks answer on an event loop and settling may block (a send waiting for topic metadata): off it first
        return sending.thenComposeAsync(result -> {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Timer.builder("newsmon.alert.delivery.latency").tag("channel", subscription.channel())
                    .tag("outcome", result.delivered() ? "delivered" : "failed").register(metrics).record(took);
            return settle(task, subscription, result, took);
        }, starter);
    }

    private CompletionStage<Void> settle(DeliveryTask task, Subscription subscription, SendResult result, Duration took) {
        if (result.delivered()) {
            count(subscription, DeliveryAttempt.DELIVERED);
            return log.record(outcome(task, subscription, DeliveryAttempt.DELIVERED, result.status(), null, took, null));
        }
        Duration wait = result.permanent() ? null : schedule.after(task.attempt());
        if (wait == null) {
            count(subscription, DeliveryAttempt.DEAD_LETTERED);
            LOG.warnf("delivery %s to %s dead-lettered after attempt %d: %s", task.deliveryId(), subscription.id(),
                    task.attempt(), result.error());
            ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.DELIVERIES_DLQ, subscription.id(),
                    Json.write(task).getBytes(StandardCharsets.UTF_8));
            dead.headers().add(DLQ_REASON_HEADER, ("attempt " + task.attempt() + ": " + result.error()).getBytes(StandardCharsets.UTF_8));
            return kafka.send(dead).thenCompose(meta ->
                    log.record(outcome(task, subscription, DeliveryAttempt.DEAD_LETTERED, result.status(), result.error(), took, null)));
        }
        count(subscription, DeliveryAttempt.FAILED);
        Instant next = Instant.now().plus(wait);
        // the subscription id, never its URL: a webhook URL may carry a token in its query
        LOG.infof("delivery %s to %s attempt %d failed (%s); next attempt at %s", task.deliveryId(), subscription.id(),
                task.attempt(), result.error(), next);
        CompletableFuture<?> scheduled = kafka.send(Topics.DELIVERIES_RETRY, subscription.id(),
                Json.write(task.next(next)).getBytes(StandardCharsets.UTF_8));
        return scheduled.thenCompose(meta ->
                log.record(outcome(task, subscription, DeliveryAttempt.FAILED, result.status(), result.error(), took, next)));
    }

    private void count(Subscription subscription, String outcome) {
        metrics.counter("newsmon.alert.delivery.attempts", "channel", subscription.channel(), "outcome", outcome).increment();
    }

    private static DeliveryAttempt outcome(DeliveryTask task, Subscription subscription, String outcome, Integer status, String error,
            Duration took, Instant next) {
        return new DeliveryAttempt(task.deliveryId(), task.subscriptionId(), task.alert().alertId(), task.alert().issue(),
                task.alert().type().name(), subscription == null ? null : subscription.channel(), task.attempt(), Instant.now(),
                outcome, status, error, took == null ? null : took.toMillis(), next);
    }

    /** A subscription's queue: bounded requests in flight, FIFO start order. */
    private final class Lane {
        private final Queue<Supplier<CompletableFuture<Void>>> queue = new ArrayDeque<>();
        private int inFlight;

        void enqueue(Supplier<CompletableFuture<Void>> job) {
            synchronized (this) {
                queue.add(job);
            }
            drain();
        }

        private void drain() {
            while (true) {
                Supplier<CompletableFuture<Void>> job;
                synchronized (this) {
                    if (inFlight >= maxInFlight || queue.isEmpty()) {
                        return;
                    }
                    inFlight++;
                    job = queue.poll();
                }
                job.get().whenComplete((ok, error) -> {
                    synchronized (this) {
                        inFlight--;
                    }
                    drain();
                });
            }
        }
    }
}
