package dev.newsmon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.config.TopicTail;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import io.quarkus.runtime.Startup;

/**
 * Every delivery attempt, recorded on {@code newsmon.deliveries} and read back whole at startup: the API shows
 * the newest of each subscription, and it is what makes redelivery after a crash or a duplicate retry
 * idempotent (a delivery already delivered, or an attempt already settled, is not made again; deliveries are
 * remembered for that for {@code newsmon.alert.delivery.remember-for}, see {@link SettledDeliveries}).
 */
@Startup
@ApplicationScoped
public class DeliveryLog {

    private static final Logger LOG = Logger.getLogger(DeliveryLog.class);
    static final String WRITER_HEADER = "newsmon-writer";
    static final int TAIL_MIN_BYTES = 64 * 1024;
    static final Duration TAIL_MAX_WAIT = Duration.ofMillis(500);

    private final KafkaClients kafka;
    private final int keep;
    private final Map<String, Attempts> bySubscription = new ConcurrentHashMap<>();
    private final SettledDeliveries settled;
    private final TopicTail tail;
    /**
     * Marks the records this instance writes (a header), so that following the topic skips them: they are
     * remembered when written, and parsing them again was an eighth of the delivery path's CPU. A new id at each
     * start, so after a restart every record, this instance's former ones included, is read as before.
     */
    private final byte[] writerId = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);

    public DeliveryLog(KafkaClients kafka, AlertConfig config) {
        this.kafka = kafka;
        this.keep = config.delivery().keepAttemptsPerSubscription();
        this.settled = new SettledDeliveries(checkedRememberFor(config));
        // Other instances' attempts may arrive up to TAIL_MAX_WAIT late; in return the tail fetches a few times a
        // second instead of once per record written (every delivery writes one).
        this.tail = new TopicTail(kafka.groupLessConsumer("newsmon-alert-deliveries", TAIL_MIN_BYTES, TAIL_MAX_WAIT),
                Topics.DELIVERIES, true, this::apply).start();
        if (!tail.awaitCaughtUp(Duration.ofSeconds(30))) {
            LOG.warn("delivery records not loaded within 30 s; readiness stays down until they are");
        }
    }

    /**
     * A delivery forgotten while a retry of it is still pending could be made twice, so the window must outlast
     * the whole retry schedule at its longest jitter.
     */
    static Duration checkedRememberFor(AlertConfig config) {
        return checkedRememberFor(config.delivery().rememberFor(), config.delivery().retrySchedule(), config.delivery().jitter());
    }

    static Duration checkedRememberFor(Duration rememberFor, List<Duration> retrySchedule, double jitter) {
        Duration longestSchedule = Duration.ofMillis(Math.round(retrySchedule.stream().mapToLong(Duration::toMillis).sum()
                * (1 + Math.max(0, jitter))));
        if (rememberFor.compareTo(longestSchedule) <= 0) {
            throw new IllegalStateException("newsmon.alert.delivery.remember-for (" + rememberFor + ") must be longer than the"
                    + " retry schedule with its jitter (" + longestSchedule + "), or a delivery could be forgotten while a retry"
                    + " of it is pending and be made twice");
        }
        return rememberFor;
    }

    @PreDestroy
    void stop() {
        tail.close();
    }

    public boolean loaded() {
        return tail.caughtUp();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        Header writer = record.headers().lastHeader(WRITER_HEADER);
        if (writer != null && Arrays.equals(writer.value(), writerId)) {
            return;
        }
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
        settled.remember(attempt.deliveryId(), attempt.attempt(), DeliveryAttempt.DELIVERED.equals(attempt.outcome()), attempt.at());
    }

    /** Records the attempt durably, then in memory. */
    public CompletableFuture<Void> record(DeliveryAttempt attempt) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DELIVERIES, attempt.subscriptionId(),
                Json.write(attempt).getBytes(StandardCharsets.UTF_8));
        record.headers().add(WRITER_HEADER, writerId);
        return kafka.send(record).thenAccept(meta -> remember(attempt));
    }

    public boolean delivered(String deliveryId) {
        return settled.delivered(deliveryId);
    }

    /** The highest attempt number already settled for a delivery, 0 when none. */
    public int settledAttempt(String deliveryId) {
        return settled.attempt(deliveryId);
    }

    /** Deliveries remembered for idempotence (those settled within {@code remember-for}). */
    public int remembered() {
        return settled.size();
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
