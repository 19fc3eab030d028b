package dev.newsmon.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.RawArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** What a push answers when Kafka does not acknowledge: an error, never a claimed acceptance. */
class PushServiceTest {

    private static PushService serviceWith(ArticlePublisher publisher) {
        IngestMetrics metrics = new IngestMetrics();
        metrics.registry = new SimpleMeterRegistry();
        PushService service = new PushService();
        service.publisher = publisher;
        service.metrics = metrics;
        return service;
    }

    private static final String FILE = """
            title: Harbour reopens
            published: 2026-01-07T08:00:00Z
            source: Coast Daily
            url: https://coast.example/harbour
            ---
            The harbour reopened.
            """;

    @Test
    void failedWriteIsAnErrorNotAnAcceptance() {
        ArticlePublisher failing = new ArticlePublisher() {
            @Override
            public CompletionStage<Published> publish(RawArticle draft, String origin) {
                return CompletableFuture.failedFuture(new PublishException("broker unreachable", null));
            }
        };
        assertThatThrownBy(() -> serviceWith(failing).pushArticleFile("h.txt", FILE))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("broker unreachable");
    }

    @Test
    void acknowledgedWriteIsAccepted() {
        ArticlePublisher ok = new ArticlePublisher() {
            @Override
            public CompletionStage<Published> publish(RawArticle draft, String origin) {
                return CompletableFuture.completedFuture(new Published(draft.id(), 1, IngestStatus.NEW));
            }
        };
        PushResult result = serviceWith(ok).pushArticleFile("h.txt", FILE);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("h.txt");
            assertThat(a.status()).isEqualTo(IngestStatus.NEW);
        });
    }
}
