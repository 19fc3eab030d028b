package dev.newsmon.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.json.Json;

/**
 * Prints every record value of a topic from the beginning, one JSON document per line, and exits when
 * it has reached the end offsets read at start: a snapshot, so it terminates while producers go on.
 */
final class TopicTail {

    /** Without progress for this long the broker is considered stuck rather than slow. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private TopicTail() {
    }

    static int run(List<String> argList) {
        Args args = Args.parse(argList, Set.of(), Set.of());
        if (args.positional.size() != 1) {
            throw new Tools.UsageException("usage: tail TOPIC");
        }
        String topic = args.positional.get(0);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        long printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = Kafka.reader()) {
            List<PartitionInfo> partitions;
            try {
                partitions = consumer.partitionsFor(topic);
            } catch (TimeoutException e) {
                throw Kafka.unreachable(e);
            }
            if (partitions == null || partitions.isEmpty()) {
                Set<String> known = consumer.listTopics().keySet();
                throw new Tools.ToolException("topic " + topic + " does not exist; topics: "
                        + String.join(", ", known.stream().filter(t -> !t.startsWith("__")).sorted().toList()));
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long lastProgress = System.nanoTime();
            while (!caughtUp(consumer, end)) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (record.value() != null) {
                        out.write(asJsonLine(record.value()));
                        out.newLine();
                        printed++;
                    }
                }
                if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                    throw new Tools.ToolException("no progress reading " + topic + " for " + STALL_LIMIT.toSeconds()
                            + " s after " + printed + " records; is the broker healthy? see .newsmon/logs/kafka.log");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (var entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Values are JSON already; re-serialising keeps one document per line even if a producer pretty-printed. */
    static String asJsonLine(byte[] value) {
        String text = new String(value, StandardCharsets.UTF_8);
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null) {
                return Json.MAPPER.writeValueAsString(node);
            }
        } catch (IOException notJson) {
            // fall through: quote it so the output stays valid JSON lines
        }
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
