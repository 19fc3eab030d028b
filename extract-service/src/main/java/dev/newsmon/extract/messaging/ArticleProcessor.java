package dev.newsmon.extract.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.extract.service.Extractor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Consumes raw articles, publishes one analysis per article version and one record per claim, then
 * acknowledges the input: the offset is committed only after both outputs are on Kafka
 * (at-least-once). Reprocessing the same version yields the same article and claim ids, so consumers
 * de-duplicate by id. A record that is not a valid article, or that the extractor cannot handle, is
 * nacked and goes to {@link Topics#ARTICLES_RAW_DLQ} with the reason in its headers; the stream goes on.
 *
 * <p>The next article is analysed while the previous one's records are still on their way to the broker:
 * {@link #process} completes once the records are handed to the producers, and the message is acked (or nacked)
 * later, when the broker has them. Waiting for each article's acknowledgement first made every article pay a
 * broker round trip plus the producer's linger time (5 ms by default) on the consumer thread: at most 200 articles/s
 * whatever the CPU. Order is kept (one consumer thread hands records to the producers in order, and
 * idempotent producers keep it per partition), and the throttled commit strategy commits an offset only when
 * every record before it was acked, so a crash still re-delivers whatever was not written.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final Extractor extractor;
    private final MutinyEmitter<String> analyzedOut;
    private final MutinyEmitter<String> claimsOut;
    private final Counter articles;
    private final Counter claims;
    private final Counter failures;
    private final Timer extraction;

    ArticleProcessor(Extractor extractor,
                     @Channel(Topics.ARTICLES_ANALYZED) MutinyEmitter<String> analyzedOut,
                     @Channel(Topics.CLAIMS) MutinyEmitter<String> claimsOut,
                     MeterRegistry registry) {
        this.extractor = extractor;
        this.analyzedOut = analyzedOut;
        this.claimsOut = claimsOut;
        this.articles = registry.counter("newsmon.extract.articles");
        this.claims = registry.counter("newsmon.extract.claims");
        this.failures = registry.counter("newsmon.extract.failures");
        this.extraction = registry.timer("newsmon.extract.duration");
    }

    @Incoming(Topics.ARTICLES_RAW)
    public Uni<Void> process(Message<String> message) {
        return Uni.createFrom().item(() -> analyze(message.getPayload()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().invoke(analyzed -> {
                    Uni<Void> written = analyzed == null ? Uni.createFrom().voidItem() : publish(analyzed);
                    written.subscribe().with(done -> message.ack(), failure -> deadLetter(message, failure));
                })
                .onFailure().recoverWithUni(failure -> {
                    deadLetter(message, failure);
                    return Uni.createFrom().nullItem();
                })
                .replaceWithVoid();
    }

    private void deadLetter(Message<String> message, Throwable failure) {
        failures.increment();
        LOG.warnf("article record sent to %s: %s", Topics.ARTICLES_RAW_DLQ, failure.getMessage());
        message.nack(failure);
    }

    /** Parses and analyses one record; null for a tombstone (nothing to analyse). */
    AnalyzedArticle analyze(String payload) {
        if (payload == null) {
            return null;
        }
        if (payload.isBlank()) {
            throw new IllegalArgumentException("empty record: not a RawArticle");
        }
        RawArticle article = Json.read(payload, RawArticle.class);
        if (article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("RawArticle without id");
        }
        if (article.version() < 1) {
            throw new IllegalArgumentException("RawArticle " + article.id() + " has version " + article.version() + ", expected >= 1");
        }
        return extraction.record(() -> extractor.analyze(article));
    }

    private Uni<Void> publish(AnalyzedArticle analyzed) {
        List<Uni<Void>> sends = new ArrayList<>(analyzed.claims().size() + 1);
        for (Claim claim : analyzed.claims()) {
            sends.add(claimsOut.sendMessage(keyed(claim.issue(), Json.write(claim))));
        }
        sends.add(analyzedOut.sendMessage(keyed(analyzed.articleId(), Json.write(analyzed))));
        return Uni.join().all(sends).andFailFast().onItem().invoke(() -> {
            articles.increment();
            claims.increment(analyzed.claims().size());
        }).replaceWithVoid();
    }

    private static Message<String> keyed(String key, String value) {
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
