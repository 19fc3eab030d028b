package dev.newsmon.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.Topics;

class EmbeddedKafkaBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker().start();
        System.out.println("embedded Kafka broker started in " + broker.startupMillis() + " ms");
    }

    @AfterAll
    static void stopBroker() {
        var dir = broker.logDir();
        broker.close();
        assertThat(dir).doesNotExist();
    }

    @Test
    void producesAndConsumesThroughARealBroker() {
        broker.createTopics("test.roundtrip");
        try (TopicWriter writer = new TopicWriter(broker.bootstrapServers())) {
            writer.send("test.roundtrip", "k1", "{\"hello\":\"world\"}", Map.of("source", "unit-test"));
            writer.sendBytes("test.roundtrip", "k2".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, 0x00});
        }

        List<TopicReader.TopicRecord> records = new TopicReader(broker.bootstrapServers())
                .waitForRecords("test.roundtrip", 2, Duration.ofSeconds(20));

        assertThat(records).extracting(TopicReader.TopicRecord::key).containsExactly("k1", "k2");
        assertThat(records.get(0).value()).isEqualTo("{\"hello\":\"world\"}");
        assertThat(records.get(0).header("source")).isEqualTo("unit-test");
        assertThat(records.get(1).rawValue()).containsExactly((byte) 0xff, 0x00);
    }

    @Test
    void readAllStopsAtTheCurrentEndAndSeesTombstones() {
        broker.createTopics("test.readall");
        TopicReader reader = new TopicReader(broker.bootstrapServers());
        assertThat(reader.readAll("test.readall")).isEmpty();
        try (TopicWriter writer = new TopicWriter(broker.bootstrapServers())) {
            writer.send("test.readall", "a", "1");
            writer.send("test.readall", "a", null);
        }
        List<TopicReader.TopicRecord> records = reader.readAll("test.readall");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).isTombstone()).isTrue();
        assertThat(reader.endOffsetTotal("test.readall")).isEqualTo(2);
    }

    @Test
    void waitForRecordsNamesTheTopicWhenTooFewArrive() {
        broker.createTopics("test.empty");
        assertThatThrownBy(() -> new TopicReader(broker.bootstrapServers())
                .waitForRecords("test.empty", 1, Duration.ofMillis(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("test.empty")
                .hasMessageContaining("found 0");
    }

    @Test
    void compactedTopicsGetCleanupPolicyCompact() throws Exception {
        broker.createCompactedTopics("test.compacted");
        broker.createCompactedTopics("test.compacted"); // existing topic: not an error
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, "test.compacted");
            var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }

    @Test
    void autoCreatesTopicsOnFirstWrite() {
        try (TopicWriter writer = new TopicWriter(broker.bootstrapServers())) {
            writer.send("test.autocreated", "k", "v");
        }
        assertThat(new TopicReader(broker.bootstrapServers()).readAll("test.autocreated")).hasSize(1);
    }

    @Test
    void sharedResourceCreatesEveryNewsmonTopic() throws Exception {
        var resource = new KafkaBrokerResource();
        resource.init(Map.of("topics", "test.extra", "compacted-topics", "test.extra.compacted"));
        Map<String, String> config = resource.start();
        String bootstrap = config.get("kafka.bootstrap.servers");
        // kafka-streams is not on this module's classpath, so the streams key is left out.
        assertThat(config).doesNotContainKey("quarkus.kafka-streams.bootstrap-servers");
        // A second resource instance (another test class) reuses the same broker.
        assertThat(new KafkaBrokerResource().start()).containsEntry("kafka.bootstrap.servers", bootstrap);
        assertThat(KafkaBrokerResource.bootstrapServers()).isEqualTo(bootstrap);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(names).containsAll(Topics.PUBLIC).containsAll(Topics.COMPACTED)
                    .contains(Topics.ARTICLES_RAW_DLQ, Topics.CLAIMS_DLQ, Topics.DELIVERIES, Topics.DELIVERIES_DLQ,
                            "test.extra", "test.extra.compacted");
            var subscriptions = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SUBSCRIPTIONS);
            var topicConfig = admin.describeConfigs(List.of(subscriptions)).all().get(10, TimeUnit.SECONDS)
                    .get(subscriptions);
            assertThat(topicConfig.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }

    @Test
    void testcontainersPathIsSkippedWithoutDocker() {
        assumeFalse(ContainerKafka.dockerAvailable(), "Docker present: the Testcontainers path could run");
        // NEWSMON_TEST_KAFKA=testcontainers on a machine without Docker: embedded broker, not a failure.
        assertThat(SharedKafka.mode("testcontainers", ContainerKafka::dockerAvailable))
                .isEqualTo(SharedKafka.Mode.EMBEDDED_NO_DOCKER);
        assertThat(KafkaBrokerResource.bootstrapServers()).startsWith("localhost:");
    }

    @Test
    void modeFollowsTheEnvironmentAndProbesDockerOnlyWhenAsked() {
        BooleanSupplier mustNotProbe = () -> {
            throw new AssertionError("Docker probed although Testcontainers was not requested");
        };
        assertThat(SharedKafka.mode(null, mustNotProbe)).isEqualTo(SharedKafka.Mode.EMBEDDED);
        assertThat(SharedKafka.mode("embedded", mustNotProbe)).isEqualTo(SharedKafka.Mode.EMBEDDED);
        assertThat(SharedKafka.mode(" TestContainers ", () -> true)).isEqualTo(SharedKafka.Mode.TESTCONTAINERS);
        assertThat(SharedKafka.mode("testcontainers", () -> false)).isEqualTo(SharedKafka.Mode.EMBEDDED_NO_DOCKER);
    }
}
