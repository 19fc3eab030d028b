package dev.newsmon.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.newsmon.events.json.Json;

/**
 * A local webhook receiver for the demo: verifies each delivery's Standard Webhooks signature, prints
 * the alert readably, and appends one JSON line per delivery (message id, signature valid or not, the
 * alert) to {@code --out} so a run can be checked afterwards. Listens on loopback only.
 */
final class WebhookReceiver {

    private WebhookReceiver() {
    }

    static int run(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--port", "--secret", "--out"), Set.of());
        int port = args.intOption("--port", 0);
        // The secret may come from the environment so that it never shows in a process listing.
        String secret = args.has("--secret") ? args.get("--secret") : System.getenv("NEWSMON_WEBHOOK_SECRET");
        if (port <= 0 || secret == null || secret.isBlank()) {
            throw new Tools.UsageException("usage: webhook-receiver --port P [--secret S | env NEWSMON_WEBHOOK_SECRET] [--out FILE]");
        }
        Path out = args.has("--out") ? Path.of(args.get("--out")) : null;
        byte[] key = signingKey(secret);
        Set<String> seenIds = ConcurrentHashMap.newKeySet();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new Tools.ToolException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        // Load JSON, formatting and HMAC classes now: a cold first delivery can outlast the sender's timeout.
        AlertFormatter.format("{\"type\":\"UPDATE\",\"current\":{}}");
        verify(key, "warm-up", "0", new byte[0], "v1,");
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> handle(exchange, key, seenIds, out, System.out));
        server.start();
        System.out.println("webhook receiver listening on http://127.0.0.1:" + port + "/");
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void handle(HttpExchange exchange, byte[] key, Set<String> seenIds, Path out, PrintStream console)
            throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = in.readNBytes(5 * 1024 * 1024);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = id != null && timestamp != null && signatures != null
                    && verify(key, id, timestamp, body, signatures);
            boolean repeat = id != null && !seenIds.add(id);
            String text = new String(body, StandardCharsets.UTF_8);
            synchronized (WebhookReceiver.class) {
                if (valid) {
                    console.println("webhook delivery " + id + (repeat ? " (repeat delivery, already seen)" : "")
                            + ": signature valid");
                    if (!repeat) {
                        console.println(AlertFormatter.format(text));
                    }
                } else {
                    console.println("webhook delivery " + id + ": SIGNATURE INVALID or missing headers; refused");
                }
                console.flush();
                if (out != null) {
                    var record = Json.MAPPER.createObjectNode()
                            .put("webhookId", id)
                            .put("signatureValid", valid)
                            .put("repeat", repeat);
                    try {
                        record.set("alert", Json.MAPPER.readTree(text));
                    } catch (IOException notJson) {
                        record.put("body", text);
                    }
                    Files.writeString(out, record + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        }
    }

    /** Standard Webhooks: a {@code whsec_} secret is base64 key material; any other text is the key itself. */
    static byte[] signingKey(String secret) {
        if (secret.startsWith("whsec_")) {
            return Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** True when any {@code v1,<base64>} entry of the header matches HMAC-SHA256 of {@code id.timestamp.body}. */
    static boolean verify(byte[] key, String id, String timestamp, byte[] body, String signatureHeader) {
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (String candidate : signatureHeader.trim().split(" +")) {
            if (candidate.startsWith("v1,")) {
                try {
                    byte[] given = Base64.getDecoder().decode(candidate.substring(3));
                    if (MessageDigest.isEqual(expected, given)) {
                        return true;
                    }
                } catch (IllegalArgumentException notBase64) {
                    // try the next one
                }
            }
        }
        return false;
    }
}
