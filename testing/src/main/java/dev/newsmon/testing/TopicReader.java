package dev.newsmon.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics the way a test wants to: everything from the beginning, without joining a consumer
 * group (so it never steals partitions from the service under test and commits nothing).
 *
 * <p>Records are read {@code read_committed}, so output of Kafka Streams exactly-once shows up
 * only once committed, as it would for a real downstream consumer.
 *
 * <pre>{@code
 * TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers());
 * List<TopicRecord> claims = reader.waitForRecords(Topics.CLAIMS, 3, Duration.ofSeconds(20));
 * }</pre>
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** All records currently in the topic (up to its end offsets when called), in partition order. */
    public List<TopicRecord> readAll(String topic) {
        return readAll(topic, Duration.ofSeconds(30));
    }

    /** Like {@link #readAll(String)} with an explicit bound on how long reading may take. */
    public List<TopicRecord> readAll(String topic, Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<TopicRecord> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end offsets " + end
                            + " within " + timeout + "; read " + records.size() + " records");
                }
                consumer.poll(POLL).forEach(record -> records.add(TopicRecord.of(record)));
            }
            return records;
        }
    }

    /** Waits until the topic holds at least {@code count} records and returns all of them. */
    public List<TopicRecord> waitForRecords(String topic, int count, Duration timeout) {
        return waitForRecords(topic, count, record -> true, timeout);
    }

    /**
     * Waits until at least {@code count} records of the topic match {@code filter} and returns the
     * matching ones (useful on a broker shared by several tests: filter on your own keys).
     */
    public List<TopicRecord> waitForRecords(String topic, int count, Predicate<TopicRecord> filter,
            Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<TopicRecord> matching = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected at least " + count + " matching records on " + topic
                            + " within " + timeout + " but found " + matching.size() + ": " + matching);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicRecord view = TopicRecord.of(record);
                    if (filter.test(view)) {
                        matching.add(view);
                    }
                }
            }
            return matching;
        }
    }

    /** Records with the given key, read to the topic's current end. */
    public List<TopicRecord> readByKey(String topic, String key) {
        return readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Current end offset per partition of the topic. */
    public Map<Integer, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<Integer, Long> result = new HashMap<>();
            consumer.endOffsets(partitions(consumer, topic)).forEach((tp, offset) -> result.put(tp.partition(), offset));
            return result;
        }
    }

    /** Sum of the topic's end offsets: how many records were ever written, counting markers. */
    public long endOffsetTotal(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Committed offsets of a consumer group on a topic (partition to offset; absent when the group
     * committed nothing there). Lets a test wait until a service has processed everything.
     */
    public Map<Integer, Long> committedOffsets(String groupId, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            Map<Integer, Long> result = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (tp.topic().equals(topic) && om != null) {
                    result.put(tp.partition(), om.offset());
                }
            });
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not list offsets of group " + groupId + ": " + e.getMessage(), e);
        }
    }

    /** True when the group's committed offsets on the topic reach the topic's end offsets. */
    public boolean groupCaughtUp(String groupId, String topic) {
        Map<Integer, Long> committed = committedOffsets(groupId, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int partition : endOffsets(topic).keySet()) {
                request.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(request).all().get();
            return latest.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || committed.getOrDefault(e.getKey().partition(), -1L) >= e.getValue().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not list end offsets of " + topic + ": " + e.getMessage(), e);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsmon-test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + " does not exist");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (var entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One record as tests look at it: key and value decoded as UTF-8 (null stays null, so a
     * tombstone has {@code value() == null}), raw bytes kept, headers as strings.
     */
    public record TopicRecord(String topic, int partition, long offset, long timestamp,
            String key, String value, byte[] rawKey, byte[] rawValue, Map<String, String> headers,
            List<Map.Entry<String, String>> allHeaders) {

        static TopicRecord of(ConsumerRecord<byte[], byte[]> record) {
            Map<String, String> last = new LinkedHashMap<>();
            List<Map.Entry<String, String>> all = new ArrayList<>();
            for (Header header : record.headers()) {
                String value = header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
                last.put(header.key(), value);
                all.add(new java.util.AbstractMap.SimpleImmutableEntry<>(header.key(), value));
            }
            return new TopicRecord(record.topic(), record.partition(), record.offset(), record.timestamp(),
                    decode(record.key()), decode(record.value()), record.key(), record.value(),
                    java.util.Collections.unmodifiableMap(last), List.copyOf(all));
        }

        /** Value of the last header with that name, or null. */
        public String header(String name) {
            return headers.get(name);
        }

        public boolean isTombstone() {
            return rawValue == null;
        }

        private static String decode(byte[] bytes) {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return topic + "-" + partition + "@" + offset + " key=" + key + " headers=" + headers + " value="
                    + (value != null && value.length() > 300 ? value.substring(0, 300) + "..." : value);
        }
    }

    /** Keys of the given records, in order. */
    public static List<String> keys(Collection<TopicRecord> records) {
        return records.stream().map(TopicRecord::key).toList();
    }
}
