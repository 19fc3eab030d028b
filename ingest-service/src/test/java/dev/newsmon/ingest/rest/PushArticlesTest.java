package dev.newsmon.ingest.rest;

import static dev.newsmon.ingest.rest.IngestApi.TOKEN;
import static dev.newsmon.ingest.rest.IngestApi.rawArticles;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.ids.Ids;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** POST /api/articles through to the real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class PushArticlesTest {

    private static String uniqueUrl(String slug) {
        return "https://push.example/" + slug + "-" + UUID.randomUUID();
    }

    private static String articleFile(String url, String body) {
        return """
                title: Ministers agree on a water-sharing plan
                published: 2026-01-07
                source: River Post
                url: %s
                author: K. Ode
                desk: environment
                ---
                %s
                """.formatted(url, body);
    }

    private static Response pushText(String filename, String content, int status) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.TEXT).header("X-Newsmon-Filename", filename)
                .body(content).when().post("/api/articles").then().statusCode(status).extract().response();
    }

    private static List<RawArticle> onTopic(String url) {
        String id = Ids.articleId(url);
        return rawArticles(a -> a.id().equals(id));
    }

    @Test
    void articleFileIsPublishedThenDuplicateThenNewVersion() {
        String url = uniqueUrl("water");
        String body = "The ministers of both countries signed the plan on Tuesday.\n\nIt takes effect in March.";
        Response first = pushText("water.txt", articleFile(url, body), 200);
        assertThat(first.jsonPath().getList("rejected")).isEmpty();
        assertThat(first.jsonPath().getString("accepted[0].name")).isEqualTo("water.txt");
        assertThat(first.jsonPath().getString("accepted[0].id")).isEqualTo(Ids.articleId(url));
        assertThat(first.jsonPath().getInt("accepted[0].version")).isEqualTo(1);
        assertThat(first.jsonPath().getString("accepted[0].status")).isEqualTo("new");

        List<RawArticle> published = onTopic(url);
        assertThat(published).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Ministers agree on a water-sharing plan");
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-07T00:00:00Z"));
            assertThat(a.source()).isEqualTo("River Post");
            assertThat(a.author()).isEqualTo("K. Ode");
            assertThat(a.text()).isEqualTo(body);
            assertThat(a.feedUrl()).isNull();
            assertThat(a.metadata()).containsEntry("desk", "environment");
            assertThat(a.language()).isEqualTo("en");
        });
        long endBefore = IngestApi.reader().endOffsetTotal(dev.newsmon.events.Topics.ARTICLES_RAW);

        Response again = pushText("water.txt", articleFile(url, body), 200);
        assertThat(again.jsonPath().getString("accepted[0].status")).isEqualTo("duplicate");
        assertThat(again.jsonPath().getInt("accepted[0].version")).isEqualTo(1);
        assertThat(onTopic(url)).hasSize(1);
        assertThat(IngestApi.reader().endOffsetTotal(dev.newsmon.events.Topics.ARTICLES_RAW)).isEqualTo(endBefore);

        Response changed = pushText("water.txt", articleFile(url, body + "\n\nUpdate: parliament approved it."), 200);
        assertThat(changed.jsonPath().getString("accepted[0].status")).isEqualTo("updated");
        assertThat(changed.jsonPath().getInt("accepted[0].version")).isEqualTo(2);
        assertThat(onTopic(url)).extracting(RawArticle::version).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void articleFileWithoutCharsetIsReadAsUtf8() {
        String url = uniqueUrl("zurich");
        String content = """
                title: Zürich talks — a café accord
                published: 2026-01-07
                source: Lac Léman Post
                url: %s
                ---
                Délégués met in Zürich.
                """.formatted(url);
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TOKEN).header("Content-Type", "text/plain")
                .body(content.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles").then().statusCode(200);
        assertThat(onTopic(url)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Zürich talks — a café accord");
            assertThat(a.source()).isEqualTo("Lac Léman Post");
        });
    }

    @Test
    void badArticleFileNamesTheLineAndField() {
        String content = """
                title: Something
                published: last Tuesday
                source: River Post
                url: https://push.example/bad
                ---
                Body.
                """;
        Response r = pushText("bad.txt", content, 400);
        assertThat(r.jsonPath().getList("accepted")).isEmpty();
        assertThat(r.jsonPath().getString("rejected[0].name")).isEqualTo("bad.txt");
        assertThat(r.jsonPath().getInt("rejected[0].line")).isEqualTo(2);
        assertThat(r.jsonPath().getString("rejected[0].field")).isEqualTo("published");
        assertThat(r.jsonPath().getString("rejected[0].error")).contains("ISO-8601");

        Response missing = pushText("missing.txt", "title: x\npublished: 2026-01-01\nsource: y\n---\nbody\n", 400);
        assertThat(missing.jsonPath().getString("rejected[0].field")).isEqualTo("url");
    }

    @Test
    void jsonBatchWritesTheValidItemsAndNamesTheBadOne() {
        String good1 = uniqueUrl("good1");
        String good2 = uniqueUrl("good2");
        List<Map<String, Object>> batch = List.of(
                Map.of("title", "Port reopens", "published", "2026-01-08T06:00:00Z", "source", "Coast Daily",
                        "url", good1, "text", "The port reopened at six.", "summary", "Port open", "language", "en"),
                Map.of("title", "Undated", "source", "Coast Daily", "url", uniqueUrl("bad"), "text", "No date here."),
                Map.of("title", "Bridge repaired", "published", "2026-01-08", "source", "Coast Daily",
                        "url", good2, "text", "Crews finished the bridge repairs overnight."));
        Response r = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(batch)
                .when().post("/api/articles").then().statusCode(400).extract().response();
        assertThat(r.jsonPath().getList("accepted.id")).containsExactly(Ids.articleId(good1), Ids.articleId(good2));
        assertThat(r.jsonPath().getList("rejected")).hasSize(1);
        assertThat(r.jsonPath().getString("rejected[0].name")).startsWith("item[1]");
        assertThat(r.jsonPath().getString("rejected[0].field")).isEqualTo("published");
        assertThat(onTopic(good1)).singleElement().satisfies(a -> {
            assertThat(a.summary()).isEqualTo("Port open");
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-08T06:00:00Z"));
        });
        assertThat(onTopic(good2)).hasSize(1);
    }

    @Test
    void singleJsonObjectAndInvalidJson() {
        String url = uniqueUrl("single");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", "One", "published", "2026-01-09", "source", "S", "url", url, "text", "Text."))
                .when().post("/api/articles").then().statusCode(200)
                .body("accepted[0].status", org.hamcrest.Matchers.is("new"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/articles").then().statusCode(400)
                .body("rejected[0].error", org.hamcrest.Matchers.containsString("not valid JSON"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", "Bad url", "published", "2026-01-09", "source", "S", "url", "mailto:x@y", "text", "T"))
                .when().post("/api/articles").then().statusCode(400)
                .body("rejected[0].field", org.hamcrest.Matchers.is("url"));
    }
}
