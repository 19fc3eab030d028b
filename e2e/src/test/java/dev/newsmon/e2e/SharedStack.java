package dev.newsmon.e2e;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.newsmon.events.json.Json;

/**
 * The one stack every end-to-end test class of this JVM shares, since starting a broker and three
 * services is the expensive part: started by the first class that asks, kept in JUnit's root store
 * and closed when the whole run ends. The labelled folder is replayed once; the webhook subscription
 * whose receipts {@link PipelineIT} counts is made before that replay, whichever class triggers it.
 */
final class SharedStack implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("newsmon.root", "..")).toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("demo/e2e");

    final Stack stack;
    final WebhookReceiver receiver;
    final LabelledCorpus labels;
    private List<HttpResponse<String>> replayed;

    private SharedStack(Stack stack, WebhookReceiver receiver, LabelledCorpus labels) {
        this.stack = stack;
        this.receiver = receiver;
        this.labels = labels;
    }

    private static SharedStack start() {
        Stack stack = null;
        WebhookReceiver receiver = null;
        try {
            LabelledCorpus labels = new LabelledCorpus(CORPUS);
            stack = Stack.start(ROOT, Path.of(System.getProperty("newsmon.e2e.work", "target/e2e")));
            byte[] key = new byte[24];
            new SecureRandom().nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            receiver = new WebhookReceiver(secret);
            String subscription = Json.write(Map.of("name", "e2e receiver", "channel", "webhook",
                    "webhookUrl", receiver.url(), "secret", secret));
            HttpResponse<String> created = stack.post("alert-service", "/api/subscriptions", "application/json", subscription, Map.of());
            if (created.statusCode() != 200 && created.statusCode() != 201) {
                throw new IllegalStateException("subscription create answered " + created.statusCode() + ": " + created.body());
            }
            return new SharedStack(stack, receiver, labels);
        } catch (Exception e) {
            if (receiver != null) {
                receiver.close();
            }
            if (stack != null) {
                stack.close();
            }
            throw new IllegalStateException("could not start the end-to-end stack: " + e.getMessage(), e);
        }
    }

    /** True once the labelled folder went through. */
    synchronized boolean replayed() {
        return replayed != null;
    }

    /**
     * Pushes the labelled folder through ingest-service the first time it is called and waits until
     * extract- and alert-service have processed it; later calls return the first call's responses.
     */
    synchronized List<HttpResponse<String>> replayLabelledFolderOnce() throws Exception {
        if (replayed == null) {
            List<HttpResponse<String>> responses = stack.replay(CORPUS);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(stack::caughtUp);
            replayed = responses;
        }
        return replayed;
    }

    @Override
    public void close() {
        receiver.close();
        stack.close();
    }

    /** Gives test methods (and static {@code @BeforeAll} methods) the shared stack as a parameter. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // The root store outlives every class and closes AutoCloseable values when the run ends.
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedStack.class))
                    .getOrComputeIfAbsent(SharedStack.class, k -> start(), SharedStack.class);
        }
    }
}
