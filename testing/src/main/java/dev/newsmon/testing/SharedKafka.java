package dev.newsmon.testing;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one broker of a test JVM, started on first use and stopped by a shutdown hook.
 *
 * <p>Quarkus may load test resources through a fresh class loader whenever it restarts the
 * application (another test profile, other test resources), which would give each loader its own
 * static field and its own broker. The address is therefore also kept in a system property, which
 * every class loader sees, and reused while set.
 */
final class SharedKafka {

    static final String MODE_ENV = "NEWSMON_TEST_KAFKA";
    static final String BOOTSTRAP_PROPERTY = "newsmon.test.kafka.bootstrap-servers";

    private static final Logger LOG = Logger.getLogger(SharedKafka.class.getName());

    private static String bootstrapServers;

    private SharedKafka() {
    }

    static synchronized String bootstrapServers() {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        synchronized (System.getProperties()) {
            String shared = System.getProperty(BOOTSTRAP_PROPERTY);
            if (shared == null) {
                shared = startBroker();
                System.setProperty(BOOTSTRAP_PROPERTY, shared);
            }
            bootstrapServers = shared;
        }
        return bootstrapServers;
    }

    private static String startBroker() {
        String bootstrap;
        if (testcontainersRequested()) {
            if (ContainerKafka.dockerAvailable()) {
                bootstrap = ContainerKafka.start();
                LOG.info("Testcontainers Kafka at " + bootstrap);
            } else {
                LOG.warning(MODE_ENV + "=testcontainers but no Docker engine is reachable;"
                        + " using the embedded Kafka broker instead");
                bootstrap = startEmbedded();
            }
        } else {
            bootstrap = startEmbedded();
        }
        EmbeddedKafkaBroker.createTopics(bootstrap, KafkaBrokerResource.newsmonTopics());
        return bootstrap;
    }

    static boolean testcontainersRequested() {
        String mode = System.getenv(MODE_ENV);
        return mode != null && mode.trim().toLowerCase(Locale.ROOT).equals("testcontainers");
    }

    private static String startEmbedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "newsmon-embedded-kafka-stop"));
        LOG.info("Embedded Kafka broker at " + broker.bootstrapServers() + " started in "
                + broker.startupMillis() + " ms");
        return broker.bootstrapServers();
    }
}
