package dev.newsmon.alert.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;

/**
 * The plain Kafka clients of the service outside Kafka Streams and the messaging channels: one idempotent
 * producer (acks=all) for subscriptions, delivery records, retries and dead letters, consumers for the
 * topics rebuilt into memory, and topic creation at startup.
 */
@ApplicationScoped
public class KafkaClients {

    private static final Logger LOG = Logger.getLogger(KafkaClients.class);
    static final int LINGER_MS = 20;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "kafka-streams.state.dir")
    java.util.Optional<String> stateDir;

    @ConfigProperty(name = "quarkus.kafka-streams.application-id", defaultValue = "newsmon-alert")
    String applicationId;

    private final AlertConfig config;
    private KafkaProducer<String, byte[]> producer;
    /**
     * Completes the futures of {@link #send} off the producer's I/O thread. Callers chain further sends on them
     * (a retry scheduled, then the attempt recorded); a send to a topic whose metadata the producer does not
     * hold yet blocks until the I/O thread fetches it, so run on the I/O thread it would wait for itself until
     * {@code max.block.ms} and fail.
     */
    private final ExecutorService completions = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "newsmon-alert-writer-completion");
        thread.setDaemon(true);
        return thread;
    });

    public KafkaClients(AlertConfig config) {
        this.config = config;
    }

    @PostConstruct
    void start() {
        if (config.createTopics()) {
            createTopics();
        }
        stateDir.ifPresent(dir -> forgetStateOfAnotherCluster(java.nio.file.Path.of(dir)));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Nearly every write is a delivery record, one per delivery, and only the alert's acknowledgement waits for it
        // (and the rare subscription write, which 20 ms do not hurt): batching them for 20 ms makes a few produce
        // requests a second instead of one per delivery.
        props.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsmon-alert-writer");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @PreDestroy
    void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        completions.shutdown();
    }

    /** Forces initialisation (topics created, state directory checked) for callers that need it done first. */
    public void ready() {
        // the call itself makes the CDI proxy initialise the bean
    }

    /**
     * Writes one record (null value = tombstone) and completes when the broker has it (acks=all), on a thread of
     * this class's own, so that what the caller chains on the future may send again.
     */
    public CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        producer.send(record, (metadata, error) -> completions.execute(() -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(metadata);
            }
        }));
        return done;
    }

    public CompletableFuture<RecordMetadata> send(String topic, String key, byte[] value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** A consumer without a group: it reads whole topics into memory, each instance on its own. */
    public KafkaConsumer<String, byte[]> groupLessConsumer(String clientId) {
        return new KafkaConsumer<>(groupLessProps(clientId), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * The same, for a busy topic whose records may arrive a little late: the broker answers a fetch once
     * {@code minBytes} are there or after {@code maxWait}, rather than for every record.
     */
    public KafkaConsumer<String, byte[]> groupLessConsumer(String clientId, int minBytes, Duration maxWait) {
        Map<String, Object> props = groupLessProps(clientId);
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, minBytes);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) maxWait.toMillis());
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private Map<String, Object> groupLessProps(String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /**
     * Local Kafka Streams state belongs to one cluster: after the broker's data is reset (./newsmon reset, a new
     * cluster) the old RocksDB stores would hold history the new changelogs do not know. A marker with the
     * cluster id tells; on a mismatch the application's state directory is deleted and rebuilt from the cluster.
     */
    private void forgetStateOfAnotherCluster(java.nio.file.Path dir) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            String clusterId = admin.describeCluster().clusterId().get(30, java.util.concurrent.TimeUnit.SECONDS);
            java.nio.file.Path appDir = dir.resolve(applicationId);
            java.nio.file.Path marker = dir.resolve("newsmon-cluster-id-" + applicationId);
            if (java.nio.file.Files.exists(appDir) && (!java.nio.file.Files.exists(marker)
                    || !java.nio.file.Files.readString(marker).strip().equals(clusterId))) {
                LOG.warnf("state in %s belongs to another Kafka cluster; deleting it to rebuild from this one", appDir);
                try (var paths = java.nio.file.Files.walk(appDir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(marker, clusterId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("could not check the Kafka Streams state directory %s: %s", dir, e.getMessage());
        }
    }

    private void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(Topics.CLAIMS, Topics.ALERTS, Topics.CLAIMS_DLQ, Topics.SUBSCRIPTIONS,
                    Topics.DELIVERIES, Topics.DELIVERIES_DLQ, Topics.DELIVERIES_RETRY)) {
                if (!existing.contains(topic)) {
                    NewTopic newTopic = new NewTopic(topic, java.util.Optional.of(config.topicPartitions()), java.util.Optional.empty());
                    if (Topics.COMPACTED.contains(topic)) {
                        newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(newTopic);
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
        }
    }
}
