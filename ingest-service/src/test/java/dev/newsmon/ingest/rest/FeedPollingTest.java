package dev.newsmon.ingest.rest;

import static dev.newsmon.ingest.rest.IngestApi.TOKEN;
import static dev.newsmon.ingest.rest.IngestApi.feed;
import static dev.newsmon.ingest.rest.IngestApi.fromFeed;
import static dev.newsmon.ingest.rest.IngestApi.poll;
import static dev.newsmon.ingest.rest.IngestApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.ingest.FixtureServer;
import dev.newsmon.ingest.feed.Fixtures;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Feeds from a local fixture server through the service to the real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class FeedPollingTest {

    static final FixtureServer server = new FixtureServer();

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static FixtureServer.Handler withValidators(String body, String contentType, String etag, String lastModified) {
        return exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(exchange, 304, null, new byte[0], Map.of("ETag", etag));
                return;
            }
            FixtureServer.send(exchange, 200, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Map.of("ETag", etag, "Last-Modified", lastModified));
        };
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void rss2ItemsArePublishedOnceAndTheSecondPollIsConditional() {
        String path = "/rss2";
        server.route(path, withValidators(Fixtures.text("rss2.xml", server.base()), "application/rss+xml; charset=utf-8",
                "\"v1\"", "Mon, 05 Jan 2026 10:00:00 GMT"));
        String id = register(Map.of("url", server.url(path), "name", "Harbour Gazette", "publisher", "Harbour Gazette Ltd"));

        Response first = poll(id);
        assertThat(first.jsonPath().getString("outcome")).isEqualTo("ok");
        assertThat(first.jsonPath().getInt("published")).isEqualTo(3);

        List<RawArticle> articles = fromFeed(server.url(path));
        assertThat(articles).extracting(RawArticle::id).containsExactlyInAnyOrder(
                Ids.articleId("https://harbour-gazette.example/world/border-talks"),
                Ids.articleId("https://harbour-gazette.example/world/grain-corridor"),
                Ids.articleId("urn:harbour-gazette:1003"));
        RawArticle border = articles.stream().filter(a -> a.title().startsWith("Border")).findFirst().orElseThrow();
        assertThat(border.version()).isEqualTo(1);
        assertThat(border.url()).isEqualTo("https://harbour-gazette.example/world/border-talks");
        assertThat(border.originalUrl()).contains("utm_source=rss");
        assertThat(border.title()).isEqualTo("Border talks & a new timetable");
        assertThat(border.text()).isEqualTo("Negotiators from both sides met in the port city on Monday.\n\nA second round is planned for February.");
        assertThat(border.source()).isEqualTo("Harbour Gazette Ltd");
        assertThat(border.author()).isEqualTo("Mara Quill");
        assertThat(border.language()).isEqualTo("en");
        assertThat(border.publishedAt()).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(border.contentHash()).hasSize(64);
        RawArticle grain = articles.stream().filter(a -> a.title().startsWith("Grain")).findFirst().orElseThrow();
        assertThat(grain.text()).contains("Insurers said").doesNotContain("track()");
        RawArticle guidOnly = articles.stream().filter(a -> a.url() == null).findFirst().orElseThrow();
        assertThat(guidOnly.publishedAt()).isEqualTo(Instant.parse("2026-01-04T12:00:00Z"));

        Response second = poll(id);
        assertThat(second.jsonPath().getString("outcome")).isEqualTo("not_modified");
        List<FixtureServer.Seen> requests = server.requests(path);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).ifNoneMatch()).isNull();
        assertThat(requests.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(requests.get(1).ifModifiedSince()).isEqualTo("Mon, 05 Jan 2026 10:00:00 GMT");
        assertThat(requests.get(1).userAgent()).isEqualTo("newsmon/0.1 (+https://github.com/newsmon)");
        assertThat(requests.get(1).acceptEncoding()).isEqualTo("gzip");
        assertThat(fromFeed(server.url(path))).hasSize(3);

        Response view = feed(id);
        assertThat(view.jsonPath().getString("health")).isEqualTo("ok");
        assertThat(view.jsonPath().getInt("itemsLastFetch")).isEqualTo(3);
        assertThat(view.jsonPath().getLong("itemsPublished")).isEqualTo(3);
        assertThat(view.jsonPath().getString("lastOutcome")).isEqualTo("not_modified");
        // ttl 30 minutes in the feed outweighs the 15 minute default interval
        assertThat(Instant.parse(view.jsonPath().getString("nextPollAt"))).isAfter(Instant.now().plusSeconds(25 * 60));
    }

    @Test
    void gzippedAtomIsReadAndRelativeLinksResolved() throws IOException {
        byte[] body = gzip(Fixtures.bytes("atom.xml", null));
        server.route("/atom", exchange -> FixtureServer.send(exchange, 200, "application/atom+xml", body,
                Map.of("Content-Encoding", "gzip")));
        String id = register(server.url("/atom"));
        assertThat(poll(id).jsonPath().getString("outcome")).isEqualTo("ok");
        List<RawArticle> articles = fromFeed(server.url("/atom"));
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Reservoir deal signed");
            assertThat(a.url()).isEqualTo(server.url("/2026/01/reservoir-deal"));
            assertThat(a.text()).isEqualTo("Two provinces agreed to share the reservoir.\n\nThe water board will meet monthly.");
            assertThat(a.source()).isEqualTo("Valley Courier");
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-06T18:30:02Z"));
        });
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Changing</title><link>https://c.example/</link>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(String link, String guid, String title, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid
                + "</guid><description>" + description + "</description></item>";
    }

    @Test
    void changedGuidsAreNotNewArticlesButChangedContentIsANewVersion() {
        String a = "https://changing.example/a";
        String b = "https://changing.example/b";
        String[] body = {rss(item(a, "g-1", "Alpha", "First text."), item(b, "g-2", "Beta", "Second text."))};
        server.route("/changing", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", body[0]));
        String id = register(server.url("/changing"));
        assertThat(poll(id).jsonPath().getInt("published")).isEqualTo(2);

        body[0] = rss(item(a, "g-1-renamed", "Alpha", "First text."), item(b, "g-2-renamed", "Beta", "Second text."));
        Response sameContent = poll(id);
        assertThat(sameContent.jsonPath().getInt("published")).isZero();
        assertThat(sameContent.jsonPath().getInt("duplicates")).isEqualTo(2);

        body[0] = rss(item(a, "g-1-again", "Alpha", "First text."), item(b, "g-2-again", "Beta", "Second text, corrected."));
        Response changed = poll(id);
        assertThat(changed.jsonPath().getInt("published")).isEqualTo(1);

        List<RawArticle> articles = fromFeed(server.url("/changing"));
        assertThat(articles).extracting(RawArticle::id, RawArticle::version).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Ids.articleId(a), 1),
                org.assertj.core.groups.Tuple.tuple(Ids.articleId(b), 1),
                org.assertj.core.groups.Tuple.tuple(Ids.articleId(b), 2));
        RawArticle v2 = articles.stream().filter(x -> x.version() == 2).findFirst().orElseThrow();
        RawArticle v1 = articles.stream().filter(x -> x.id().equals(Ids.articleId(b)) && x.version() == 1).findFirst().orElseThrow();
        assertThat(v2.text()).isEqualTo("Second text, corrected.");
        assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());
    }

    @Test
    void redirectsAreFollowedButNotIntoPrivateAddresses() {
        String target = rss(item("https://moved.example/1", "m-1", "Moved", "It moved."));
        server.route("/feed-target", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", target));
        server.route("/moved", exchange -> FixtureServer.send(exchange, 301, null, new byte[0],
                Map.of("Location", "/feed-target")));
        String moved = register(server.url("/moved"));
        assertThat(poll(moved).jsonPath().getString("outcome")).isEqualTo("ok");
        assertThat(fromFeed(server.url("/moved"))).extracting(RawArticle::url).containsExactly("https://moved.example/1");

        server.route("/to-metadata", exchange -> FixtureServer.send(exchange, 302, null, new byte[0],
                Map.of("Location", "http://169.254.169.254/latest/meta-data/")));
        String sneaky = register(server.url("/to-metadata"));
        Response outcome = poll(sneaky);
        assertThat(outcome.jsonPath().getString("outcome")).isEqualTo("refused");
        assertThat(outcome.jsonPath().getString("error")).contains("169.254.169.254").contains("link-local");
        assertThat(fromFeed(server.url("/to-metadata"))).isEmpty();
        assertThat(feed(sneaky).jsonPath().getString("health")).isEqualTo("degraded");
    }

    @Test
    void brokenXmlDegradesThenDisablesTheFeed() {
        server.route("/broken", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", Fixtures.text("broken.xml", null)));
        String id = register(server.url("/broken"));
        Response first = poll(id);
        assertThat(first.jsonPath().getString("outcome")).isEqualTo("parse_error");
        assertThat(first.jsonPath().getString("error")).startsWith("not well-formed XML");
        assertThat(feed(id).jsonPath().getString("health")).isEqualTo("degraded");
        poll(id);
        assertThat(feed(id).jsonPath().getString("health")).isEqualTo("failing");
        poll(id);
        Response view = feed(id);
        assertThat(view.jsonPath().getString("health")).isEqualTo("disabled");
        assertThat(view.jsonPath().getInt("consecutiveFailures")).isEqualTo(3);
        assertThat(fromFeed(server.url("/broken"))).isEmpty();

        // adding it again re-enables it
        register(server.url("/broken"));
        assertThat(feed(id).jsonPath().getString("health")).isNotEqualTo("disabled");
    }

    @Test
    void xxeAttemptIsRefusedNotResolved() {
        server.route("/secret", exchange -> FixtureServer.send(exchange, 200, "text/plain", "TOP-SECRET"));
        server.route("/xxe", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", Fixtures.text("xxe.xml", server.base())));
        String id = register(server.url("/xxe"));
        Response outcome = poll(id);
        assertThat(outcome.jsonPath().getString("outcome")).isEqualTo("parse_error");
        assertThat(outcome.jsonPath().getString("error")).contains("DOCTYPE");
        assertThat(server.count("/secret")).isZero();
        assertThat(IngestApi.rawArticles(a -> a.text().contains("TOP-SECRET") || a.text().contains("root:")
                || "https://xxe.example/item".equals(a.url()))).isEmpty();
    }

    @Test
    void oversizedBodiesAndGzipBombsAreCutOff() throws IOException {
        byte[] huge = ("<rss version=\"2.0\"><channel><title>x</title>" + "<!-- padding -->".repeat(20_000) + "</channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.route("/huge-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(huge);
            } catch (IOException clientHungUp) {
                // expected: the service stops reading at its limit
            }
        });
        server.route("/huge-declared", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", huge, Map.of()));
        byte[] bomb = gzip(new byte[30_000_000]);
        server.route("/bomb", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", bomb,
                Map.of("Content-Encoding", "gzip")));

        for (String path : List.of("/huge-chunked", "/huge-declared", "/bomb")) {
            Response outcome = poll(register(server.url(path)));
            assertThat(outcome.jsonPath().getString("outcome")).as(path).isEqualTo("too_large");
        }
        assertThat(bomb.length).isLessThan(200_000);
    }

    @Test
    void retryAfterPostponesTheNextPoll() {
        server.route("/busy", exchange -> FixtureServer.send(exchange, 503, "text/plain", "busy".getBytes(),
                Map.of("Retry-After", "7200")));
        String id = register(Map.of("url", server.url("/busy"), "pollIntervalSeconds", 60));
        Response outcome = poll(id);
        assertThat(outcome.jsonPath().getString("outcome")).isEqualTo("http_error");
        assertThat(outcome.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(Instant.parse(outcome.jsonPath().getString("nextPollAt"))).isAfter(Instant.now().plusSeconds(6000));
    }

    @Test
    void fullTextFeedsGetTheArticlePagesMainContent() {
        server.route("/article-page", exchange -> FixtureServer.send(exchange, 200, "text/html; charset=utf-8",
                Fixtures.text("article-page.html", null)));
        String page = server.url("/article-page");
        server.route("/summaries", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml",
                rss(item(page, "ft-1", "Ferry link restored", "Ferries run again."))));
        String id = register(Map.of("url", server.url("/summaries"), "fullText", true));
        assertThat(poll(id).jsonPath().getInt("published")).isEqualTo(1);
        RawArticle article = fromFeed(server.url("/summaries")).get(0);
        assertThat(article.text())
                .contains("The ferry service between the two largest islands resumed on Thursday morning")
                .contains("\n\nPassengers queued from before dawn")
                .contains("joint committee would meet every quarter")
                .doesNotContain("Sign in").doesNotContain("Celebrity wedding").doesNotContain("Cookie settings");
        assertThat(article.summary()).isEqualTo("Ferries run again.");
        assertThat(server.count("/article-page")).isEqualTo(1);
        // a re-poll does not fetch the page of an item already published
        poll(id);
        assertThat(server.count("/article-page")).isEqualTo(1);
    }

    @Test
    void feedRegistryApi() {
        String url = server.url("/registry-feed");
        Response created = given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("url", url, "name", "Registry", "pollInterval", "20m", "fullText", true))
                .when().post("/api/feeds").then().statusCode(201).extract().response();
        String id = created.jsonPath().getString("id");
        assertThat(created.jsonPath().getInt("pollIntervalSeconds")).isEqualTo(1200);
        assertThat(created.jsonPath().getBoolean("fullText")).isTrue();
        assertThat(created.jsonPath().getString("health")).isEqualTo("new");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("url", url, "name", "Registry"))
                .when().post("/api/feeds").then().statusCode(200);
        List<String> ids = given().auth().oauth2(TOKEN).when().get("/api/feeds").then().statusCode(200).extract().path("id");
        assertThat(ids).contains(id);

        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("url", "ftp://files.example/feed"))
                .when().post("/api/feeds").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.is("url"))
                .body("error", containsString("http or https"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("url", "http://10.1.2.3/feed"))
                .when().post("/api/feeds").then().statusCode(400).body("error", containsString("private"));

        given().auth().oauth2(TOKEN).when().delete("/api/feeds/" + id).then().statusCode(204);
        given().auth().oauth2(TOKEN).when().get("/api/feeds/" + id).then().statusCode(404);
        given().auth().oauth2(TOKEN).when().delete("/api/feeds/" + id).then().statusCode(404);
    }

    @Test
    void opmlImport() {
        Response imported = given().auth().oauth2(TOKEN).contentType("text/x-opml").body(Fixtures.bytes("feeds.opml", null))
                .when().post("/api/feeds/opml").then().statusCode(200).extract().response();
        List<String> urls = imported.jsonPath().getList("added.url");
        assertThat(urls).containsExactly("https://harbour-gazette.example/rss", "https://valley-courier.example/atom.xml");
        Set<String> listed = given().auth().oauth2(TOKEN).when().get("/api/feeds").then().extract().<List<String>>path("url")
                .stream().collect(Collectors.toSet());
        assertThat(listed).containsAll(urls);
    }

    @Test
    void apiNeedsTheTokenButHealthAndMetricsAreOpen() {
        given().when().get("/api/feeds").then().statusCode(401);
        given().auth().oauth2("wrong-token").when().get("/api/feeds").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/articles").then().statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("ingest-state"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("newsmon_ingest_feeds"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/feeds"));
    }
}
