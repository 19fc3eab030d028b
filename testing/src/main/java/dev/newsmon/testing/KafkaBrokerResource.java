package dev.newsmon.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import dev.newsmon.events.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives {@code @QuarkusTest}s a real Kafka broker:
 * {@code @QuarkusTestResource(KafkaBrokerResource.class)} (or {@code @WithTestResource}).
 *
 * <p>One broker serves the whole test JVM: it starts with the first test class that needs it and
 * stops in a shutdown hook, so a module's test classes pay the start-up once. Because the broker
 * is shared, tests must not assume empty topics: use unique keys/ids, or read from end offsets
 * taken before the action under test.
 *
 * <p>All newsmon topics ({@link Topics}) are created up front, compacted ones with
 * {@code cleanup.policy=compact}, so services see the same topic shapes as in a deployment.
 * Extra topics: init arg {@code topics} (comma list) and {@code compacted-topics}.
 *
 * <p>With env {@code NEWSMON_TEST_KAFKA=testcontainers} and a reachable Docker engine, a
 * Testcontainers {@code apache/kafka} container replaces the embedded broker; without Docker the
 * embedded broker is used and a warning says so.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Every non-compacted newsmon topic: the public ones, the dead-letter and delivery topics. */
    public static final List<String> EVENT_TOPICS = List.of(
            Topics.ARTICLES_RAW, Topics.ARTICLES_ANALYZED, Topics.CLAIMS, Topics.ALERTS,
            Topics.ARTICLES_RAW_DLQ, Topics.CLAIMS_DLQ, Topics.DELIVERIES, Topics.DELIVERIES_DLQ);

    private List<String> extraTopics = List.of();
    private List<String> extraCompactedTopics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        extraTopics = splitList(initArgs.get("topics"));
        extraCompactedTopics = splitList(initArgs.get("compacted-topics"));
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = SharedKafka.bootstrapServers();
        List<NewTopic> topics = new ArrayList<>();
        extraTopics.forEach(name -> topics.add(new NewTopic(name, 1, (short) 1)));
        extraCompactedTopics.forEach(name -> topics.add(compacted(name)));
        EmbeddedKafkaBroker.createTopics(bootstrap, topics);
        if (!kafkaStreamsPresent()) {
            // Setting it anyway would make Quarkus warn about an unknown key in every messaging-only service.
            return Map.of("kafka.bootstrap.servers", bootstrap);
        }
        return Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.bootstrap-servers", bootstrap);
    }

    private static boolean kafkaStreamsPresent() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = KafkaBrokerResource.class.getClassLoader();
        }
        return loader.getResource("org/apache/kafka/streams/KafkaStreams.class") != null;
    }

    @Override
    public void stop() {
        // Shared across test classes: the shutdown hook stops it when the JVM exits.
    }

    /**
     * The shared broker's address, starting it if no test class has yet. For tests that need the
     * address outside Quarkus config injection (e.g. to build a {@link TopicReader}).
     */
    public static String bootstrapServers() {
        return SharedKafka.bootstrapServers();
    }

    static NewTopic compacted(String name) {
        return new NewTopic(name, 1, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    static List<NewTopic> newsmonTopics() {
        List<NewTopic> topics = new ArrayList<>();
        EVENT_TOPICS.forEach(name -> topics.add(new NewTopic(name, 1, (short) 1)));
        Topics.COMPACTED.forEach(name -> topics.add(compacted(name)));
        return topics;
    }

    private static List<String> splitList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
