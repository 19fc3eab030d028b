package dev.newsmon.ingest.service;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsmon.ingest.config.IngestConfig;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedHealth;
import dev.newsmon.ingest.feed.FeedState;

/**
 * Decides when each feed this replica owns is polled. A single scheduler thread finds due feeds,
 * queues them per host and starts polls while the host has fewer than the per-host limit in flight
 * and the replica fewer than its global limit; each finished poll immediately starts the next queued
 * one of its host. All bookkeeping happens on that one thread, so it needs no locks.
 */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);

    @Inject
    IngestConfig config;

    @Inject
    FeedRegistry registry;

    @Inject
    FeedPoller poller;

    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsmon-poll-scheduler");
        t.setDaemon(true);
        return t;
    });

    /** Per-host queue of due feeds and count in flight. */
    private static final class Lane {
        final ArrayDeque<String> queue = new ArrayDeque<>();
        int active;
    }

    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, String> hostOfFeed = new HashMap<>();
    private final Set<String> queued = new HashSet<>();
    private final Map<String, CompletableFuture<PollOutcome>> running = new HashMap<>();
    private int active;
    private volatile Predicate<String> owns = id -> false;
    private volatile boolean started;

    /** Starts periodic polling of the feeds {@code owns} accepts. */
    public void start(Predicate<String> owns) {
        this.owns = owns;
        if (config.poll().enabled()) {
            long tick = config.poll().tick().toMillis();
            loop.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
            started = true;
            LOG.infof("polling feeds every %d ms tick, %d per host, %d in total", tick,
                    config.poll().perHostConcurrency(), config.poll().maxConcurrency());
        }
    }

    public boolean owns(String feedId) {
        return owns.test(feedId);
    }

    public boolean isStarted() {
        return started;
    }

    /** Polls a feed now, outside its schedule; waits for a poll already running to finish first. */
    public CompletableFuture<PollOutcome> pollNow(String feedId) {
        CompletableFuture<PollOutcome> result = new CompletableFuture<>();
        loop.execute(() -> {
            CompletableFuture<PollOutcome> current = running.get(feedId);
            if (current != null) {
                current.handle((o, e) -> null).thenCompose(ignored -> pollNow(feedId)).whenComplete((o, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(o);
                    }
                });
                return;
            }
            FeedDefinition feed = registry.feed(feedId).orElse(null);
            if (feed == null) {
                result.completeExceptionally(new IllegalArgumentException("no feed " + feedId));
                return;
            }
            if (queued.remove(feedId)) {
                lanes.get(hostOf(feed)).queue.remove(feedId);
            }
            start(feed, null).whenComplete((o, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(o);
                }
            });
        });
        return result;
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            for (FeedDefinition feed : registry.feedsUnordered()) {
                String id = feed.id();
                if (queued.contains(id) || running.containsKey(id) || !owns.test(id)) {
                    continue;
                }
                FeedState state = registry.state(id);
                if (state == null) {
                    // registered by another replica or before a crash: its first poll is due now
                    state = FeedState.initial(id, now);
                    registry.updateState(state);
                }
                if (state.health() == FeedHealth.DISABLED || (state.nextPollAt() != null && state.nextPollAt().isAfter(now))) {
                    continue;
                }
                queued.add(id);
                lanes.computeIfAbsent(hostOf(feed), h -> new Lane()).queue.add(id);
            }
            drain();
        } catch (RuntimeException e) {
            LOG.error("poll scheduler tick failed", e);
        }
    }

    private void drain() {
        int perHost = config.poll().perHostConcurrency();
        int max = config.poll().maxConcurrency();
        for (Lane lane : lanes.values()) {
            while (lane.active < perHost && active < max && !lane.queue.isEmpty()) {
                String id = lane.queue.poll();
                queued.remove(id);
                FeedDefinition feed = registry.feed(id).orElse(null);
                if (feed == null || !owns.test(id)) {
                    continue;
                }
                start(feed, lane);
            }
            if (active >= max) {
                return;
            }
        }
    }

    /** Runs on the scheduler thread. */
    private CompletableFuture<PollOutcome> start(FeedDefinition feed, Lane lane) {
        Lane accounted = lane != null ? lane : lanes.computeIfAbsent(hostOf(feed), h -> new Lane());
        accounted.active++;
        active++;
        CompletableFuture<PollOutcome> poll;
        try {
            poll = poller.poll(feed);
        } catch (RuntimeException e) {
            poll = CompletableFuture.failedFuture(e);
        }
        running.put(feed.id(), poll);
        CompletableFuture<PollOutcome> finished = poll;
        poll.whenComplete((o, e) -> loop.execute(() -> {
            accounted.active--;
            active--;
            running.remove(feed.id(), finished);
            if (e != null) {
                LOG.warnf(e, "poll of %s failed unexpectedly", feed.url());
            }
            drain();
        }));
        return poll;
    }

    private String hostOf(FeedDefinition feed) {
        return hostOfFeed.computeIfAbsent(feed.id(), id -> {
            try {
                String host = URI.create(feed.url()).getHost();
                return host == null ? "" : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
    }

    /** Forgets what it knows about feeds, as after a restart (used when state is reloaded). */
    public void reset() {
        CompletableFuture.runAsync(() -> {
            lanes.values().forEach(l -> l.queue.clear());
            queued.clear();
        }, loop).join();
    }

    @PreDestroy
    void stop() {
        loop.shutdownNow();
    }
}
