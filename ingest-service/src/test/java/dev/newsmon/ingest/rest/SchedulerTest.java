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
    void perHostConcurrencyIsRespected() {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> paths = java.util.stream.IntStream.range(0, 6).mapToObj(i -> "/slow-" + i).toList();
        for (String path : paths) {
            server.route(path, exchange -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                FixtureServer.send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>slow</title></channel></rss>");
            });
        }
        paths.forEach(p -> register(server.url(p)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(paths).allMatch(p -> server.count(p) >= 1));
        assertThat(maxInFlight.get()).isBetween(1, 2);
    }

    @Test
    void feedsFileIsRegisteredAtStartup() {
        java.util.List<java.util.Map<String, Object>> feeds = io.restassured.RestAssured.given().auth().oauth2(IngestApi.TOKEN)
                .when().get("/api/feeds").then().statusCode(200).extract().path("");
        assertThat(feeds).filteredOn(f -> "https://bootstrap-one.example/rss".equals(f.get("url"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("name")).isEqualTo("Bootstrap One");
                    assertThat(f.get("publisher")).isEqualTo("Bootstrap Press");
                    assertThat(f.get("pollIntervalSeconds")).isEqualTo(2700);
                    assertThat(f.get("origin")).isEqualTo("file");
                });
        assertThat(feeds).extracting(f -> f.get("url")).contains("https://bootstrap-two.example/atom.xml")
                .doesNotContain("ftp://bootstrap-bad.example/feed");
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
