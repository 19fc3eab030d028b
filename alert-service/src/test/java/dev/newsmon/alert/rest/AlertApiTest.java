package dev.newsmon.alert.rest;

import static dev.newsmon.alert.support.Claims.about;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.streams.StreamsNames;
import dev.newsmon.alert.support.GreenMailResource;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.KafkaBrokerResource;
import dev.newsmon.testing.TopicReader;
import dev.newsmon.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class AlertApiTest {

    @Inject
    AlertBroadcaster broadcaster;

    static final String TOKEN = "Bearer test-token";

    @TestHTTPResource("/api/alerts/stream")
    URL streamUrl;

    @Test
    void alertsTimelineStreamAndPoisonClaimsThroughTheRealBroker() throws Exception {
        TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/ready").then().body("checks.name", hasItem("newsmon-alert-state"))
                .body("checks.name", hasItem("newsmon-alert-streams"));

        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<String> firstEvent = new CompletableFuture<>();
        HttpRequest sse = HttpRequest.newBuilder(URI.create(streamUrl + "?access_token=test-token")).build();
        http.sendAsync(sse, HttpResponse.BodyHandlers.ofInputStream()).thenAccept(response -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:") && line.contains("meddling")) {
                        firstEvent.complete(line.substring(5));
                        return;
                    }
                }
            } catch (Exception e) {
                firstEvent.completeExceptionally(e);
            }
        });
        // the stream starts from "now", and alerts are read only while someone listens
        await().atMost(Duration.ofSeconds(10)).until(() -> broadcaster.listeners() == 1);

        Claim alleged = about("meddling").aspect("allegation").in("api-1", "Wire", "2021-03-01").state("alleged").build();
        Claim accepted = about("meddling").aspect("allegation").in("api-2", "Daily", "2021-06-01").state("accepted").build();
        Claim denied = about("meddling").aspect("allegation").in("api-3", "Herald", "2021-06-03").state("denied").build();
        try (TopicWriter writer = new TopicWriter(KafkaBrokerResource.bootstrapServers())) {
            writer.send(Topics.CLAIMS, "meddling", "{\"claimId\": 42, broken");
            writer.send(Topics.CLAIMS, "meddling", Json.write(alleged));
            writer.send(Topics.CLAIMS, "meddling", Json.write(accepted));
            writer.send(Topics.CLAIMS, "meddling", Json.write(denied));
            writer.send(Topics.CLAIMS, "meddling", Json.write(denied)); // duplicate input
        }

        List<TopicReader.TopicRecord> alerts = reader.waitForRecords(Topics.ALERTS, 2,
                r -> r.value() != null && r.value().contains("api-2") || r.value() != null && r.value().contains("api-3"), Duration.ofSeconds(30));
        assertThat(alerts).hasSize(2);
        assertThat(alerts).allMatch(r -> "meddling".equals(r.key()));

        List<TopicReader.TopicRecord> dead = reader.waitForRecords(Topics.CLAIMS_DLQ, 1,
                r -> r.value() != null && r.value().contains("broken"), Duration.ofSeconds(10));
        assertThat(dead.get(0).header(StreamsNames.DLQ_REASON_HEADER)).startsWith("not a valid Claim");

        assertThat(firstEvent.get(20, TimeUnit.SECONDS)).contains("\"issue\":\"meddling\"");
        // the client closed its stream after the first event: the broadcaster stops reading alerts for it
        await().atMost(Duration.ofSeconds(10)).until(() -> broadcaster.listeners() == 0);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("Authorization", TOKEN).get("/api/alerts?issue=meddling")
                        .then().statusCode(200).body("size()", equalTo(2)).body("[0].type", equalTo("CONTRADICTION"))
                        .body("[1].type", equalTo("UPDATE")));
        given().header("Authorization", TOKEN).get("/api/alerts?issue=meddling&type=UPDATE&limit=5")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].summary", containsString("accepted (2021-06-01, Daily)"));
        given().header("Authorization", TOKEN).get("/api/alerts?since=2999-01-01").then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", TOKEN).get("/api/alerts?type=MAYBE").then().statusCode(400).body("error", containsString("type"));
        given().header("Authorization", TOKEN).get("/api/alerts?since=yesterday").then().statusCode(400).body("error", containsString("since"));

        given().header("Authorization", TOKEN).get("/api/issues/meddling/timeline").then().statusCode(200)
                .body("aspects[0].aspect", equalTo("allegation"))
                .body("aspects[0].states.state", equalTo(List.of("alleged", "accepted", "denied")))
                .body("aspects[0].current.sources", hasItem("Herald"))
                .body("aspects[0].claims.size()", equalTo(3));
        given().header("Authorization", TOKEN).get("/api/issues").then().statusCode(200).body("id", hasItem("meddling"));
        given().header("Authorization", TOKEN).get("/api/issues/atlantis/timeline").then().statusCode(404);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("newsmon_alert_alerts_total").contains("newsmon_alert_claims_processed_total")
                .contains("newsmon_alert_end_to_end_latency_seconds_bucket").contains("newsmon_alert_claims_rejected_total");
    }
}
