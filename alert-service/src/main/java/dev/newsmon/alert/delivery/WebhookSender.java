package dev.newsmon.alert.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.net.RefusedAddressException;

/**
 * Posts the alert JSON, signed per Standard Webhooks, with the JDK's non-blocking HTTP client: connect and
 * request timeouts bound every attempt, redirects are not followed (a redirect could lead past the address
 * guard), and the guard is checked again at each attempt because DNS answers change.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String USER_AGENT = "newsmon-webhooks/0.1";

    private final HttpClient client;
    private final AlertConfig config;
    private final AddressGuard guard;

    public WebhookSender(AlertConfig config, AddressGuard guard) {
        this.config = config;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.delivery().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Call off the event loop: the guard resolves the host name. */
    public CompletionStage<SendResult> send(String url, String secret, DeliveryTask task) {
        try {
            guard.check(url);
        } catch (RefusedAddressException e) {
            return CompletableFuture.completedFuture(SendResult.refused(e.getMessage()));
        }
        byte[] body = Json.write(task.alert()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.delivery().requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", task.deliveryId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(secret, task.deliveryId(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(SendResult.refused("invalid webhook URL: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                        String what = cause instanceof HttpTimeoutException ? "timed out" : cause.getClass().getSimpleName()
                                + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
                        return SendResult.failed(null, what);
                    }
                    int status = response.statusCode();
                    return status >= 200 && status < 300 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status);
                });
    }
}
