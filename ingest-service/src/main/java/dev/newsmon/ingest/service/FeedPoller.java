package dev.newsmon.ingest.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.ingest.config.IngestConfig;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedFetcher;
import dev.newsmon.ingest.feed.FeedHealth;
import dev.newsmon.ingest.feed.FeedItem;
import dev.newsmon.ingest.feed.FeedParseException;
import dev.newsmon.ingest.feed.FeedParser;
import dev.newsmon.ingest.feed.FeedState;
import dev.newsmon.ingest.feed.FetchException;
import dev.newsmon.ingest.feed.FetchResult;
import dev.newsmon.ingest.feed.FullTextExtractor;
import dev.newsmon.ingest.feed.ParsedFeed;

/**
 * One poll of one feed: conditional fetch, parse, normalise, optional full-text fetch, publish new
 * and changed items, and record the new state (validators, health, next poll time with backoff).
 * Validators are only stored when every item was written, so a failed write is retried by the next
 * poll instead of being hidden behind a 304.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    @Inject
    IngestConfig config;

    @Inject
    FeedRegistry registry;

    @Inject
    ArticlePublisher publisher;

    @Inject
    SeenStore seen;

    @Inject
    IngestMetrics metrics;

    private FeedFetcher fetcher;
    private ExecutorService workers;

    @PostConstruct
    void init() {
        AddressGuard guard = new AddressGuard(config.allowPrivate().orElse(List.of()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService io = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), r -> {
            Thread t = new Thread(r, "newsmon-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "newsmon-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        IngestConfig.Http http = config.http();
        fetcher = new FeedFetcher(guard, new FeedFetcher.Limits(http.connectTimeout(), http.readTimeout(),
                http.maxBodyBytes(), http.maxDecompressedBytes(), http.maxRedirects(), config.userAgent()), io);
    }

    @PreDestroy
    void close() {
        fetcher.close();
        workers.shutdownNow();
    }

    public FeedFetcher fetcher() {
        return fetcher;
    }

    public CompletableFuture<PollOutcome> poll(FeedDefinition feed) {
        FeedState stored = registry.state(feed.id());
        FeedState before = stored != null ? stored : FeedState.initial(feed.id(), Instant.now());
        Instant fetchedAt = Instant.now();
        long started = System.nanoTime();
        return fetcher.fetchFeed(feed.url(), before.etag(), before.lastModified())
                .thenComposeAsync(result -> result.notModified()
                        ? CompletableFuture.completedFuture(notModified(feed, before, result, fetchedAt))
                        : process(feed, before, result, fetchedAt), workers)
                .handle((outcome, error) -> error == null ? outcome : failed(feed, before, unwrap(error), fetchedAt))
                .whenComplete((outcome, error) -> {
                    if (outcome != null) {
                        metrics.fetched(outcome.outcome(), Duration.ofNanos(System.nanoTime() - started));
                    }
                });
    }

    private PollOutcome notModified(FeedDefinition feed, FeedState before, FetchResult result, Instant fetchedAt) {
        Instant next = fetchedAt.plus(jittered(interval(feed, result.maxAge(), before.ttlMinutes())));
        boolean routine = before.health() == FeedHealth.OK && "not_modified".equals(before.lastOutcome())
                && (result.etag() == null || result.etag().equals(before.etag()))
                && (result.lastModified() == null || result.lastModified().equals(before.lastModified()));
        FeedState after = new FeedState(feed.id(), result.etag() != null ? result.etag() : before.etag(),
                result.lastModified() != null ? result.lastModified() : before.lastModified(), fetchedAt, fetchedAt,
                before.lastErrorAt(), before.lastError(), 304, "not_modified", 0, before.consecutiveParseErrors(),
                FeedHealth.OK, next, before.itemsLastFetch(), 0, before.itemsPublished(), before.feedTitle(),
                before.feedLanguage(), before.ttlMinutes());
        if (routine) {
            registry.updateRoutineState(after);
        } else {
            registry.updateState(after);
        }
        return new PollOutcome(feed.id(), "not_modified", 304, 0, 0, 0, 0, null, next);
    }

    private CompletableFuture<PollOutcome> process(FeedDefinition feed, FeedState before, FetchResult result,
                                                   Instant fetchedAt) {
        ParsedFeed parsed = FeedParser.parse(result.body(), result.contentType(), result.finalUrl());
        return withFullText(feed, parsed).thenCompose(fullTexts -> {
            List<RawArticle> drafts = new ArrayList<>();
            int skipped = 0;
            for (int i = 0; i < parsed.items().size(); i++) {
                RawArticle draft = ArticleNormalizer.fromFeedItem(parsed.items().get(i), feed, parsed, fullTexts.get(i), fetchedAt);
                if (draft == null) {
                    skipped++;
                    metrics.rejected("feed");
                } else {
                    drafts.add(draft);
                }
            }
            int unidentified = skipped;
            List<CompletableFuture<ArticlePublisher.Published>> writes = new ArrayList<>();
            for (RawArticle draft : drafts) {
                writes.add(publisher.publish(draft, "feed").toCompletableFuture());
            }
            return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).handle((ignored, error) -> {
                int published = 0;
                int duplicates = 0;
                for (CompletableFuture<ArticlePublisher.Published> w : writes) {
                    if (!w.isCompletedExceptionally()) {
                        ArticlePublisher.Published p = w.join();
                        if (p.status() == IngestStatus.DUPLICATE) {
                            duplicates++;
                        } else {
                            published++;
                        }
                    }
                }
                if (error != null) {
                    return publishFailed(feed, before, result, parsed, fetchedAt, published, duplicates, unidentified, unwrap(error));
                }
                Instant next = fetchedAt.plus(jittered(interval(feed, result.maxAge(), parsed.ttlMinutes())));
                registry.updateState(new FeedState(feed.id(), result.etag(), result.lastModified(), fetchedAt, fetchedAt,
                        before.lastErrorAt(), before.lastError(), result.status(), "ok", 0, 0, FeedHealth.OK, next,
                        parsed.items().size(), published, before.itemsPublished() + published, parsed.title(),
                        parsed.language(), parsed.ttlMinutes()));
                return new PollOutcome(feed.id(), "ok", result.status(), parsed.items().size(), published, duplicates,
                        unidentified, null, next);
            });
        });
    }

    /** Fetches article pages for new items of full-text feeds, one after the other, within the same limits. */
    private CompletableFuture<List<String>> withFullText(FeedDefinition feed, ParsedFeed parsed) {
        List<String> texts = new ArrayList<>();
        parsed.items().forEach(i -> texts.add(null));
        if (!feed.fullText()) {
            return CompletableFuture.completedFuture(texts);
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        int budget = config.poll().maxFullTextPerPoll();
        for (int i = 0; i < parsed.items().size() && budget > 0; i++) {
            FeedItem item = parsed.items().get(i);
            ArticleNormalizer.Identity identity = ArticleNormalizer.identify(item);
            if (identity == null || item.link() == null || seen.isKnown(identity.id())) {
                continue;
            }
            budget--;
            int index = i;
            chain = chain.thenCompose(ignored -> fetcher.fetchPage(item.link()).handle((page, error) -> {
                if (error != null) {
                    LOG.debugf("full text of %s not fetched: %s", item.link(), unwrap(error).getMessage());
                } else {
                    String html = FullTextExtractor.mainContentHtml(page.finalUrl(), page.body(), page.contentType());
                    String text = HtmlText.toText(html);
                    texts.set(index, text.isBlank() ? null : text);
                }
                return null;
            }));
        }
        return chain.thenApply(ignored -> texts);
    }

    private PollOutcome publishFailed(FeedDefinition feed, FeedState before, FetchResult result, ParsedFeed parsed,
                                      Instant fetchedAt, int published, int duplicates, int skipped, Throwable error) {
        // Keep the old validators: the next poll must get the full document again and retry the writes.
        Instant next = fetchedAt.plus(jittered(config.poll().minInterval()));
        registry.updateState(new FeedState(feed.id(), before.etag(), before.lastModified(), fetchedAt,
                before.lastSuccessAt(), fetchedAt, error.getMessage(), result.status(), "publish_error",
                before.consecutiveFailures(), before.consecutiveParseErrors(), before.health(), next,
                parsed.items().size(), published, before.itemsPublished() + published, parsed.title(),
                parsed.language(), parsed.ttlMinutes()));
        return new PollOutcome(feed.id(), "publish_error", result.status(), parsed.items().size(), published,
                duplicates, skipped, error.getMessage(), next);
    }

    private PollOutcome failed(FeedDefinition feed, FeedState before, Throwable error, Instant fetchedAt) {
        boolean parseError = error instanceof FeedParseException;
        String outcome;
        int status = 0;
        Duration retryAfter = null;
        if (parseError) {
            outcome = "parse_error";
            status = 200;
        } else if (error instanceof FetchException fe) {
            outcome = fe.outcome().label;
            status = fe.status();
            retryAfter = fe.retryAfter();
        } else {
            outcome = "error";
            LOG.warnf(error, "unexpected failure polling %s", feed.url());
        }
        int failures = before.consecutiveFailures() + 1;
        int parseErrors = parseError ? before.consecutiveParseErrors() + 1 : before.consecutiveParseErrors();
        FeedHealth health = parseErrors >= config.health().disableAfterParseErrors() ? FeedHealth.DISABLED
                : failures >= config.health().failingAfter() ? FeedHealth.FAILING : FeedHealth.DEGRADED;
        Duration delay = backoff(interval(feed, null, before.ttlMinutes()), failures);
        if (retryAfter != null) {
            Duration cappedRetryAfter = min(retryAfter, config.poll().maxBackoff());
            delay = cappedRetryAfter.compareTo(delay) > 0 ? cappedRetryAfter : delay;
        }
        Instant next = fetchedAt.plus(jittered(delay));
        String message = error.getMessage();
        if (health == FeedHealth.DISABLED) {
            LOG.warnf("feed %s disabled after %d consecutive parse errors: %s", feed.url(), parseErrors, message);
        }
        registry.updateState(new FeedState(feed.id(), before.etag(), before.lastModified(), fetchedAt,
                before.lastSuccessAt(), fetchedAt, message, status, outcome, failures, parseErrors, health, next,
                before.itemsLastFetch(), 0, before.itemsPublished(), before.feedTitle(), before.feedLanguage(),
                before.ttlMinutes()));
        return new PollOutcome(feed.id(), outcome, status, 0, 0, 0, 0, message, next);
    }

    /** The feed's interval: its override or the default, never under the feed's ttl, max-age or our minimum. */
    Duration interval(FeedDefinition feed, Duration maxAge, int ttlMinutes) {
        Duration base = feed.pollIntervalSeconds() != null ? Duration.ofSeconds(feed.pollIntervalSeconds())
                : config.poll().defaultInterval();
        if (ttlMinutes > 0) {
            base = max(base, min(Duration.ofMinutes(ttlMinutes), config.poll().maxBackoff()));
        }
        if (maxAge != null) {
            base = max(base, min(maxAge, config.poll().maxBackoff()));
        }
        return max(base, config.poll().minInterval());
    }

    Duration backoff(Duration interval, int failures) {
        long factor = 1L << Math.min(Math.max(0, failures - 1), 16);
        Duration delay = interval.multipliedBy(factor);
        return min(delay, max(config.poll().maxBackoff(), interval));
    }

    Duration jittered(Duration delay) {
        double jitter = config.poll().jitter();
        if (jitter <= 0) {
            return delay;
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.max(0, (long) (delay.toMillis() * factor)));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
