package dev.newsmon.alert.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.support.GreenMailResource;
import dev.newsmon.events.Topics;
import dev.newsmon.testing.KafkaBrokerResource;
import dev.newsmon.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class SubscriptionApiTest {

    static final String TOKEN = "Bearer test-token";

    @Test
    void theApiIsClosedWithoutTheToken() {
        given().get("/api/subscriptions").then().statusCode(401).body("error", containsString("missing bearer token"));
        given().header("Authorization", "Bearer wrong").get("/api/alerts").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/api/issues").then().statusCode(401);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/dashboard/").then().statusCode(200); // static, holds no data: open
    }

    @Test
    void createListGetDeleteAndTheSecretIsNeverReturned() {
        String id = given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("""
                        {"name":"ops hook","channel":"webhook","webhookUrl":"http://127.0.0.1:9/hook",
                         "secret":"a-long-enough-plain-secret","issues":["arms-pact"],"types":["UPDATE"],
                         "minConfidence":0.5,"sources":["Wire"]}""")
                .post("/api/subscriptions")
                .then().statusCode(201)
                .header("Location", containsString("/api/subscriptions/"))
                .body("id", notNullValue())
                .body("secret", nullValue())
                .body("types", hasItem("UPDATE"))
                .body("createdAt", notNullValue())
                .extract().path("id");

        given().header("Authorization", TOKEN).get("/api/subscriptions").then().statusCode(200)
                .body("id", hasItem(id)).body(not(containsString("a-long-enough-plain-secret")));
        given().header("Authorization", TOKEN).get("/api/subscriptions/" + id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("ops hook")).body("secret", nullValue());
        given().header("Authorization", TOKEN).get("/api/subscriptions/" + id + "/deliveries").then().statusCode(200);

        given().header("Authorization", TOKEN).delete("/api/subscriptions/" + id).then().statusCode(204);
        given().header("Authorization", TOKEN).get("/api/subscriptions/" + id).then().statusCode(404);
        given().header("Authorization", TOKEN).delete("/api/subscriptions/" + id).then().statusCode(404);

        // stored in the compacted topic: the value, then a tombstone
        List<TopicReader.TopicRecord> records = new TopicReader(KafkaBrokerResource.bootstrapServers())
                .waitForRecords(Topics.SUBSCRIPTIONS, 2, r -> id.equals(r.key()), Duration.ofSeconds(10));
        assertThat(records.get(0).value()).contains("a-long-enough-plain-secret");
        assertThat(records.get(1).isTombstone()).isTrue();
    }

    @Test
    void aWebhookWithoutSecretGetsAGeneratedOneOnce() {
        String secret = given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"webhookUrl\":\"http://127.0.0.1:9/hook\"}")
                .post("/api/subscriptions")
                .then().statusCode(201).body("channel", org.hamcrest.Matchers.equalTo("webhook"))
                .extract().path("secret");
        assertThat(secret).startsWith("whsec_");
    }

    @Test
    void badSubscriptionsAreRefusedNamingEveryProblem() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("""
                        {"channel":"webhook","webhookUrl":"http://10.1.2.3/hook","secret":"short",
                         "issues":["no-such-issue"],"types":["SOMETIMES"],"minConfidence":2}""")
                .post("/api/subscriptions")
                .then().statusCode(400)
                .body("problems", hasItem(containsString("webhookUrl: refused http://10.1.2.3/hook")))
                .body("problems", hasItem(containsString("secret: at least 16 characters")))
                .body("problems", hasItem(containsString("unknown issue 'no-such-issue'")))
                .body("problems", hasItem(containsString("unknown alert type 'SOMETIMES'")))
                .body("problems", hasItem(containsString("minConfidence")));

        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"channel\":\"webhook\",\"webhookUrl\":\"http://169.254.169.254/latest/meta-data\",\"secret\":\"a-long-enough-plain-secret\"}")
                .post("/api/subscriptions")
                .then().statusCode(400).body("problems[0]", containsString("link-local"));

        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"channel\":\"webhook\",\"webhookUrl\":\"file:///etc/passwd\",\"secret\":\"a-long-enough-plain-secret\"}")
                .post("/api/subscriptions")
                .then().statusCode(400).body("problems[0]", containsString("only http and https"));

        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"channel\":\"email\",\"email\":\"not an address\"}")
                .post("/api/subscriptions")
                .then().statusCode(400).body("problems[0]", containsString("is not an e-mail address"));

        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"channel\":\"pigeon\"}")
                .post("/api/subscriptions")
                .then().statusCode(400).body("problems[0]", containsString("channel: must be 'webhook' or 'email'"));
    }
}
