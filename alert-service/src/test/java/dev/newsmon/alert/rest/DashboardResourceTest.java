package dev.newsmon.alert.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

import dev.newsmon.alert.support.GreenMailResource;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the dashboard needs from alert-service beyond its static files. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class DashboardResourceTest {

    static final String TOKEN = "Bearer test-token";

    @Test
    void dashboardWithoutSlashRedirectsToThePage() {
        given().redirects().follow(false).get("/dashboard").then()
                .statusCode(301).header("Location", endsWith("/dashboard/"));
        given().get("/dashboard/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("newsmon"));
    }

    @Test
    void configNamesIngestServiceWithoutAToken() {
        given().get("/dashboard/config.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", containsString("no-store"))
                .body("ingestUrl", equalTo("http://ingest.example:8081"));
    }

    @Test
    void theApiStillNeedsTheToken() {
        given().get("/api/issues").then().statusCode(401);
    }

    @Test
    void issuesCarryDescriptionAliasesAndStateVocabularies() {
        given().header("Authorization", TOKEN).get("/api/issues").then().statusCode(200)
                .body("find { it.id == 'arms-pact' }.aliases", contains("arms pact"))
                .body("find { it.id == 'arms-pact' }.aspects[0].aspect", equalTo("status"))
                .body("find { it.id == 'arms-pact' }.aspects[0].states.id", hasItem("withdrawal-announced"))
                .body("find { it.id == 'arms-pact' }.aspects[0].states.find { it.id == 'withdrawal-announced' }.label",
                        equalTo("withdrawal announced"))
                .body("find { it.id == 'arms-pact' }.aspects[0].states.find { it.id == 'withdrawal-announced' }.planned",
                        equalTo(true))
                .body("find { it.id == 'arms-pact' }.aspects[0].states.find { it.id == 'suspended' }.planned",
                        equalTo(false))
                .body("find { it.id == 'arms-pact' }.description", equalTo("A made-up arms control pact."))
                .body("find { it.id == 'arms-pact' }.aspects[0].states.find { it.id == 'suspended' }.cues", empty())
                .body("find { it.id == 'leaders-meeting' }.aliases", contains("summit"))
                .body("find { it.id == 'leaders-meeting' }.exactAliases", empty());
    }
}
