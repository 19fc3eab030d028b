package dev.newsmon.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint that checks Standard Webhooks signatures the way a subscriber would, and
 * records every delivery so tests can count them per message.
 */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String webhookId, String timestamp, String body, boolean signatureValid, java.time.Instant receivedAt) {
    }

    private final HttpServer server;
    private final byte[] key;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** @param secret {@code whsec_<base64>} as given to the subscription */
    WebhookReceiver(String secret) throws IOException {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    int count() {
        return deliveries.size();
    }

    /** The deliveries received after the first {@code from}, in arrival order. */
    List<Delivery> deliveriesFrom(int from) {
        List<Delivery> all = deliveries;
        return new ArrayList<>(all.subList(Math.min(from, all.size()), all.size()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean valid = id != null && timestamp != null && signatures != null && verify(id, timestamp, body, signatures);
        deliveries.add(new Delivery(id, timestamp, body, valid, java.time.Instant.now()));
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
    }

    private boolean verify(String id, String timestamp, String body, String signatures) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String candidate : signatures.split(" ")) {
                if (candidate.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
