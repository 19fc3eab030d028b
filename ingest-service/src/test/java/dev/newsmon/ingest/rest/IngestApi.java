package dev.newsmon.ingest.rest;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.KafkaBrokerResource;
import dev.newsmon.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test helpers for the REST API and the raw topic. */
final class IngestApi {

    static final String TOKEN = "test-token";

    private IngestApi() {
    }

    static String register(String url) {
        return register(Map.of("url", url));
    }

    static String register(Map<String, Object> body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .when().post("/api/feeds")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                .extract().path("id");
    }

    static Response poll(String feedId) {
        return given().auth().oauth2(TOKEN).when().post("/api/feeds/" + feedId + "/poll")
                .then().statusCode(200).extract().response();
    }

    static Response feed(String feedId) {
        return given().auth().oauth2(TOKEN).when().get("/api/feeds/" + feedId).then().statusCode(200).extract().response();
    }

    static TopicReader reader() {
        return new TopicReader(KafkaBrokerResource.bootstrapServers());
    }

    /** Every raw article on the topic that matches, read to the topic's current end. */
    static List<RawArticle> rawArticles(Predicate<RawArticle> filter) {
        return reader().readAll(Topics.ARTICLES_RAW, Duration.ofSeconds(20)).stream()
                .filter(r -> r.value() != null)
                .map(r -> Json.read(r.value(), RawArticle.class))
                .filter(filter)
                .toList();
    }

    static List<RawArticle> fromFeed(String feedUrl) {
        return rawArticles(a -> feedUrl.equals(a.feedUrl()));
    }
}
