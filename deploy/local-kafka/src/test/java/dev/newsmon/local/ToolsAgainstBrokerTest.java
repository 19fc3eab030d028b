package dev.newsmon.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.Topics;
import dev.newsmon.testing.EmbeddedKafkaBroker;

/** The CLI's Kafka tools against a real broker: topic creation, tail and consumer-lag waits. */
class ToolsAgainstBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker().start();
        System.setProperty("newsmon.bootstrap", broker.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        System.clearProperty("newsmon.bootstrap");
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsEveryTopicOnceWithCompactionWhereTheContractSaysSo() throws Exception {
        assertThat(run("create-topics").exitCode()).isZero();
        Run again = run("create-topics");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 created");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .containsAll(TopicCreator.topicNames())
                    .contains(Topics.ARTICLES_RAW, Topics.ALERTS, Topics.SUBSCRIPTIONS, Topics.CLAIMS_DLQ);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SUBSCRIPTIONS);
            var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            var raw = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES_RAW);
            assertThat(admin.describeConfigs(List.of(raw)).all().get(10, TimeUnit.SECONDS).get(raw)
                    .get("cleanup.policy").value()).isEqualTo("delete");
        }
    }

    @Test
    void tailPrintsEveryValueAsOneJsonLineAndStopsAtTheEnd() throws Exception {
        String topic = "tail-test";
        broker.createTopic(topic, 2, Map.of());
        produce(topic, "a", "{\"n\": 1,\n \"text\": \"two\\nlines\"}");
        produce(topic, "b", "plain text");
        produce(topic, "a", null);

        Run tail = run("tail", topic);

        assertThat(tail.exitCode()).isZero();
        assertThat(tail.out().lines().toList())
                .containsExactlyInAnyOrder("{\"n\":1,\"text\":\"two\\nlines\"}", "\"plain text\"");
    }

    @Test
    void tailNamesAMissingTopicWithoutCreatingIt() throws Exception {
        Run tail = run("tail", "no-such-topic");

        assertThat(tail.exitCode()).isEqualTo(1);
        assertThat(tail.err()).contains("topic no-such-topic does not exist");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).doesNotContain("no-such-topic");
        }
    }

    @Test
    void waitGroupsReturnsOnceTheGroupHasCommittedToTheEndAndNamesTheLaggingGroupOtherwise() throws Exception {
        String topic = "lag-test";
        broker.createTopic(topic, 1, Map.of());
        for (int i = 0; i < 5; i++) {
            produce(topic, "k" + i, "{\"i\":" + i + "}");
        }

        Run lagging = run("wait-groups", "--timeout", "1", "lag-group:" + topic);
        assertThat(lagging.exitCode()).isEqualTo(1);
        assertThat(lagging.err()).contains("consumer group lag-group is behind on " + topic).contains("0/5 processed");

        consumeAndCommit("lag-group", topic, 5);

        Run caughtUp = run("wait-groups", "--timeout", "10", "lag-group:" + topic);
        assertThat(caughtUp.exitCode()).isZero();
        assertThat(caughtUp.out()).contains("all 5 records processed");
        assertThat(run("lag", "lag-group:" + topic).out()).contains("lag 0 (5 of 5 records)");
    }

    @Test
    void transactionMarkersBehindTheLastCommittedRecordDoNotCountAsLag() throws Exception {
        String topic = "marker-test";
        broker.createTopic(topic, 1, Map.of());
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "marker-test-tx");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "{\"n\":1}"));
            producer.send(new ProducerRecord<>(topic, "k", "{\"n\":2}"));
            producer.commitTransaction();
        }
        // As SmallRye's commit strategies do: the offset after the last record, before the commit marker.
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "marker-group");
        try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            consumer.commitSync(Map.of(new org.apache.kafka.common.TopicPartition(topic, 0),
                    new org.apache.kafka.clients.consumer.OffsetAndMetadata(2)));
        }

        // commitTransaction() returns before the broker has appended the commit marker; under load the
        // end offset can still be 2 for a moment, which is not what this test is about.
        try (var reader = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reader.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(partition).get().offset() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertThat(run("lag", "marker-group:" + topic).out()).contains("lag 0 (3 of 3 records)");
        assertThat(run("wait-groups", "--timeout", "10", "marker-group:" + topic).exitCode()).isZero();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Tools.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static void produce(String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        // As the services write: the tools must read lz4 batches.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        }
    }

    private static void consumeAndCommit(String group, String topic, int count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int seen = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (seen < count && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
            assertThat(seen).isEqualTo(count);
        }
    }
}
