package dev.newsmon.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers alternative to the embedded broker, for machines with a Docker engine. Kept in
 * its own class so the Testcontainers classes are only touched when that path is chosen.
 */
final class ContainerKafka {

    /** Same Kafka version as the client libraries the Quarkus BOM manages. */
    static final String IMAGE = "apache/kafka:4.1.1";

    private ContainerKafka() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook (and Ryuk, when it runs)
    static String start() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(IMAGE))
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "newsmon-kafka-container-stop"));
        return container.getBootstrapServers();
    }
}
