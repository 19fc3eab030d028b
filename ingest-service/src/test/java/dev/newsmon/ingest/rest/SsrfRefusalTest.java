package dev.newsmon.ingest.rest;

import static dev.newsmon.ingest.rest.IngestApi.TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.ingest.FixtureServer;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(StrictAddressProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class SsrfRefusalTest {

    static final FixtureServer server = new FixtureServer();

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void loopbackPrivateAndMetadataAddressesAreRefusedWithoutAnAllowList() {
        server.route("/feed", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", "<rss/>"));
        for (String url : new String[] {server.url("/feed"), "http://localhost:" + server.url("").split(":")[2] + "/feed",
                "http://[::1]/feed", "http://192.168.1.1/rss", "http://169.254.169.254/latest/meta-data/"}) {
            given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/feeds").then().statusCode(400)
                    .body("field", is("url"))
                    .body("error", containsString("refused"));
        }
        org.assertj.core.api.Assertions.assertThat(server.count("/feed")).isZero();
    }
}
