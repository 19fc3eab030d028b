package dev.newsmon.dashboard.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Drives the newsmon dashboard in Debian's headless Chromium through Selenium, page by page, the
 * way an editor would: sign in, watch alerts arrive, open a timeline, subscribe. Used by this
 * module's test against {@link FakeNewsmonApi} and meant for the e2e module against the real stack
 * (depend on {@code newsmon-dashboard} with {@code <type>test-jar</type>}).
 *
 * <p>Nothing is downloaded: the browser and driver are the Debian packages (paths overridable by the
 * system properties {@code newsmon.dashboard.chromium} and {@code newsmon.dashboard.chromedriver}),
 * and the flags keep Chromium off the network, which this machine closes.
 */
public final class DashboardDriver implements AutoCloseable {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final Path screenshotDir;
    private final WebDriverWait wait;

    private DashboardDriver(ChromeDriver driver, Path userDataDir, Path screenshotDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.screenshotDir = screenshotDir;
        this.wait = waitFor(DEFAULT_WAIT);
    }

    /** Pages re-render when data arrives, so an element found a moment ago may be gone: look again. */
    private WebDriverWait waitFor(Duration timeout) {
        WebDriverWait w = new WebDriverWait(driver, timeout);
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    public static Path chromiumBinary() {
        return Path.of(System.getProperty("newsmon.dashboard.chromium", "/usr/bin/chromium"));
    }

    public static Path chromedriverBinary() {
        return Path.of(System.getProperty("newsmon.dashboard.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Why the browser test cannot run here, or empty when Chromium and ChromeDriver are installed. */
    public static Optional<String> unavailableReason() {
        for (Path binary : List.of(chromiumBinary(), chromedriverBinary())) {
            if (!Files.isExecutable(binary)) {
                return Optional.of(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does this) to run the browser test");
            }
        }
        return Optional.empty();
    }

    public static DashboardDriver start(Path screenshotDir) {
        try {
            Files.createDirectories(screenshotDir);
            Path userDataDir = Files.createTempDirectory("newsmon-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromiumBinary().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + userDataDir, "--window-size=1280,900",
                    "--lang=en-GB", "--force-color-profile=srgb", "--hide-scrollbars");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            // An explicit driver executable keeps Selenium Manager from looking for (downloading) one.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriverBinary().toFile())
                    .usingAnyFreePort()
                    .build();
            return new DashboardDriver(new ChromeDriver(service, options), userDataDir, screenshotDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver webDriver() {
        return driver;
    }

    /** Opens the dashboard (e.g. {@code http://localhost:8083/dashboard/}) and waits for its script to start. */
    public DashboardDriver open(String dashboardUrl) {
        driver.get(dashboardUrl);
        wait.until(d -> "true".equals(script("return document.documentElement.dataset.ready || ''")));
        return this;
    }

    /** Signs in with the API token (and the ingest-service address when given) and waits for the alerts page. */
    public DashboardDriver signIn(String token, String ingestUrl) {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
        if (ingestUrl != null) {
            form.findElement(By.cssSelector("details.advanced summary")).click();
            WebElement ingest = driver.findElement(By.id("ingest-url"));
            ingest.clear();
            ingest.sendKeys(ingestUrl);
        }
        WebElement tokenInput = driver.findElement(By.id("token"));
        tokenInput.clear();
        tokenInput.sendKeys(token);
        driver.findElement(By.id("sign-in-submit")).click();
        await("the alerts page after sign-in", d -> d.findElements(By.id("alert-list")).isEmpty() ? null : true);
        return this;
    }

    /** The text of the sign-in error, once one shows. */
    public String signInError() {
        return wait.until(d -> {
            String text = d.findElement(By.id("sign-in-error")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Waits until the live stream says it is connected. */
    public DashboardDriver waitUntilLive() {
        wait.until(ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "live"));
        return this;
    }

    /** Waits for the alert card with this id on the alerts page and returns it. */
    public WebElement waitForAlert(String alertId, Duration timeout) {
        return waitFor(timeout).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.alert-card[data-alert-id=\"" + alertId.replace("\"", "\\\"") + "\"]")));
    }

    /** Waits for any alert card whose text contains the given text. */
    public WebElement waitForAlertContaining(String text, Duration timeout) {
        return waitFor(timeout).until(d -> d.findElements(By.cssSelector("article.alert-card")).stream()
                .filter(card -> card.getText().contains(text)).findFirst().orElse(null));
    }

    public List<WebElement> alertCards() {
        return driver.findElements(By.cssSelector("article.alert-card"));
    }

    /** Sets the alert filters; null leaves a filter as it is, "" clears it. */
    public DashboardDriver filterAlerts(String issueId, String type) {
        showAlerts();
        if (issueId != null) new Select(driver.findElement(By.id("filter-issue"))).selectByValue(issueId);
        if (type != null) new Select(driver.findElement(By.id("filter-type"))).selectByValue(type);
        return this;
    }

    public DashboardDriver showAlerts() {
        navigate("alerts");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-list")));
        return this;
    }

    /** Opens the Timelines page, then the issue, and waits for its aspect timelines; returns them. */
    public List<WebElement> openTimeline(String issueId) {
        navigate("issues");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".issue-nav a[href=\"#/issues/" + issueId + "\"]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline-title")));
        return driver.findElements(By.cssSelector("section.aspect-timeline"));
    }

    /** Creates a webhook subscription through the form and returns its row in the table. */
    public WebElement createWebhookSubscription(String name, String webhookUrl, List<String> issueIds) {
        navigate("subscriptions");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subscription-form")));
        form.findElement(By.id("sub-name")).sendKeys(name);
        form.findElement(By.cssSelector("input[name='sub-channel'][value='webhook']")).click();
        form.findElement(By.id("sub-webhook-url")).sendKeys(webhookUrl);
        for (String issueId : issueIds) {
            form.findElement(By.cssSelector("input[name='issues'][value='" + issueId + "']")).click();
        }
        form.findElement(By.id("sub-create")).click();
        return waitForSubscriptionRow(name);
    }

    /** Creates an email subscription through the form and returns its row in the table. */
    public WebElement createEmailSubscription(String name, String email) {
        navigate("subscriptions");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subscription-form")));
        form.findElement(By.id("sub-name")).sendKeys(name);
        form.findElement(By.cssSelector("input[name='sub-channel'][value='email']")).click();
        form.findElement(By.id("sub-email")).sendKeys(email);
        form.findElement(By.id("sub-create")).click();
        return waitForSubscriptionRow(name);
    }

    private WebElement waitForSubscriptionRow(String name) {
        return await("the subscription row " + name, d -> d.findElements(By.cssSelector("#subscriptions-table tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("th")).getText().equals(name)).findFirst().orElse(null));
    }

    /** Deletes the subscription by its name (accepting the confirmation) and waits until its row is gone. */
    public DashboardDriver deleteSubscription(String name) {
        WebElement row = waitForSubscriptionRow(name);
        row.findElement(By.cssSelector("button.button-danger")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElements(By.cssSelector("#subscriptions-table tbody tr th")).stream()
                .noneMatch(th -> th.getText().equals(name)));
        return this;
    }

    /** Opens a subscription's deliveries and returns the rows of the attempts table. */
    public List<WebElement> openDeliveries(String name) {
        waitForSubscriptionRow(name).findElement(By.cssSelector("a.button-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveries-table")));
        return driver.findElements(By.cssSelector("#deliveries-table tbody tr"));
    }

    /** Opens the Feeds page and returns the rows of the feeds table. */
    public List<WebElement> openFeeds() {
        navigate("feeds");
        wait.until(d -> !d.findElements(By.id("feeds-table")).isEmpty() || !d.findElements(By.cssSelector("#view .message-error")).isEmpty()
                || d.findElement(By.id("view")).getText().contains("No feeds registered"));
        List<WebElement> errors = driver.findElements(By.cssSelector("#view .message-error"));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("feeds page shows an error: " + errors.get(0).getText());
        }
        return driver.findElements(By.cssSelector("#feeds-table tbody tr"));
    }

    /** Clicks a navigation link, as a user would (so hash routing is exercised). */
    public DashboardDriver navigate(String route) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav a[data-route='" + route + "']"))).click();
        // The router renders synchronously on hashchange and marks the link current as it does, so
        // once both hold, elements found next belong to the new page, not the one it replaced.
        wait.until(d -> ("#/" + route).equals(script("return location.hash"))
                && !d.findElements(By.cssSelector("#nav a[data-route='" + route + "'][aria-current='page']")).isEmpty());
        return this;
    }

    public DashboardDriver signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
        return this;
    }

    public DashboardDriver resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** A screenshot of the viewport, saved as {@code <screenshotDir>/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path target = screenshotDir.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page: grows the window to the page's height, shoots, restores it. */
    public Path fullPageScreenshot(String name, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(maxHeight, height.intValue() + 120)));
        script("window.scrollTo(0, 0)");
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Text on the current page whose contrast with its background is below WCAG AA (4.5:1, or 3:1
     * for large text), as "ratio text" lines. The background is the nearest opaque one up the tree;
     * hidden and screen-reader-only text is skipped. Empty means the page passes.
     */
    @SuppressWarnings("unchecked")
    public List<String> contrastViolations() {
        return (List<String>) script("""
                const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                  const p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
                const lum = ({r, g, b}) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = el => { for (let e = el; e; e = e.parentElement) {
                    const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a >= 0.99) return c; }
                  return {r: 255, g: 255, b: 255, a: 1}; };
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const el = n.parentElement;
                  if (!n.textContent.trim() || !el || el.closest('svg, .visually-hidden, [hidden]')) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue;
                  const fg = parse(style.color); const bg = background(el);
                  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
                  const ratio = (hi + 0.05) / (lo + 0.05);
                  const size = parseFloat(style.fontSize); const bold = Number(style.fontWeight) >= 700;
                  const large = size >= 24 || (bold && size >= 18.66);
                  if (ratio < (large ? 3 : 4.5)) out.push(ratio.toFixed(2) + ' ' + n.textContent.trim().slice(0, 60));
                }
                return out;
                """);
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    public Object asyncScript(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, args);
    }

    /** The browser console's messages so far (errors first thing to read when a step times out). */
    public List<String> consoleMessages() {
        List<String> messages = new ArrayList<>();
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                messages.add(entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException unsupported) {
            messages.add("(console log not available: " + unsupported.getMessage() + ")");
        }
        return messages;
    }

    /** Waits for a condition on the driver with the default timeout; a clearer failure than a bare wait. */
    public <T> T await(String what, java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("timed out waiting for " + what + " (screenshot in " + screenshotDir
                    + "); page: " + driver.findElement(By.tagName("body")).getText().replace('\n', ' ')
                    + "; browser console: " + consoleMessages(), e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
