package dev.newsmon.dashboard;

import dev.newsmon.dashboard.testing.DashboardDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard against a running stack ({@code ./newsmon up}), opt-in: runs only with
 * {@code -Dnewsmon.dashboard.url=http://127.0.0.1:8083/dashboard/ -Dnewsmon.dashboard.token=$(./newsmon token)},
 * optionally {@code -Dnewsmon.dashboard.ingest=http://127.0.0.1:8081} and
 * {@code -Dnewsmon.dashboard.replay="./newsmon replay demo/timeline"} (run from the repository root once
 * the page is live, so alerts arrive over the real SSE stream). The e2e module's variant does the same
 * inside {@code ./mvnw verify}.
 */
@EnabledIfSystemProperty(named = "newsmon.dashboard.url", matches = ".+")
class LiveStackDashboardTest {

    @Test
    void theDashboardWorksAgainstTheRunningStack() throws Exception {
        Path screenshots = Path.of(System.getProperty("newsmon.dashboard.screenshots", "target/screenshots")).resolve("live");
        try (DashboardDriver browser = DashboardDriver.start(screenshots)) {
            browser.open(System.getProperty("newsmon.dashboard.url"))
                    .signIn(System.getProperty("newsmon.dashboard.token"), System.getProperty("newsmon.dashboard.ingest"))
                    .waitUntilLive();
            String replay = System.getProperty("newsmon.dashboard.replay", "");
            if (!replay.isBlank()) {
                new ProcessBuilder("bash", "-c", replay).directory(new File(System.getProperty("newsmon.dashboard.root", "..")))
                        .redirectErrorStream(true).redirectOutput(screenshots.resolve("replay.log").toFile()).start();
            }
            browser.await("a first alert", d -> d.findElements(By.cssSelector("article.alert-card")).stream()
                    .findFirst().orElse(null));
            Thread.sleep(8_000); // let the rest of a replay arrive before the screenshot
            browser.fullPageScreenshot("alerts", 4000);
            List<WebElement> cards = browser.alertCards();
            assertThat(cards.get(0).findElements(By.cssSelector("blockquote"))).hasSize(2);

            String issue = browser.script("return arguments[0].querySelector('h3').textContent", cards.get(0)).toString();
            browser.navigate("issues");
            WebElement summary = browser.await("the issues table", d -> d.findElements(By.id("issues-table")).stream().findFirst().orElse(null));
            assertThat(summary.getText()).isNotBlank();
            browser.screenshot("issues");
            String issueId = browser.script("return [...document.querySelectorAll('.issue-nav a')]"
                    + ".find(a => arguments[0].startsWith(a.textContent)).getAttribute('href').split('/').pop()", issue).toString();
            List<WebElement> aspects = browser.openTimeline(issueId);
            assertThat(aspects).isNotEmpty();
            browser.fullPageScreenshot("timeline", 4000);

            WebElement row = browser.createWebhookSubscription("dashboard smoke test", "http://127.0.0.1:9/newsmon-smoke", List.of(issueId));
            assertThat(row.getText()).contains("http://127.0.0.1:9/newsmon-smoke");
            browser.fullPageScreenshot("subscriptions", 4000);
            browser.deleteSubscription("dashboard smoke test");

            if (System.getProperty("newsmon.dashboard.ingest") != null) {
                browser.openFeeds();
                browser.screenshot("feeds");
            }
            assertThat(browser.contrastViolations()).isEmpty();
            System.out.println("[dashboard] live stack: " + cards.size() + " alerts; console: " + browser.consoleMessages());
        }
    }
}
