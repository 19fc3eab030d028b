package dev.newsmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.newsmon.dashboard.testing.DashboardDriver;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.TopicReader.TopicRecord;

/**
 * The dashboard in headless Chromium against the real stack (packaged services, real broker): it is
 * served by alert-service, signed in with the API token, sees the alerts of the labelled replay arrive
 * over the live stream, opens an issue timeline, creates and deletes a webhook subscription, reads
 * ingest-service's feeds across origins, and saves screenshots to {@code e2e/target/screenshots/}.
 */
@ExtendWith(SharedStack.Extension.class)
@Order(1)
class DashboardIT {

    static final Path SCREENSHOTS = SharedStack.ROOT.resolve("e2e/target/screenshots");

    @Test
    void liveAlertsTimelineSubscriptionAndFeedsInARealBrowser(SharedStack shared) throws Exception {
        // Here rather than in @BeforeAll, so the report counts a skipped test and shows why (the stack is
        // started anyway, for PipelineIT).
        Optional<String> missing = DashboardDriver.unavailableReason();
        if (missing.isPresent()) {
            System.out.println("DashboardIT skipped: " + missing.get());
        }
        assumeTrue(missing.isEmpty(), () -> "DashboardIT skipped: " + missing.orElse(""));
        Stack stack = shared.stack;
        String alertBase = stack.services.get("alert-service").baseUrl();
        try (DashboardDriver browser = DashboardDriver.start(SCREENSHOTS)) {
            // Without the slash on purpose: alert-service redirects, and config.json tells the page where ingest is.
            browser.open(alertBase + "/dashboard").signIn(stack.token, null).waitUntilLive();
            assertThat(browser.webDriver().getCurrentUrl()).startsWith(alertBase + "/dashboard/")
                    .doesNotContain(stack.token);

            boolean live = !shared.replayed();
            if (live) {
                assertThat(browser.alertCards()).as("no alert before the replay").isEmpty();
                shared.replayLabelledFolderOnce();
            } else {
                System.out.println("DashboardIT: the labelled folder was replayed before the page opened (class order?),"
                        + " so its alerts are checked as loaded, not as they arrive live");
            }
            List<Alert> alerts = alerts(stack);
            assertThat(alerts).as("alerts raised by the replay").isNotEmpty();
            for (Alert alert : alerts) {
                WebElement card = browser.waitForAlert(alert.alertId(), Duration.ofSeconds(60));
                assertThat(card.getText()).contains(alert.current().source());
            }
            // Arrived over the stream without a reload: the page is still the one signed in to.
            assertThat(browser.alertCards()).hasSize(alerts.size());
            browser.screenshot("dashboard-live-alerts");
            browser.fullPageScreenshot("dashboard-live-alerts-full", 2400);

            Alert update = alerts.stream().filter(a -> a.type() == AlertType.UPDATE).findFirst().orElse(alerts.get(0));
            List<WebElement> aspects = browser.openTimeline(update.issue());
            assertThat(aspects).as("aspect timelines of %s", update.issue()).isNotEmpty();
            String timeline = browser.webDriver().findElement(By.id("view")).getText();
            assertThat(timeline).contains(update.current().source()).contains(update.previous().source());
            browser.fullPageScreenshot("dashboard-live-timeline", 2400);

            byte[] key = new byte[24];
            new SecureRandom().nextBytes(key);
            try (WebhookReceiver other = new WebhookReceiver("whsec_" + Base64.getEncoder().encodeToString(key))) {
                String name = "dashboard e2e webhook";
                WebElement row = browser.createWebhookSubscription(name, other.url(), List.of(update.issue()));
                String listed = stack.get("alert-service", "/api/subscriptions").body();
                assertThat(listed).contains(name).contains(other.url());
                browser.fullPageScreenshot("dashboard-live-subscriptions", 2400);
                // It only receives alerts detected after it was made, and none came: no attempt to list.
                row.findElement(By.cssSelector("a.button-link")).click();
                browser.await("the deliveries page of " + name, d ->
                        d.findElement(By.id("view")).getText().contains("No delivery attempts yet.") ? true : null);
                browser.navigate("subscriptions").deleteSubscription(name);
                assertThat(stack.get("alert-service", "/api/subscriptions").body()).doesNotContain(other.url());
            }

            checkFeedsPage(browser, stack);
            assertThat(live).as("alerts seen arriving live (DashboardIT must run before PipelineIT)").isTrue();
        }
    }

    /**
     * The Feeds page reads ingest-service from another origin, so it also checks that ingest-service
     * allows the dashboard's origin by CORS (NEWSMON_DASHBOARD_ORIGINS) and answers the token.
     */
    private static void checkFeedsPage(DashboardDriver browser, Stack stack) {
        String ingest = stack.services.get("ingest-service").baseUrl();
        try {
            browser.openFeeds();
        } catch (IllegalStateException e) {
            throw new AssertionError("the Feeds page could not read " + ingest + "/api/feeds: " + e.getMessage()
                    + " (does ingest-service allow the dashboard's origin by CORS, NEWSMON_DASHBOARD_ORIGINS?)", e);
        }
        assertThat(browser.webDriver().findElement(By.id("view")).getText()).contains(ingest + "/api/feeds");
        browser.screenshot("dashboard-live-feeds");
    }

    private static List<Alert> alerts(Stack stack) {
        return stack.reader.readAll(Topics.ALERTS).stream()
                .map(TopicRecord::value).map(v -> Json.read(v, Alert.class))
                .collect(Collectors.toMap(Alert::alertId, Function.identity(), (a, b) -> a))
                .values().stream().toList();
    }
}
