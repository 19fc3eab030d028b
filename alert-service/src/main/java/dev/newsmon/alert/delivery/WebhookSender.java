package dev.newsmon.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.net.RefusedAddressException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Posts the alert JSON, signed per Standard Webhooks, with Vert.x's non-blocking HTTP client (one client for the
 * service, on Quarkus' event loops): connect and whole-request timeouts bound every attempt, redirects are not
 * followed (a redirect could lead past the address guard), and the guard is checked again at each attempt because
 * DNS answers change.
 *
 * <p>Why not the JDK's {@code HttpClient} (used until 2026-11-23): it completes every {@code sendAsync} future through
 * {@code CompletableFuture}'s default executor, which on a machine with fewer than three cores is a new thread per
 * task, so each delivery started and ended a thread, on top of hand-offs between its selector and worker threads;
 * together they were most of the delivery path's CPU (docs/benchmarks.md, "alert-service"). Vert.x answers on the
 * event loop that made the request, with no thread of its own per request.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String USER_AGENT = "newsmon-webhooks/0.1";
    /**
     * Connections kept to one receiver (host and port). Each subscription has at most
     * {@code max-in-flight-per-subscription} requests in flight, so this only binds when many subscriptions share
     * a receiver; their requests then queue for a connection.
     */
    static final int MAX_CONNECTIONS_PER_RECEIVER = 64;

    private final Vertx vertx;
    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final AddressGuard guard;

    public WebhookSender(AlertConfig config, AddressGuard guard, Vertx vertx) {
        this.vertx = vertx;
        this.guard = guard;
        this.requestTimeoutMillis = Math.max(1, config.delivery().requestTimeout().toMillis());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.delivery().connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setVerifyHost(true),
                new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_RECEIVER));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    /**
     * Call off the event loop: the guard resolves the host name. The returned stage completes on an event loop, so
     * what follows it must not block (hand it to another executor).
     */
    public CompletionStage<SendResult> send(String url, String secret, DeliveryTask task) {
        try {
            guard.check(url);
        } catch (RefusedAddressException e) {
            return CompletableFuture.completedFuture(SendResult.refused(e.getMessage()));
        }
        byte[] body = Json.write(task.alert()).getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options;
        try {
            options = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setAbsoluteURI(url)
                    .setFollowRedirects(false)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("User-Agent", USER_AGENT)
                    .putHeader("webhook-id", task.deliveryId())
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", WebhookSigner.sign(secret, task.deliveryId(), timestamp, body));
        } catch (RuntimeException e) {
            // Vert.x wraps a malformed URL in its own exception; a bad secret fails Base64 decoding
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return CompletableFuture.completedFuture(SendResult.refused("invalid webhook URL: " + cause.getMessage()));
        }
        Promise<SendResult> outcome = Promise.promise();
        HttpClientRequest[] request = new HttpClientRequest[1];
        // One deadline for the whole exchange (connection, request, answer), like the JDK client's request timeout.
        long deadline = vertx.setTimer(requestTimeoutMillis, id -> {
            synchronized (request) {
                if (request[0] != null) {
                    request[0].reset(0, new TimeoutException());
                }
            }
            outcome.tryComplete(SendResult.failed(null, "timed out"));
        });
        client.request(options)
                .compose(opened -> {
                    synchronized (request) {
                        request[0] = opened;
                    }
                    return opened.send(Buffer.buffer(body));
                })
                .compose(WebhookSender::statusOnceEnded)
                .onComplete(answer -> {
                    vertx.cancelTimer(deadline);
                    outcome.tryComplete(answer.succeeded() ? status(answer.result()) : failure(answer.cause()));
                });
        Future<SendResult> result = outcome.future();
        return result.toCompletionStage();
    }

    /**
     * The answer's status once its body is read and dropped, so the connection can carry the next request. Under load
     * this step can run after the (empty) answer has already ended, and then {@code end()} throws
     * {@link IllegalStateException}: the receiver has answered, so that is the status, not a failure. Taken for a
     * failure it made a retry, and the receiver got the webhook twice (2026-11-23 pipeline benchmark, warm-up).
     */
    static Future<Integer> statusOnceEnded(HttpClientResponse response) {
        int status = response.statusCode();
        try {
            return response.end().map(ignored -> status);
        } catch (IllegalStateException alreadyEnded) {
            return Future.succeededFuture(status);
        }
    }

    private static SendResult status(int status) {
        return status >= 200 && status < 300 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status);
    }

    private static SendResult failure(Throwable cause) {
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return SendResult.failed(null, "timed out");
        }
        return SendResult.failed(null, publicName(cause.getClass()) + (cause.getMessage() != null ? ": " + cause.getMessage() : ""));
    }

    /** Netty's own subclasses (AnnotatedConnectException...) by the JDK class they extend: what a reader knows. */
    private static String publicName(Class<?> type) {
        Class<?> named = type;
        while (named.getSuperclass() != null && !named.getName().startsWith("java.")) {
            named = named.getSuperclass();
        }
        return named == Object.class || named == Throwable.class || named == Exception.class || named == RuntimeException.class
                ? type.getSimpleName() : named.getSimpleName();
    }
}
