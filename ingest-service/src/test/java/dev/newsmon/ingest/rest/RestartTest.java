package dev.newsmon.ingest.rest;

import static dev.newsmon.ingest.rest.IngestApi.TOKEN;
import static dev.newsmon.ingest.rest.IngestApi.fromFeed;
import static dev.newsmon.ingest.rest.IngestApi.poll;
import static dev.newsmon.ingest.rest.IngestApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.Topics;
import dev.newsmon.ingest.FixtureServer;
import dev.newsmon.ingest.service.FeedRegistry;
import dev.newsmon.ingest.service.IngestLifecycle;
import dev.newsmon.ingest.service.SeenStore;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * After the in-memory state is thrown away and rebuilt from the compacted topics, exactly as a
 * restarted process rebuilds it, nothing already published is published again.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class RestartTest {

    static final FixtureServer server = new FixtureServer();

    @Inject
    IngestLifecycle lifecycle;

    @Inject
    SeenStore seen;

    @Inject
    FeedRegistry registry;

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void noDuplicatesAfterRebuildingStateFromTheCompactedTopics() throws Exception {
        String link = "https://restart.example/" + UUID.randomUUID();
        // no validators: every poll gets the full document, so only de-duplication stops a re-publish
        server.route("/restart-feed", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>R</title><item><title>Kept</title><link>" + link
                        + "</link><description>Once only.</description></item></channel></rss>"));
        String feedId = register(server.url("/restart-feed"));
        assertThat(poll(feedId).jsonPath().getInt("published")).isEqualTo(1);
        Map<String, Object> pushed = Map.of("title", "Pushed once", "published", "2026-01-10", "source", "S",
                "url", "https://restart.example/pushed-" + UUID.randomUUID(), "text", "Pushed text.");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(pushed).when().post("/api/articles")
                .then().statusCode(200);
        long rawEnd = IngestApi.reader().endOffsetTotal(Topics.ARTICLES_RAW);

        lifecycle.reloadFromTopics();
        assertThat(seen.size()).isPositive();
        assertThat(registry.feed(feedId)).isPresent();
        assertThat(registry.state(feedId).lastFetchAt()).isNotNull();

        Response again = poll(feedId);
        assertThat(again.jsonPath().getInt("published")).isZero();
        assertThat(again.jsonPath().getInt("duplicates")).isEqualTo(1);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(pushed).when().post("/api/articles")
                .then().statusCode(200).body("accepted[0].status", org.hamcrest.Matchers.is("duplicate"));
        assertThat(IngestApi.reader().endOffsetTotal(Topics.ARTICLES_RAW)).isEqualTo(rawEnd);
        assertThat(fromFeed(server.url("/restart-feed"))).hasSize(1);
    }
}
