package dev.newsmon.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.dashboard.testing.DashboardDriver;
import dev.newsmon.dashboard.testing.FakeNewsmonApi;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium against {@link FakeNewsmonApi}: sign in, an alert
 * arriving live over SSE, an issue timeline, subscriptions and deliveries, feeds across origins,
 * phone width. Screenshots land in {@code target/screenshots/}. Skipped, saying why, when Debian's
 * chromium and chromium-driver are not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "browserInstalled",
        disabledReason = "Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)")
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("newsmon.dashboard.screenshots", "target/screenshots"));
    private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(10);

    private static FakeNewsmonApi api;
    private static DashboardDriver browser;

    /** Says why on stderr too, since a skipped class is easy to miss in a long build log. */
    static boolean browserInstalled() {
        var missing = DashboardDriver.unavailableReason();
        missing.ifPresent(reason -> System.err.println("[dashboard] browser test skipped: " + reason));
        return missing.isEmpty();
    }

    @BeforeAll
    static void startBrowserAndApi() throws Exception {
        api = FakeNewsmonApi.start();
        seed(api);
        browser = DashboardDriver.start(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (api != null) api.close();
    }

    @Test
    @Order(1)
    void aWrongTokenIsRefusedWithAClearMessageAndNeverPutInTheUrl() {
        browser.open(api.dashboardUrl());
        browser.webDriver().findElement(By.id("token")).sendKeys("not-the-token");
        browser.webDriver().findElement(By.id("sign-in-submit")).click();

        assertThat(browser.signInError()).contains("not accepted");
        assertThat(browser.webDriver().getCurrentUrl()).doesNotContain("not-the-token");
        assertThat(browser.webDriver().findElement(By.id("token")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    @Order(2)
    void signedInTheExistingAlertsShowWithHighlightedEvidenceAndANewOneArrivesLive() {
        browser.open(api.dashboardUrl()).signIn(FakeNewsmonApi.TOKEN, null).waitUntilLive();
        WebElement existing = browser.waitForAlert("alert-inf-1", LIVE_TIMEOUT);
        assertThat(existing.getText())
                .contains("INF treaty", "withdrawal announced", "suspended", "Example Gazette", "Northern Ledger");
        assertThat(existing.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList())
                .contains("suspended", "withdraw", "INF treaty");
        assertThat(existing.findElements(By.cssSelector("figcaption a")).stream().map(a -> a.getAttribute("href")).toList())
                .containsExactly("https://gazette.example/inf-withdrawal", "https://ledger.example/inf-suspended");
        assertThat(api.openStreams()).isEqualTo(1);

        api.publish(meetingContradiction());

        WebElement live = browser.waitForAlert("alert-summit-1", LIVE_TIMEOUT);
        assertThat(live.getText()).containsIgnoringCase("Contradiction").contains("postponed", "cancelled", "Harbour Times", "River Post");
        assertThat(live.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList()).contains("cancelled", "postponed");
        assertThat(browser.alertCards().get(0).getAttribute("data-alert-id"))
                .as("newest first").isEqualTo("alert-summit-1");
        assertThat(browser.webDriver().findElement(By.id("announcer")).getText()).isNotBlank();
        browser.screenshot("alerts");
        browser.fullPageScreenshot("alerts-full", 2400);
    }

    @Test
    @Order(3)
    void filtersNarrowTheList() {
        browser.filterAlerts("", "CONTRADICTION");
        browser.await("only contradictions", d -> browser.alertCards().size() == 1 ? true : null);
        assertThat(browser.alertCards().get(0).getAttribute("data-alert-id")).isEqualTo("alert-summit-1");

        browser.filterAlerts("inf-treaty", "");
        browser.await("only INF alerts", d -> browser.alertCards().size() == 1
                && "alert-inf-1".equals(browser.alertCards().get(0).getAttribute("data-alert-id")) ? true : null);

        browser.filterAlerts("", "");
        browser.script("const from = document.getElementById('filter-from'); from.value = '2026-01-01';"
                + "from.dispatchEvent(new Event('change', {bubbles: true}))");
        browser.await("only alerts about 2026", d -> browser.alertCards().size() == 1
                && "alert-summit-1".equals(browser.alertCards().get(0).getAttribute("data-alert-id")) ? true : null);

        browser.webDriver().findElement(By.cssSelector(".filters button[type=reset]")).click();
        browser.await("all alerts again", d -> browser.alertCards().size() == 2 ? true : null);
    }

    @Test
    @Order(4)
    void anAlertRaisedWhileTheStreamWasDownAppearsAfterTheReconnect() {
        api.dropStreams();
        api.addExisting(new Alert("alert-start-1", AlertType.UPDATE, "new-start", "New START treaty", "status",
                "New START treaty: extended (2026-02-04, Wire Desk); earlier: extension uncertain (2026-01-10, River Post)",
                Instant.parse("2026-11-22T12:00:00Z"),
                claim("c-start-1", "new-start", "status", "extension-uncertain", "River Post", "https://river.example/start-doubt",
                        "Doubts over arms pact", "2026-01-10T08:00:00Z", LocalDate.parse("2026-01-10"),
                        "Whether New START will be extended before it runs out remains unclear.", null, Modality.HEDGED),
                claim("c-start-2", "new-start", "status", "extended", "Wire Desk", "https://wire.example/start-extended",
                        "Arms pact extended", "2026-02-04T08:00:00Z", LocalDate.parse("2026-02-04"),
                        "Both sides extended New START by one year on Wednesday.", null, Modality.ASSERTED),
                List.of()));

        WebElement caughtUp = browser.waitForAlert("alert-start-1", Duration.ofSeconds(20));
        assertThat(caughtUp.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList())
                .contains("extended", "START");
        browser.waitUntilLive();
        assertThat(api.openStreams()).isEqualTo(1);
        assertThat(browser.alertCards()).hasSize(3);
    }

    @Test
    @Order(5)
    void anIssueTimelineShowsEachStateWithItsSourcesAndMarksContradictions() {
        browser.navigate("issues");
        WebElement summary = browser.await("the issues table", d -> d.findElements(By.id("issues-table")).stream().findFirst().orElse(null));
        assertThat(summary.getText()).contains("Leaders' meeting", "next meeting", "cancelled", "INF treaty", "suspended", "nothing known yet");

        List<WebElement> aspects = browser.openTimeline("summit-meeting");

        assertThat(aspects).hasSize(1);
        List<WebElement> periods = aspects.get(0).findElements(By.cssSelector("ol.timeline > li.period"));
        assertThat(periods).extracting(p -> p.getAttribute("data-state")).containsExactly("scheduled", "postponed", "cancelled");
        assertThat(periods.get(0).getText()).contains("2 sources", "Harbour Times", "Wire Desk");
        assertThat(periods.get(2).getAttribute("class")).contains("period-contradiction");
        assertThat(periods.get(2).getText()).contains("Contradiction");
        assertThat(aspects.get(0).findElements(By.cssSelector("svg.timeline-chart rect"))).hasSize(3);
        WebElement others = aspects.get(0).findElement(By.cssSelector("details.others"));
        assertThat(others.getText()).contains("1 report that changed no state");
        others.findElement(By.tagName("summary")).click();
        assertThat(others.getText()).contains("not cancelled", "An aide denied", "negated, denied");
        browser.fullPageScreenshot("timeline", 2000);
    }

    @Test
    @Order(6)
    void aSubscriptionIsCreatedItsDeliveriesShowFailuresAndItCanBeDeleted() {
        WebElement row = browser.createWebhookSubscription("Arms control desk", "https://hooks.example/newsmon", List.of("inf-treaty", "new-start"));

        assertThat(row.getText()).contains("webhook", "https://hooks.example/newsmon", "INF treaty", "New START treaty");
        assertThat(browser.webDriver().findElement(By.id("generated-secret")).getText())
                .as("the secret alert-service generated is shown once").contains(FakeNewsmonApi.GENERATED_SECRET);
        JsonNode stored = api.subscriptions().get(0);
        assertThat(stored.get("channel").asText()).isEqualTo("webhook");
        assertThat(stored.get("webhookUrl").asText()).isEqualTo("https://hooks.example/newsmon");
        assertThat(stored.get("issues")).extracting(JsonNode::asText).containsExactlyInAnyOrder("inf-treaty", "new-start");
        assertThat(stored.get("types")).extracting(JsonNode::asText).containsExactly("UPDATE", "CONTRADICTION");
        browser.fullPageScreenshot("subscriptions", 2400);

        List<WebElement> deliveries = browser.openDeliveries("Arms control desk");
        assertThat(deliveries).hasSize(6);
        assertThat(browser.webDriver().findElements(By.cssSelector("#deliveries-table tr.row-failure"))).hasSize(3);
        assertThat(browser.webDriver().findElement(By.id("view")).getText()).contains("6 attempts, 3 failed", "503");
        browser.screenshot("deliveries");

        browser.navigate("subscriptions");
        browser.createEmailSubscription("Editor on duty", "desk@example.org");
        browser.deleteSubscription("Arms control desk");
        assertThat(api.subscriptions()).extracting(s -> s.get("name").asText()).containsExactly("Editor on duty");
    }

    @Test
    @Order(7)
    void anInvalidSubscriptionIsExplainedFieldByField() {
        browser.navigate("subscriptions");
        WebElement form = browser.await("the form", d -> d.findElements(By.id("subscription-form")).stream().findFirst().orElse(null));
        form.findElement(By.id("sub-webhook-url")).sendKeys("ftp://nowhere");
        form.findElement(By.id("sub-create")).click();

        assertThat(form.findElement(By.id("sub-name-error")).getText()).contains("name");
        assertThat(form.findElement(By.id("sub-webhook-url-error")).getText()).contains("http://");
        assertThat(browser.webDriver().switchTo().activeElement().getAttribute("id")).isEqualTo("sub-name");
        assertThat(api.subscriptions()).hasSize(1);
    }

    @Test
    @Order(8)
    void feedsComeFromIngestServiceOnAnotherOrigin() {
        List<WebElement> rows = browser.openFeeds();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Example Gazette", "OK", "42");
        assertThat(rows.get(1).getText().toLowerCase()).contains("broken feed", "failing", "http 500");
        assertThat(rows.get(1).getAttribute("class")).contains("row-failure");
        browser.screenshot("feeds");
    }

    @Test
    @Order(9)
    void atPhoneWidthNothingOverflowsSideways() {
        browser.resize(390, 844).showAlerts();
        browser.waitForAlert("alert-inf-1", LIVE_TIMEOUT);
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        browser.screenshot("alerts-phone");
        browser.fullPageScreenshot("alerts-phone-full", 5000);
        browser.navigate("feeds");
        browser.await("feeds table", d -> d.findElements(By.id("feeds-table")).isEmpty() ? null : true);
        Number feedsOverflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(feedsOverflow.intValue()).isLessThanOrEqualTo(0);
        browser.screenshot("feeds-phone");
        browser.navigate("issues");
        browser.openTimeline("summit-meeting");
        Number timelineOverflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(timelineOverflow.intValue()).isLessThanOrEqualTo(0);
        browser.fullPageScreenshot("timeline-phone-full", 5000);
        browser.resize(1280, 900);
    }

    @Test
    @Order(10)
    void everyPageHasLandmarksKeyboardAccessAndAaContrast() {
        for (String route : List.of("alerts", "issues", "subscriptions", "feeds")) {
            browser.navigate(route);
            browser.await(route + " content", d -> d.findElements(By.cssSelector("#view h1")).isEmpty() ? null : true);
            browser.await(route + " data", d -> d.findElements(By.cssSelector("#view .message")).stream()
                    .noneMatch(m -> m.getText().startsWith("Loading")) ? true : null);
            assertThat(browser.contrastViolations()).as("text below WCAG AA contrast on " + route).isEmpty();
        }
        browser.navigate("issues");
        browser.openTimeline("summit-meeting");
        assertThat(browser.contrastViolations()).as("text below WCAG AA contrast on a timeline").isEmpty();

        for (String landmark : List.of("header", "nav", "main", "footer")) {
            assertThat(browser.webDriver().findElements(By.tagName(landmark))).as(landmark).isNotEmpty();
        }
        assertThat(browser.webDriver().findElements(By.cssSelector("#view input:not([type=hidden]), #view select")).stream()
                .filter(input -> input.getAttribute("id") == null
                        || browser.webDriver().findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).isEmpty())
                .filter(input -> input.findElements(By.xpath("ancestor::label")).isEmpty())
                .toList()).as("form controls without a label").isEmpty();

        // Keyboard: on a fresh load (still signed in: the token is in this tab's sessionStorage), Tab
        // reaches the skip link first, and it moves focus to main.
        browser.open(api.dashboardUrl());
        browser.await("the alerts page", d -> d.findElements(By.id("alert-list")).isEmpty() ? null : true);
        browser.webDriver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.webDriver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.webDriver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    @Order(11)
    void theStreamParserJoinsEventsSplitAnywhere() {
        String script = """
                const done = arguments[arguments.length - 1];
                import('./js/api.js').then(({createSseParser}) => {
                  const events = [];
                  const parser = createSseParser(e => events.push(e));
                  const text = ': hello\\r\\n\\r\\nevent: alert\\r\\ndata: {"a":\\r\\ndata: 1}\\r\\n\\r\\ndata: two\\n\\n';
                  for (const ch of text) parser.push(new TextEncoder().encode(ch));
                  done(JSON.stringify(events));
                }).catch(e => done('error ' + e));
                """;
        Object result = browser.asyncScript(script);
        assertThat(result.toString()).isEqualTo("[{\"event\":\"alert\",\"data\":\"{\\\"a\\\":\\n1}\",\"id\":\"\"},{\"event\":\"message\",\"data\":\"two\",\"id\":\"\"}]");
    }

    @Test
    @Order(12)
    void highlightingMarksStateWordsAndAcronymsOnlyInCapitals() {
        String script = """
                const done = arguments[arguments.length - 1];
                import('./js/highlight.js').then(({highlight, highlightTerms}) => {
                  const terms = highlightTerms('suspended', {cues: ['suspension of'], issueName: 'New START treaty', issueTerms: ['Strategic Arms Reduction Treaty']});
                  const div = document.createElement('div');
                  div.append(highlight('Talks on New START will start after the suspension of the arms reduction treaty; the New START treaty was suspended.', terms));
                  done([...div.querySelectorAll('mark')].map(m => m.textContent).join('|'));
                }).catch(e => done('error ' + e));
                """;
        assertThat(browser.asyncScript(script)).isEqualTo("START|suspension of|treaty|New START treaty|suspended");
    }

    @Test
    @Order(13)
    void signingOutForgetsTheTokenAndNoCallWentWithoutIt() {
        assertThat(browser.consoleMessages()).as("script errors or CSP violations in the console")
                .filteredOn(m -> m.startsWith("SEVERE") && !m.contains("status of 401"))
                .isEmpty();
        browser.signOut();
        assertThat(browser.script("return sessionStorage.getItem('newsmon.token')")).isNull();
        assertThat(api.unauthorizedRequests()).as("only the wrong-token sign-in was refused")
                .allMatch(r -> r.startsWith("GET /api/issues"));
    }

    @Test
    @Order(99)
    void signingInWhileAlertServiceWarmsUpShowsTheErrorAndRecoversOnRetry() {
        api.failNextIssueCalls(2);
        browser.signIn(FakeNewsmonApi.TOKEN, null);

        WebElement error = browser.await("the warming-up error", d -> d.findElements(By.cssSelector("#view .message-error")).stream().findFirst().orElse(null));
        assertThat(error.getText()).contains("HTTP 503", "not queryable yet");
        error.findElement(By.tagName("button")).click();
        browser.await("the filters with every issue", d -> d.findElements(By.cssSelector("#filter-issue option")).size() == 12 ? true : null);
        assertThat(browser.webDriver().findElements(By.cssSelector("#view .message-error"))).isEmpty();
    }

    private static void seed(FakeNewsmonApi api) throws Exception {
        Claim infAnnounced = claim("c-inf-1", "inf-treaty", "status", "withdrawal-announced", "Example Gazette",
                "https://gazette.example/inf-withdrawal", "Washington signals exit from missile pact",
                "2018-10-21T09:00:00Z", LocalDate.parse("2018-10-20"),
                "The president said the United States will withdraw from the INF treaty, accusing Moscow of cheating.",
                null, Modality.EXPECTED);
        Claim infSuspended = claim("c-inf-2", "inf-treaty", "status", "suspended", "Northern Ledger",
                "https://ledger.example/inf-suspended", "Missile pact suspended",
                "2019-02-02T15:00:00Z", LocalDate.parse("2019-02-02"),
                "On Saturday Washington suspended its obligations under the INF treaty, the State Department said.",
                "the State Department", Modality.ASSERTED);
        api.addExisting(new Alert("alert-inf-1", AlertType.UPDATE, "inf-treaty", "INF treaty", "status",
                "INF treaty: suspended (2019-02-02, Northern Ledger); earlier: withdrawal announced (2018-10-20, Example Gazette)",
                Instant.parse("2026-11-22T10:00:00Z"), infAnnounced, infSuspended, List.of("Wire Desk")));
        for (Claim c : List.of(infAnnounced, infSuspended)) {
            api.addTimelineClaim(c);
        }
        api.addTimelineClaim(claim("c-sum-0", "summit-meeting", "next-meeting", "scheduled", "Harbour Times",
                "https://harbour.example/summit-set", "Leaders to meet in Helsinki", "2026-06-01T08:00:00Z",
                LocalDate.parse("2026-06-01"), "The two presidents are set to meet at a summit in July.", null, Modality.EXPECTED));
        api.addTimelineClaim(claim("c-sum-0b", "summit-meeting", "next-meeting", "scheduled", "Wire Desk",
                "https://wire.example/summit-confirmed", "Summit date confirmed", "2026-06-03T08:00:00Z",
                LocalDate.parse("2026-06-03"), "Aides confirmed the summit is scheduled for mid-July.", null, Modality.EXPECTED));
        api.addTimelineClaim(new Claim("c-sum-neg", "a-c-sum-neg", 1, "https://wire.example/no-cancel", "No plan to cancel", "Wire Desk",
                Instant.parse("2026-06-20T08:00:00Z"), "summit-meeting", "next-meeting", "cancelled", Polarity.NEGATED, Modality.DENIED,
                "an aide", LocalDate.parse("2026-06-20"), "day",
                new Evidence("An aide denied that the summit had been cancelled.", 0, 50), 0.7, Instant.parse("2026-06-20T08:00:00Z")));
        Alert contradiction = meetingContradiction();
        api.addTimelineClaim(contradiction.previous());
        api.addTimelineClaim(contradiction.current());

        api.addFeed(feed("f-1", "https://gazette.example/rss.xml", "Example Gazette world news", "ok", "not_modified", null, 42));
        api.addFeed(feed("f-2", "https://broken.example/feed", "Broken Feed", "failing", "http_error", "HTTP 500 from broken.example", 0));
        Files.createDirectories(SCREENSHOTS);
    }

    /** A feed as ingest-service's FeedView shows it. */
    static ObjectNode feed(String id, String url, String name, String health, String outcome, String error, long items) {
        return Json.MAPPER.createObjectNode().put("id", id).put("url", url).put("name", name).putNull("publisher")
                .putNull("pollIntervalSeconds").put("fullText", false).put("createdAt", "2026-11-20T08:00:00Z").put("origin", "api")
                .put("health", health).put("lastFetchAt", "2026-11-22T09:55:00Z").put("lastSuccessAt", error == null ? "2026-11-22T09:55:00Z" : null)
                .put("lastErrorAt", error == null ? null : "2026-11-22T09:55:00Z").put("lastError", error).put("lastOutcome", outcome)
                .put("lastStatus", error == null ? 304 : 500).put("consecutiveFailures", error == null ? 0 : 4).put("itemsLastFetch", 20)
                .put("newItemsLastFetch", 0).put("itemsPublished", items).put("nextPollAt", "2026-11-22T10:05:00Z")
                .putNull("feedTitle").put("polledHere", true);
    }

    static Alert meetingContradiction() {
        Claim postponed = claim("c-sum-1", "summit-meeting", "next-meeting", "postponed", "Harbour Times",
                "https://harbour.example/summit-postponed", "Summit pushed back", "2026-07-10T08:00:00Z",
                LocalDate.parse("2026-07-10"), "The summit between the two leaders was postponed by a week, officials said.",
                "officials", Modality.ASSERTED);
        Claim cancelled = claim("c-sum-2", "summit-meeting", "next-meeting", "cancelled", "River Post",
                "https://river.example/summit-off", "Summit called off", "2026-07-11T12:00:00Z",
                LocalDate.parse("2026-07-11"), "The Kremlin said the summit was cancelled, not postponed.",
                "the Kremlin", Modality.ASSERTED);
        return new Alert("alert-summit-1", AlertType.CONTRADICTION, "summit-meeting", "Leaders' meeting", "next-meeting",
                "Leaders' meeting: cancelled (2026-07-11, River Post) contradicts postponed (2026-07-10, Harbour Times)",
                Instant.parse("2026-11-22T11:00:00Z"), postponed, cancelled, List.of());
    }

    static Claim claim(String id, String issue, String aspect, String state, String source, String url, String title,
                       String published, LocalDate eventDate, String sentence, String attributedTo, Modality modality) {
        return new Claim(id, "a-" + id, 1, url, title, source, Instant.parse(published), issue, aspect, state,
                Polarity.AFFIRMED, modality, attributedTo, eventDate, "day", new Evidence(sentence, 0, sentence.length()),
                0.9, Instant.parse(published));
    }
}
