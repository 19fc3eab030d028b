package dev.newsmon.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.net.AddressGuard;

class FeedFetcherTest {

    private static FeedFetcher fetcher(long maxBody, long maxDecompressed) {
        return new FeedFetcher(new AddressGuard(List.of()), new FeedFetcher.Limits(Duration.ofSeconds(1),
                Duration.ofSeconds(2), maxBody, maxDecompressed, 3, "test"), Executors.newFixedThreadPool(2));
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void gzipBombStopsAtTheDecompressedLimit() throws IOException {
        byte[] bomb = gzip(new byte[50_000_000]);
        assertThat(bomb.length).isLessThan(100_000);
        try (FeedFetcher f = fetcher(1_000_000, 1_000_000)) {
            assertThatThrownBy(() -> f.decode("http://bomb.example/", "gzip", bomb))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("decompressed body")
                    .satisfies(e -> assertThat(((FetchException) e).outcome()).isEqualTo(FetchException.Outcome.TOO_LARGE));
            assertThat(f.decode("http://ok.example/", "gzip", gzip("hello".getBytes()))).isEqualTo("hello".getBytes());
        }
    }

    @Test
    void readsCacheHeaders() {
        assertThat(FeedFetcher.maxAge("public, max-age=600")).isEqualTo(Duration.ofSeconds(600));
        assertThat(FeedFetcher.maxAge("no-cache")).isNull();
        assertThat(FeedFetcher.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(FeedFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void privateAddressesAreRefusedBeforeConnecting() {
        try (FeedFetcher f = fetcher(1000, 1000)) {
            assertThatThrownBy(() -> f.fetchFeed("http://169.254.169.254/latest/meta-data", null, null).join())
                    .hasCauseInstanceOf(FetchException.class)
                    .hasMessageContaining("link-local");
            assertThatThrownBy(() -> f.fetchFeed("file:///etc/passwd", null, null).join())
                    .hasMessageContaining("only http and https");
        }
    }
}
