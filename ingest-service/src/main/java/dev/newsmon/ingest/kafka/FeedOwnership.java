package dev.newsmon.ingest.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;

/**
 * Which feeds this replica polls. Every replica joins the consumer group {@code newsmon-ingest} on
 * the feed registry topic; Kafka assigns each partition to exactly one live member, and a replica
 * polls exactly the feeds whose key hashes to a partition it holds. When a replica dies or joins,
 * the group rebalances and its feeds move. The records themselves are read by the state reader.
 */
public class FeedOwnership extends BackgroundConsumer {

    private static final Logger LOG = Logger.getLogger(FeedOwnership.class);

    private final String topic;
    private final int partitionCount;
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();

    public FeedOwnership(Map<String, Object> config, int partitionCount) {
        this(config, Topics.FEEDS, partitionCount);
    }

    /** @param topic the registry topic; another one only in tests */
    public FeedOwnership(Map<String, Object> config, String topic, int partitionCount) {
        super(config, "newsmon-feed-ownership");
        this.topic = topic;
        this.partitionCount = partitionCount;
    }

    /** The partition Kafka's default partitioner puts this feed id in. */
    public int partitionOf(String feedId) {
        return Utils.toPositive(Utils.murmur2(feedId.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitionCount;
    }

    public boolean owns(String feedId) {
        return owned.contains(partitionOf(feedId));
    }

    public Set<Integer> ownedPartitions() {
        return Set.copyOf(owned);
    }

    @Override
    protected void consume(KafkaConsumer<String, byte[]> c) {
        c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                partitions.forEach(p -> owned.remove(p.partition()));
                if (!partitions.isEmpty()) {
                    LOG.infof("no longer polling feeds of partitions %s", partitions);
                }
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                partitions.forEach(p -> owned.add(p.partition()));
                if (!partitions.isEmpty()) {
                    LOG.infof("now polling feeds of partitions %s", partitions);
                }
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                onPartitionsRevoked(partitions);
            }
        });
        while (running()) {
            c.poll(Duration.ofMillis(500));
        }
    }

    @Override
    protected void failed(RuntimeException error) {
        LOG.error("feed ownership consumer stopped; this replica polls no feed until restarted", error);
        owned.clear();
    }

    @Override
    public void close() {
        super.close();
        owned.clear();
    }
}
