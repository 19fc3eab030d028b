package dev.newsmon.ingest.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.ingest.config.IngestConfig;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedListReader;
import dev.newsmon.ingest.feed.FeedSpec;
import dev.newsmon.ingest.kafka.CompactedStateReader;
import dev.newsmon.ingest.kafka.FeedOwnership;
import dev.newsmon.ingest.kafka.KafkaClients;
import dev.newsmon.ingest.kafka.TopicSetup;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Startup order matters for "never publish twice": create missing topics, read the compacted
 * registry, feed state and seen topics to their end, and only then serve, join the ownership group,
 * register the feeds file and start polling.
 */
@ApplicationScoped
public class IngestLifecycle {

    private static final Logger LOG = Logger.getLogger(IngestLifecycle.class);

    @Inject
    IngestConfig config;

    @Inject
    KafkaClients clients;

    @Inject
    TopicSetup topics;

    @Inject
    FeedRegistry registry;

    @Inject
    SeenStore seen;

    @Inject
    PollScheduler scheduler;

    @Inject
    FeedService feedService;

    private volatile CompactedStateReader stateReader;
    private volatile FeedOwnership ownership;
    private volatile boolean ready;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsmon.api.token")
    java.util.Optional<String> apiToken;

    void onStart(@Observes StartupEvent event) throws Exception {
        if (apiToken.isEmpty() || apiToken.get().isBlank()) {
            LOG.warn("newsmon.api.token (env NEWSMON_API_TOKEN) is not set: every /api call will be refused with 401");
        }
        long timeout = config.startupTimeout().toMillis();
        int partitions = topics.ensureTopics(timeout);
        loadState(timeout);
        ownership = new FeedOwnership(clients.ownership(), partitions);
        registry.authoritativeFor(ownership::owns);
        ownership.start();
        ready = true;
        bootstrapFeedsFile();
        scheduler.start(ownership::owns);
        LOG.infof("ingest ready: %d feeds registered, %d articles known", registry.size(), seen.size());
    }

    private void loadState(long timeoutMillis) throws Exception {
        CompactedStateReader reader = new CompactedStateReader(clients.stateReader(),
                List.of(Topics.FEEDS, Topics.FEED_STATE, Topics.INGEST_SEEN), this::apply);
        reader.start();
        try {
            reader.loaded().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            reader.close();
            throw new IllegalStateException("could not load ingest state from Kafka within "
                    + config.startupTimeout() + ": " + e.getMessage(), e);
        }
        stateReader = reader;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        switch (record.topic()) {
            case Topics.FEEDS -> registry.applyFeedRecord(record.key(), record.value());
            case Topics.FEED_STATE -> registry.applyStateRecord(record.key(), record.value());
            case Topics.INGEST_SEEN -> seen.apply(record.key(), record.value() == null ? null
                    : Json.read(new String(record.value(), StandardCharsets.UTF_8), SeenArticle.class));
            default -> {
            }
        }
    }

    private void bootstrapFeedsFile() {
        if (config.feedsFile().isEmpty() || config.feedsFile().get().isBlank()) {
            return;
        }
        Path file = Path.of(config.feedsFile().get().strip());
        try {
            FeedListReader.FeedList list = FeedListReader.read(file.getFileName().toString(), Files.readAllBytes(file));
            list.errors().forEach(error -> LOG.warnf("feeds file %s: %s", file, error));
            int registered = 0;
            // Registrations are sent together and awaited together: a file of thousands of feeds
            // would otherwise take one broker round trip each.
            List<java.util.concurrent.CompletableFuture<FeedRegistry.Registration>> writes = new java.util.ArrayList<>();
            for (FeedSpec spec : list.feeds()) {
                try {
                    FeedDefinition def = feedService.validate(spec, "file");
                    writes.add(registry.register(def).toCompletableFuture());
                } catch (InvalidFeedException e) {
                    LOG.warnf("feeds file %s: feed %s refused: %s", file, spec.url(), e.getMessage());
                }
            }
            for (java.util.concurrent.CompletableFuture<FeedRegistry.Registration> write : writes) {
                write.get(config.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
                registered++;
            }
            LOG.infof("feeds file %s: %d feeds registered, %d entries refused", file, registered,
                    list.feeds().size() - registered + list.errors().size());
        } catch (Exception e) {
            LOG.errorf("cannot read feeds file %s: %s", file, e.getMessage());
        }
    }

    /**
     * Drops all in-memory state and rebuilds it from the compacted topics, exactly as a restarted
     * process does. Used by the restart test; harmless in production.
     */
    public void reloadFromTopics() throws Exception {
        ready = false;
        try {
            if (stateReader != null) {
                stateReader.close();
            }
            scheduler.reset();
            registry.authoritativeFor(id -> false);
            registry.clear();
            seen.clear();
            loadState(config.startupTimeout().toMillis());
            registry.authoritativeFor(ownership::owns);
        } finally {
            ready = true;
        }
    }

    public boolean isReady() {
        return ready && stateReader != null && stateReader.isLoaded();
    }

    public FeedOwnership ownership() {
        return ownership;
    }

    void onStop(@Observes ShutdownEvent event) {
        ready = false;
        if (ownership != null) {
            ownership.close();
        }
        if (stateReader != null) {
            stateReader.close();
        }
    }
}
