package dev.newsmon.alert.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.config.TopicTail;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import io.quarkus.runtime.Startup;

/**
 * Subscriptions live in the compacted topic {@code newsmon.subscriptions} (key: id, tombstone = deleted);
 * every instance reads it whole at startup and follows it, so they survive restarts and every instance
 * sees every subscription. Writes go to the topic first and are applied locally once the broker has them,
 * so a client reads its own write.
 */
@Startup
@ApplicationScoped
public class SubscriptionRegistry {

    private static final Logger LOG = Logger.getLogger(SubscriptionRegistry.class);

    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final KafkaClients kafka;
    private final TopicTail tail;

    public SubscriptionRegistry(KafkaClients kafka) {
        this.kafka = kafka;
        this.tail = new TopicTail(kafka.groupLessConsumer("newsmon-alert-subscriptions"), Topics.SUBSCRIPTIONS, true, this::apply)
                .start();
        if (!tail.awaitCaughtUp(Duration.ofSeconds(30))) {
            LOG.warn("subscriptions not loaded within 30 s; readiness stays down until they are");
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
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            subscriptions.remove(record.key());
        } else {
            subscriptions.put(record.key(), Json.read(new String(record.value(), StandardCharsets.UTF_8), Subscription.class));
        }
    }

    public Subscription save(Subscription subscription) {
        await(kafka.send(Topics.SUBSCRIPTIONS, subscription.id(), Json.write(subscription).getBytes(StandardCharsets.UTF_8)));
        subscriptions.put(subscription.id(), subscription);
        return subscription;
    }

    public boolean delete(String id) {
        if (!subscriptions.containsKey(id)) {
            return false;
        }
        await(kafka.send(Topics.SUBSCRIPTIONS, id, null));
        subscriptions.remove(id);
        return true;
    }

    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    public List<Subscription> all() {
        return subscriptions.values().stream().sorted(Comparator.comparing(Subscription::createdAt)).toList();
    }

    private static void await(java.util.concurrent.CompletableFuture<?> write) {
        try {
            write.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + Topics.SUBSCRIPTIONS, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StorageUnavailableException("could not write to " + Topics.SUBSCRIPTIONS + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    /** The broker did not take the write; the API answers 503 and nothing is claimed stored. */
    public static class StorageUnavailableException extends RuntimeException {
        public StorageUnavailableException(String message) {
            super(message);
        }
    }
}
