package dev.newsmon.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;
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

    /** Which broker a test JVM gets. */
    enum Mode {
        EMBEDDED,
        TESTCONTAINERS,
        /** Testcontainers asked for, but no Docker engine: embedded, with a warning. */
        EMBEDDED_NO_DOCKER
    }

    /**
     * Docker is only probed when Testcontainers is asked for: the probe is slow and logs errors
     * when there is no engine, which the default path should never pay for.
     */
    static Mode mode(String envValue, BooleanSupplier dockerAvailable) {
        boolean requested = envValue != null && envValue.trim().toLowerCase(Locale.ROOT).equals("testcontainers");
        if (!requested) {
            return Mode.EMBEDDED;
        }
        return dockerAvailable.getAsBoolean() ? Mode.TESTCONTAINERS : Mode.EMBEDDED_NO_DOCKER;
    }

    private static String startBroker() {
        String bootstrap = switch (mode(System.getenv(MODE_ENV), ContainerKafka::dockerAvailable)) {
            case TESTCONTAINERS -> {
                String address = ContainerKafka.start();
                LOG.info("Testcontainers Kafka at " + address);
                yield address;
            }
            case EMBEDDED_NO_DOCKER -> {
                LOG.warning(MODE_ENV + "=testcontainers but no Docker engine is reachable;"
                        + " using the embedded Kafka broker instead");
                yield startEmbedded();
            }
            case EMBEDDED -> startEmbedded();
        };
        EmbeddedKafkaBroker.createTopics(bootstrap, KafkaBrokerResource.newsmonTopics());
        return bootstrap;
    }

    private static String startEmbedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "newsmon-embedded-kafka-stop"));
        LOG.info("Embedded Kafka broker at " + broker.bootstrapServers() + " started in "
                + broker.startupMillis() + " ms");
        return broker.bootstrapServers();
    }
}
