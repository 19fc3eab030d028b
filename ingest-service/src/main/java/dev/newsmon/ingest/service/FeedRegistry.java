package dev.newsmon.ingest.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedHealth;
import dev.newsmon.ingest.feed.FeedState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * The feed registry and per-feed state, in memory, backed by the compacted topics
 * {@code newsmon.feeds} and {@code newsmon.feeds.state}: every change is written there first, and
 * the topics are read back at startup (and tailed) so the registry survives restarts and every
 * replica sees every feed.
 */
@ApplicationScoped
public class FeedRegistry {

    private static final Logger LOG = Logger.getLogger(FeedRegistry.class);

    /** Result of a registration: the feed and whether it was new. */
    public record Registration(FeedDefinition feed, boolean created) {
    }

    @Inject
    @Channel(Topics.FEEDS)
    @OnOverflow(value = OnOverflow.Strategy.UNBOUNDED_BUFFER)
    MutinyEmitter<Record<String, FeedDefinition>> feedRecords;

    @Inject
    @Channel(Topics.FEED_STATE)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20000)
    MutinyEmitter<Record<String, FeedState>> stateRecords;

    @Inject
    MeterRegistry meters;

    private final Map<String, FeedDefinition> feeds = new ConcurrentHashMap<>();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastPersisted = new ConcurrentHashMap<>();
    private static final java.time.Duration STATE_REFRESH = java.time.Duration.ofMinutes(10);
    /** Set once loading is over: from then on, the state of feeds we poll is ours, not the topic's. */
    private volatile Predicate<String> authoritativeForState = id -> false;

    @PostConstruct
    void registerGauges() {
        for (FeedHealth health : FeedHealth.values()) {
            Gauge.builder("newsmon.ingest.feeds", this, r -> r.countByHealth(health))
                    .description("Registered feeds by health state")
                    .tag("health", health.name().toLowerCase(java.util.Locale.ROOT))
                    .register(meters);
        }
    }

    public void authoritativeFor(Predicate<String> ownsFeed) {
        this.authoritativeForState = ownsFeed;
    }

    /** A record of {@code newsmon.feeds}; null value = deleted. */
    public void applyFeedRecord(String feedId, byte[] value) {
        if (value == null) {
            feeds.remove(feedId);
            return;
        }
        FeedDefinition def = Json.read(new String(value, java.nio.charset.StandardCharsets.UTF_8), FeedDefinition.class);
        feeds.put(feedId, def);
    }

    /** A record of {@code newsmon.feeds.state}; ignored for feeds this replica polls (it holds newer state). */
    public void applyStateRecord(String feedId, byte[] value) {
        if (authoritativeForState.test(feedId)) {
            return;
        }
        if (value == null) {
            states.remove(feedId);
            return;
        }
        states.put(feedId, Json.read(new String(value, java.nio.charset.StandardCharsets.UTF_8), FeedState.class));
    }

    /**
     * Registers or updates a feed; registering a disabled feed again re-enables it. Completes once the
     * registration is on the topic.
     */
    public CompletionStage<Registration> register(FeedDefinition requested) {
        FeedDefinition existing = feeds.get(requested.id());
        FeedState state = states.get(requested.id());
        boolean disabled = state != null && state.health() == FeedHealth.DISABLED;
        if (existing != null && existing.sameSettings(requested) && !disabled) {
            return CompletableFuture.completedFuture(new Registration(existing, false));
        }
        FeedDefinition stored = existing == null ? requested
                : new FeedDefinition(requested.id(), requested.url(), requested.name(), requested.publisher(),
                        requested.pollIntervalSeconds(), requested.fullText(), existing.createdAt(), existing.origin());
        return feedRecords.send(Record.of(stored.id(), stored)).subscribeAsCompletionStage().thenApply(ignored -> {
            feeds.put(stored.id(), stored);
            Instant now = Instant.now();
            FeedState current = states.get(stored.id());
            if (current == null || current.health() == FeedHealth.DISABLED || existing == null) {
                updateState(current == null ? FeedState.initial(stored.id(), now) : current.reenabled(now));
            }
            return new Registration(stored, existing == null);
        });
    }

    /** @return false when there was no such feed */
    public CompletionStage<Boolean> delete(String feedId) {
        if (!feeds.containsKey(feedId)) {
            return CompletableFuture.completedFuture(false);
        }
        return feedRecords.send(Record.of(feedId, null)).subscribeAsCompletionStage()
                .thenCompose(ignored -> stateRecords.send(Record.of(feedId, (FeedState) null)).subscribeAsCompletionStage())
                .thenApply(ignored -> {
                    feeds.remove(feedId);
                    states.remove(feedId);
                    lastPersisted.remove(feedId);
                    return true;
                });
    }

    /** Records a new state locally and on the topic; a failed write is logged, the next poll writes again. */
    public void updateState(FeedState state) {
        if (!feeds.containsKey(state.feedId())) {
            // deleted while a poll was in flight: do not resurrect its state
            return;
        }
        states.put(state.feedId(), state);
        persist(state);
    }

    /**
     * Records a state that differs from the stored one only in timestamps (a 304 on a healthy feed):
     * kept in memory at once but written to the topic at most once per {@code STATE_REFRESH}, so
     * thousands of unchanged feeds do not turn into thousands of state records a second. After a
     * restart such a feed is polled a little early, conditionally, which costs one 304.
     */
    public void updateRoutineState(FeedState state) {
        if (!feeds.containsKey(state.feedId())) {
            return;
        }
        states.put(state.feedId(), state);
        Instant last = lastPersisted.get(state.feedId());
        if (last == null || last.plus(STATE_REFRESH).isBefore(Instant.now())) {
            persist(state);
        }
    }

    private void persist(FeedState state) {
        lastPersisted.put(state.feedId(), Instant.now());
        try {
            stateRecords.send(Record.of(state.feedId(), state)).subscribe().with(ignored -> {
            }, failure -> LOG.warnf("could not store state of feed %s: %s", state.feedId(), failure.getMessage()));
        } catch (RuntimeException e) {
            LOG.warnf("could not store state of feed %s: %s", state.feedId(), e.getMessage());
        }
    }

    public Optional<FeedDefinition> feed(String feedId) {
        return Optional.ofNullable(feeds.get(feedId));
    }

    public FeedState state(String feedId) {
        return states.get(feedId);
    }

    public List<FeedDefinition> feeds() {
        return feeds.values().stream().sorted(Comparator.comparing(FeedDefinition::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FeedDefinition::id)).toList();
    }

    public Iterable<FeedDefinition> feedsUnordered() {
        return feeds.values();
    }

    public int size() {
        return feeds.size();
    }

    long countByHealth(FeedHealth health) {
        long count = 0;
        for (String id : feeds.keySet()) {
            FeedState s = states.get(id);
            FeedHealth h = s == null ? FeedHealth.NEW : s.health();
            if (h == health) {
                count++;
            }
        }
        return count;
    }

    /** Forgets everything, as a fresh process would, before re-reading the topics. */
    public void clear() {
        feeds.clear();
        states.clear();
    }
}
