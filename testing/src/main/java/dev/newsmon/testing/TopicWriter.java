package dev.newsmon.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes raw records, bypassing the services' serializers: how tests put poison records (invalid
 * JSON, wrong schema, random bytes) and hand-written events on a topic. Each send waits for the
 * broker's acknowledgement, so the record is on the topic when the method returns.
 */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public TopicWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    /** Sends a UTF-8 string key and value (either may be null; a null value is a tombstone). */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    /** Sends a UTF-8 string key and value with string headers. */
    public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        return sendBytes(topic, utf8(key), utf8(value), headers);
    }

    /** Sends raw bytes: the way to write a record no serializer would produce. */
    public RecordMetadata sendBytes(String topic, byte[] key, byte[] value) {
        return sendBytes(topic, key, value, Map.of());
    }

    public RecordMetadata sendBytes(String topic, byte[] key, byte[] value, Map<String, String> headers) {
        List<org.apache.kafka.common.header.Header> recordHeaders = headers.entrySet().stream()
                .map(e -> (org.apache.kafka.common.header.Header) new RecordHeader(e.getKey(), utf8(e.getValue())))
                .toList();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, key, value, recordHeaders);
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
