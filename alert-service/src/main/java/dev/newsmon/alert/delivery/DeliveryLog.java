package dev.newsmon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.config.TopicTail;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import io.quarkus.runtime.Startup;

/**
 * Every delivery attempt, recorded on {@code newsmon.deliveries} and read back whole at startup: the API shows
 * it, and it is what makes redelivery after a crash or a duplicate retry idempotent (a delivery already
 * delivered, or an attempt already settled, is not made again).
 */
@Startup
@ApplicationScoped
public class DeliveryLog {

    private static final Logger LOG = Logger.getLogger(DeliveryLog.class);

    private final KafkaClients kafka;
    private final int keep;
    private final Map<String, Attempts> bySubscription = new ConcurrentHashMap<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> settledAttempt = new ConcurrentHashMap<>();
    private final TopicTail tail;

    public DeliveryLog(KafkaClients kafka, AlertConfig config) {
        this.kafka = kafka;
        this.keep = config.delivery().keepAttemptsPerSubscription();
        this.tail = new TopicTail(kafka.groupLessConsumer("newsmon-alert-deliveries"), Topics.DELIVERIES, true, this::apply).start();
        if (!tail.awaitCaughtUp(Duration.ofSeconds(30))) {
            LOG.warn("delivery records not loaded within 30 s; readiness stays down until they are");
        }
    }

    @PreDestroy
    void stop() {
        tail.close();
    }

    public boolean loaded() {
        return tail.caughtUp();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() != null) {
            remember(Json.read(new String(record.value(), StandardCharsets.UTF_8), DeliveryAttempt.class));
        }
    }

    /**
     * The newest attempts of one subscription, and their keys: every attempt is remembered twice (when recorded,
     * and when read back from the topic), and looking for it among up to {@code keep} attempts was a tenth of the
     * service's CPU in the pipeline benchmark.
     */
    private static final class Attempts {
        final Deque<DeliveryAttempt> newest = new ArrayDeque<>();
        final Set<String> keys = new HashSet<>();

        static String key(DeliveryAttempt a) {
            return a.deliveryId() + '|' + a.attempt() + '|' + a.outcome();
        }
    }

    private void remember(DeliveryAttempt attempt) {
        Attempts attempts = bySubscription.computeIfAbsent(attempt.subscriptionId(), k -> new Attempts());
        synchronized (attempts) {
            if (attempts.keys.add(Attempts.key(attempt))) {
                attempts.newest.addLast(attempt);
                while (attempts.newest.size() > keep) {
                    attempts.keys.remove(Attempts.key(attempts.newest.removeFirst()));
                }
            }
        }
        if (DeliveryAttempt.DELIVERED.equals(attempt.outcome())) {
            delivered.add(attempt.deliveryId());
        }
        settledAttempt.merge(attempt.deliveryId(), attempt.attempt(), Math::max);
    }

    /** Records the attempt durably, then in memory. */
    public CompletableFuture<Void> record(DeliveryAttempt attempt) {
        return kafka.send(Topics.DELIVERIES, attempt.subscriptionId(), Json.write(attempt).getBytes(StandardCharsets.UTF_8))
                .thenAccept(meta -> remember(attempt));
    }

    public boolean delivered(String deliveryId) {
        return delivered.contains(deliveryId);
    }

    /** The highest attempt number already settled for a delivery, 0 when none. */
    public int settledAttempt(String deliveryId) {
        return settledAttempt.getOrDefault(deliveryId, 0);
    }

    /** Newest first. */
    public List<DeliveryAttempt> attempts(String subscriptionId) {
        Attempts attempts = bySubscription.get(subscriptionId);
        if (attempts == null) {
            return List.of();
        }
        synchronized (attempts) {
            List<DeliveryAttempt> copy = new java.util.ArrayList<>(attempts.newest);
            java.util.Collections.reverse(copy);
            return copy;
        }
    }
}
