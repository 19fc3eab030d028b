package dev.newsmon.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** The thread handling both background consumers share: stopped by close, failures reported once. */
class BackgroundConsumerTest {

    /** Polls a partition of a broker that is not there (so every poll waits), recording how its loop ended. */
    static final class Recording extends BackgroundConsumer {
        final CountDownLatch polling = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        Recording(Map<String, Object> config) {
            super(config, "background-consumer-test");
        }

        @Override
        protected void consume(KafkaConsumer<String, byte[]> consumer) {
            try {
                consumer.assign(List.of(new TopicPartition("nowhere", 0)));
                while (running()) {
                    polling.countDown();
                    consumer.poll(Duration.ofSeconds(30));
                }
            } finally {
                ended.countDown();
            }
        }

        @Override
        protected void failed(RuntimeException error) {
            failure.set(error);
            ended.countDown();
        }
    }

    private static Map<String, Object> config() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    @Test
    void closeWakesABlockedPollAndIsNotAFailure() throws Exception {
        Recording consumer = new Recording(config());
        consumer.start();
        assertThat(consumer.polling.await(10, TimeUnit.SECONDS)).isTrue();

        consumer.close();

        assertThat(consumer.ended.await(1, TimeUnit.SECONDS)).as("loop ended within close()").isTrue();
        assertThat(consumer.failure.get()).isNull();
    }

    @Test
    void aConsumerThatCannotStartIsReportedAsFailed() throws Exception {
        Recording consumer = new Recording(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"));
        consumer.start();

        assertThat(consumer.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(consumer.failure.get()).isInstanceOf(ConfigException.class);
        assertThat(consumer.polling.getCount()).as("never polled").isEqualTo(1);
        consumer.close();
    }

    @Test
    void closeBeforeStartDoesNothing() {
        new Recording(config()).close();
    }
}
