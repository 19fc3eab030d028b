package dev.newsmon.alert.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.newsmon.alert.delivery.WebhookSigner;

/**
 * A local webhook receiver that checks every Standard Webhooks signature and can misbehave: fail the first
 * N requests, always fail, or answer slowly.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String webhookId, String timestamp, String signature, String body, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final boolean alwaysFail;
    private final long delayMillis;

    private WebhookReceiver(String secret, int failFirst, boolean alwaysFail, long delayMillis) throws IOException {
        this.secret = secret;
        this.failuresLeft = new AtomicInteger(failFirst);
        this.alwaysFail = alwaysFail;
        this.delayMillis = delayMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.setExecutor(Executors.newCachedThreadPool());
        this.server.createContext("/hook", this::handle);
        this.server.start();
    }

    public static WebhookReceiver failingFirst(String secret, int failures) throws IOException {
        return new WebhookReceiver(secret, failures, false, 0);
    }

    public static WebhookReceiver healthy(String secret) throws IOException {
        return new WebhookReceiver(secret, 0, false, 0);
    }

    public static WebhookReceiver dead(String secret) throws IOException {
        return new WebhookReceiver(secret, 0, true, 0);
    }

    public static WebhookReceiver slow(String secret, long delayMillis) throws IOException {
        return new WebhookReceiver(secret, 0, false, delayMillis);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> successes() {
        return received.stream().filter(r -> r.answered() >= 200 && r.answered() < 300).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean valid = id != null && timestamp != null && signature != null
                && signature.equals(WebhookSigner.sign(secret, id, Long.parseLong(timestamp), body));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status;
        if (!valid) {
            status = 401;
        } else if (alwaysFail || failuresLeft.getAndDecrement() > 0) {
            status = 503;
        } else {
            status = 204;
        }
        received.add(new Received(id, timestamp, signature, new String(body, StandardCharsets.UTF_8), valid, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
