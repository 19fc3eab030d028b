package dev.newsmon.ingest.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Reads compacted topics from the beginning on every partition, signals when it has caught up with
 * the end offsets seen at start, then keeps tailing so changes made by other replicas arrive too.
 * Deliberately a plain consumer without a group: every replica needs every record.
 */
public class CompactedStateReader extends BackgroundConsumer {

    private static final Logger LOG = Logger.getLogger(CompactedStateReader.class);

    private final List<String> topics;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    public CompactedStateReader(Map<String, Object> config, List<String> topics,
                                Consumer<ConsumerRecord<String, byte[]>> handler) {
        super(config, "newsmon-state-reader");
        this.topics = topics;
        this.handler = handler;
    }

    /** Completes once every record present at start has been handled. */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    public boolean isLoaded() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    @Override
    protected void consume(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(30));
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        while (running()) {
            ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    handler.accept(record);
                } catch (RuntimeException e) {
                    LOG.warnf("skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(),
                            record.offset(), e.getMessage());
                }
            }
            if (!loaded.isDone() && caughtUp(c, ends)) {
                LOG.infof("loaded state from %s", topics);
                loaded.complete(null);
            }
        }
    }

    @Override
    protected void failed(RuntimeException error) {
        LOG.error("state reader stopped", error);
        loaded.completeExceptionally(error);
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (c.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
