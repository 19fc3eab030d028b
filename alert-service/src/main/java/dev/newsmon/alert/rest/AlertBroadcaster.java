package dev.newsmon.alert.rest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.newsmon.alert.config.KafkaClients;
import dev.newsmon.alert.config.TopicTail;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Follows newsmon.alerts from its end on every instance (no consumer group: every instance sees every alert,
 * whatever partitions its Kafka Streams tasks own) and broadcasts to the SSE clients of this instance.
 */
@Startup
@ApplicationScoped
public class AlertBroadcaster {

    private final BroadcastProcessor<Alert> processor = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();
    private final TopicTail tail;

    public AlertBroadcaster(KafkaClients kafka) {
        this.tail = new TopicTail(kafka.groupLessConsumer("newsmon-alert-sse"), Topics.ALERTS, false, this::publish).start();
    }

    private void publish(ConsumerRecord<String, byte[]> record) {
        // Reading every alert's JSON cost about a quarter of a millisecond per alert (DeliveryBench's per-thread
        // split) on an instance that usually has no live client; with none, there is no one to miss it.
        if (record.value() != null && listeners.get() > 0) {
            processor.onNext(Json.read(new String(record.value(), StandardCharsets.UTF_8), Alert.class));
        }
    }

    /**
     * Each SSE client gets its own buffer: alerts come in bursts (one article can raise several) and a client
     * that has not requested yet must not fail the stream. A client more than 1000 alerts behind is dropped
     * and reconnects.
     */
    public Multi<Alert> stream() {
        return processor.onOverflow().buffer(1000)
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet);
    }

    /** SSE clients following this instance's alerts now. */
    public int listeners() {
        return listeners.get();
    }

    @PreDestroy
    void stop() {
        tail.close();
    }
}
