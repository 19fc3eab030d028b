package dev.newsmon.ingest.rest;

import static dev.newsmon.ingest.rest.IngestApi.fromFeed;
import static dev.newsmon.ingest.rest.IngestApi.register;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.ingest.FixtureServer;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The background poller: a registered feed is polled on its own, then conditionally at its interval. */
@QuarkusTest
@TestProfile(SchedulerProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class SchedulerTest {

    static final FixtureServer server = new FixtureServer();

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void registeredFeedIsPolledOnScheduleWithConditionalRequests() {
        String link = "https://scheduled.example/" + UUID.randomUUID();
        String body = "<rss version=\"2.0\"><channel><title>S</title><item><title>Scheduled</title><link>" + link
                + "</link><description>Polled by the scheduler.</description></item></channel></rss>";
        server.route("/scheduled", exchange -> {
            if ("\"s1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(exchange, 304, null, new byte[0], Map.of());
            } else {
                FixtureServer.send(exchange, 200, "application/rss+xml", body.getBytes(), Map.of("ETag", "\"s1\""));
            }
        });
        register(Map.of("url", server.url("/scheduled"), "pollIntervalSeconds", 1));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(server.requests("/scheduled")).hasSizeGreaterThanOrEqualTo(3));
        assertThat(server.requests("/scheduled").get(0).ifNoneMatch()).isNull();
        assertThat(server.requests("/scheduled").subList(1, 3)).allMatch(r -> "\"s1\"".equals(r.ifNoneMatch()));
        assertThat(fromFeed(server.url("/scheduled"))).singleElement()
                .satisfies(a -> assertThat(a.url()).isEqualTo(link));
    }
}
