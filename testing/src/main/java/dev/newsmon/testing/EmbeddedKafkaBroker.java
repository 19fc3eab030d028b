package dev.newsmon.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real, single-node Apache Kafka broker (KRaft, combined broker and controller) running inside
 * the current JVM. It is the same broker code as a production Kafka, so producer acks, consumer
 * groups, transactions (Kafka Streams exactly-once) and log compaction behave for real; only the
 * cluster size differs.
 *
 * <p>Plain Java on purpose: Quarkus tests use it through {@link KafkaBrokerResource}, end-to-end
 * tests and benchmarks can use it directly:
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker().start()) {
 *     kafka.createTopics("my.topic");
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> overrides = new HashMap<>();
    private Path logDir;
    private KafkaRaftServer server;
    private String bootstrapServers;
    private long startupMillis = -1;

    /**
     * Adds or overrides a broker property (for example {@code log.cleaner.backoff.ms}) before
     * {@link #start()}.
     */
    public EmbeddedKafkaBroker withBrokerProperty(String name, String value) {
        if (server != null) {
            throw new IllegalStateException("broker already started; set properties before start()");
        }
        overrides.put(name, value);
        return this;
    }

    /**
     * Formats a fresh log directory and starts the broker; returns once the broker accepts client
     * requests.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        long begin = System.nanoTime();
        quietenBrokerLogging();
        try {
            logDir = Files.createTempDirectory("newsmon-kafka-");
            int clientPort = freePort();
            int controllerPort = freePort();
            Properties props = brokerProperties(clientPort, controllerPort);
            KafkaConfig config = new KafkaConfig(props, false);
            format(config);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            bootstrapServers = "localhost:" + clientPort;
            awaitReady();
        } catch (IOException e) {
            deleteLogDir();
            throw new UncheckedIOException("could not start the embedded Kafka broker", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new IllegalStateException("could not start the embedded Kafka broker: " + e.getMessage(), e);
        }
        startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        return this;
    }

    /** {@code host:port} of the client listener; only valid after {@link #start()}. */
    public String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("broker not started");
        }
        return bootstrapServers;
    }

    /** Milliseconds {@link #start()} took, from formatting to the first answered request; -1 before. */
    public long startupMillis() {
        return startupMillis;
    }

    /** The broker's data directory (removed by {@link #close()}). */
    public Path logDir() {
        return logDir;
    }

    /** Creates topics with one partition each; existing topics are left as they are. */
    public void createTopics(String... names) {
        createTopics(Arrays.stream(names).map(name -> new NewTopic(name, 1, (short) 1)).toList());
    }

    /** Creates topics with {@code cleanup.policy=compact} and one partition each. */
    public void createCompactedTopics(String... names) {
        createTopics(Arrays.stream(names)
                .map(name -> new NewTopic(name, 1, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                .toList());
    }

    /** Creates one topic with the given partition count and topic configs. */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)));
    }

    /** Creates topics through the admin API; topics that already exist are not an error. */
    public void createTopics(Collection<NewTopic> topics) {
        createTopics(bootstrapServers(), topics);
    }

    static void createTopics(String bootstrapServers, Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "could not create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
            awaitVisible(admin, topics.stream().map(NewTopic::name).collect(Collectors.toSet()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out creating topics " + topics, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + topics + ": " + e.getMessage(), e);
        }
    }

    /**
     * The controller acknowledges a creation before the broker side has applied the metadata; a
     * test producing right away could still see "unknown topic". Wait until the broker lists them.
     */
    private static void awaitVisible(Admin admin, Set<String> names) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("created topics " + names + " did not appear within 30 s");
            }
            Thread.sleep(20);
        }
    }

    /** Stops the broker and deletes its data directory. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } finally {
                server = null;
            }
        }
        bootstrapServers = null;
        deleteLogDir();
    }

    private Properties brokerProperties(int clientPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", CLIENT_LISTENER + "://localhost:" + clientPort + ","
                + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + clientPort);
        props.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("log.dirs", logDir.toString());

        // One node: every internal topic must fit on it.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "true");

        // Tests join consumer groups constantly; the default 3 s wait per first join is pure delay.
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default cleaner buffer is 128 MB of heap per broker; tests compact a few records.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        // Compaction only cleans closed segments; smaller ones (default 1 GB) let a test that writes a lot see it.
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.putAll(overrides);
        return props;
    }

    private void format(KafkaConfig config) throws Exception {
        // The formatter reports what it did on a stream; nobody needs that in test output.
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        new Formatter()
                .setPrintStream(discard)
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(logDir.toString()))
                .setIgnoreFormatted(false)
                .setUnstableFeatureVersionsEnabled(false)
                .run();
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("embedded Kafka broker not ready after " + READY_TIMEOUT, last);
    }

    private static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * The broker logs hundreds of INFO lines per start; they bury the test's own output. The level
     * can be raised back with {@code -Dnewsmon.test.kafka.log-level=INFO}. Set through JBoss
     * LogManager because that is where both the log4j2 bridge and slf4j binding end up.
     */
    private static void quietenBrokerLogging() {
        String configured = System.getProperty("newsmon.test.kafka.log-level", "WARNING");
        Level level;
        try {
            level = Level.parse(configured.equals("WARN") ? "WARNING" : configured);
        } catch (IllegalArgumentException e) {
            level = Level.WARNING;
        }
        try {
            var context = org.jboss.logmanager.LogContext.getLogContext();
            for (String category : List.of("kafka", "org.apache.kafka.server", "org.apache.kafka.raft",
                    "org.apache.kafka.controller", "org.apache.kafka.metadata", "org.apache.kafka.image",
                    "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.queue",
                    "org.apache.kafka.snapshot", "state.change.logger")) {
                context.getLogger(category).setLevel(level);
            }
        } catch (LinkageError e) {
            // JBoss LogManager absent: whatever logging backend is present keeps its own levels.
        }
    }

    private void deleteLogDir() {
        if (logDir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(logDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp dir is harmless and the OS cleans /tmp.
        }
        logDir = null;
    }
}
