package dev.newsmon.ingest.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Topics;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Publishes an article unless it is a duplicate: decides new / updated / duplicate against the seen
 * store, writes the article (key = article id) and then its seen record, and completes only when
 * Kafka acknowledged both, so a caller never reports as accepted what was not durably written.
 */
@ApplicationScoped
public class ArticlePublisher {

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    /** The outcome for one article: what was decided and the version it carries. */
    public record Published(String articleId, int version, IngestStatus status) {
    }

    @Inject
    @Channel(Topics.ARTICLES_RAW)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    MutinyEmitter<Record<String, RawArticle>> articles;

    @Inject
    @Channel(Topics.INGEST_SEEN)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    MutinyEmitter<Record<String, SeenArticle>> seenRecords;

    @Inject
    SeenStore seen;

    @Inject
    IngestMetrics metrics;

    /** @param draft article with version 0; @param origin "feed" or "push", for metrics */
    public CompletionStage<Published> publish(RawArticle draft, String origin) {
        SeenStore.Decision decision = seen.decide(draft.id(), draft.contentHash());
        if (decision.status() == IngestStatus.DUPLICATE) {
            metrics.item(IngestStatus.DUPLICATE, origin);
            return CompletableFuture.completedFuture(new Published(draft.id(), decision.version(), IngestStatus.DUPLICATE));
        }
        RawArticle article = ArticleNormalizer.withVersion(draft, decision.version());
        SeenArticle record = new SeenArticle(decision.version(), draft.contentHash());
        CompletableFuture<Published> result = new CompletableFuture<>();
        try {
            articles.send(Record.of(article.id(), article))
                    .chain(() -> seenRecords.send(Record.of(article.id(), record)))
                    .subscribe().with(
                            ignored -> {
                                seen.confirmed(article.id(), record);
                                metrics.item(decision.status(), origin);
                                result.complete(new Published(article.id(), decision.version(), decision.status()));
                            },
                            failure -> {
                                failed(article, record, failure, result);
                            });
        } catch (RuntimeException e) {
            // the emitter refuses synchronously when its buffer is full or the channel is down
            failed(article, record, e, result);
        }
        return result;
    }

    private void failed(RawArticle article, SeenArticle record, Throwable failure, CompletableFuture<Published> result) {
        seen.abandoned(article.id(), record);
        metrics.publishError();
        LOG.warnf("could not write article %s v%d to %s: %s", article.id(), record.version(), Topics.ARTICLES_RAW,
                failure.getMessage());
        result.completeExceptionally(new PublishException("could not write article " + article.id() + " to "
                + Topics.ARTICLES_RAW + ": " + failure.getMessage(), failure));
    }
}
