package dev.newsmon.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;

/**
 * Reads scheduled retries and runs each when it is due. Each retry waits on its own timer, so a retry due in
 * four hours never holds up one due in thirty seconds; the record stays unacknowledged until its attempt is
 * settled, so pending retries survive a restart (they are read again; settled ones are skipped).
 */
@ApplicationScoped
public class RetryListener {

    private static final Logger LOG = Logger.getLogger(RetryListener.class);

    private final Dispatcher dispatcher;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "delivery-retry-timer");
        t.setDaemon(true);
        return t;
    });

    public RetryListener(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
    }

    @Incoming(Topics.DELIVERIES_RETRY)
    public CompletionStage<Void> onRetry(Message<DeliveryTask> message) {
        DeliveryTask task = message.getPayload();
        if (task == null || task.alert() == null || task.deliveryId() == null) {
            LOG.warn("skipped a retry record that is not a valid delivery task");
            return message.ack();
        }
        long wait = task.dueAt() == null ? 0 : Math.max(0, Duration.between(Instant.now(), task.dueAt()).toMillis());
        timers.schedule(() -> dispatcher.submit(task).whenComplete((ok, error) -> {
            if (error != null) {
                message.nack(error);
            } else {
                message.ack();
            }
        }), wait, TimeUnit.MILLISECONDS);
        return CompletableFuture.completedFuture(null);
    }
}
