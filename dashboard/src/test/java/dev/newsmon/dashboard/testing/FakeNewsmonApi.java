package dev.newsmon.dashboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for alert-service and ingest-service, just enough for the dashboard: it serves the
 * dashboard's static files from the classpath (as Quarkus does from META-INF/resources), the alert
 * API with a real server-sent-events stream, and, on a second port (another origin, so CORS is
 * exercised for real), ingest-service's {@code /api/feeds}. Every {@code /api/**} call needs the
 * bearer token, like the real services.
 */
public final class FakeNewsmonApi implements AutoCloseable {

    public static final String TOKEN = "dashboard-test-token-" + UUID.randomUUID();
    public static final String GENERATED_SECRET = "whsec_ZmFrZS1zZWNyZXQtZm9yLXRoZS1kYXNoYm9hcmQ=";

    private static final String STATIC_ROOT = "META-INF/resources/dashboard/";

    private final HttpServer alertServer;
    private final HttpServer ingestServer;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-newsmon-api");
        thread.setDaemon(true);
        return thread;
    });
    private final Watchlist watchlist = WatchlistLoader.loadDefault();
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final List<Claim> timelineClaims = new CopyOnWriteArrayList<>();
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
    private final List<ObjectNode> feeds = new CopyOnWriteArrayList<>();
    private final List<String> unauthorizedRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger issueFailures = new AtomicInteger();

    private FakeNewsmonApi() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        alertServer = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        ingestServer = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        alertServer.setExecutor(executor);
        ingestServer.setExecutor(executor);
        alertServer.createContext("/", this::handleAlertService);
        ingestServer.createContext("/", this::handleIngestService);
    }

    public static FakeNewsmonApi start() throws IOException {
        FakeNewsmonApi api = new FakeNewsmonApi();
        api.alertServer.start();
        api.ingestServer.start();
        return api;
    }

    public String alertServiceUrl() {
        return "http://127.0.0.1:" + alertServer.getAddress().getPort();
    }

    public String ingestServiceUrl() {
        return "http://127.0.0.1:" + ingestServer.getAddress().getPort();
    }

    public String dashboardUrl() {
        return alertServiceUrl() + "/dashboard/";
    }

    /** Adds an alert to {@code GET /api/alerts} without streaming it (history before the page opened). */
    public void addExisting(Alert alert) {
        alerts.add(alert);
    }

    /** Adds an alert and sends it on every open {@code /api/alerts/stream}. */
    public void publish(Alert alert) {
        alerts.add(alert);
        byte[] event = ("data: " + Json.write(alert) + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : streams) {
            try {
                synchronized (stream) {
                    // Two writes, so the page's parser must join a line the network cut in half.
                    int half = event.length / 2;
                    stream.write(event, 0, half);
                    stream.flush();
                    stream.write(event, half, event.length - half);
                    stream.flush();
                }
            } catch (IOException gone) {
                streams.remove(stream);
            }
        }
    }

    /** The next {@code count} calls of {@code GET /api/issues} answer 503, as alert-service does while its stores warm up. */
    public void failNextIssueCalls(int count) {
        issueFailures.set(count);
    }

    /** Ends every open stream, as a restart or a proxy timeout would; the page should reconnect. */
    public void dropStreams() {
        for (OutputStream stream : streams) {
            streams.remove(stream);
            synchronized (stream) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    /** A claim that {@code GET /api/issues/{issue}/timeline} lists. */
    public void addTimelineClaim(Claim claim) {
        timelineClaims.add(claim);
    }

    public void addFeed(ObjectNode feed) {
        feeds.add(feed);
    }

    public int openStreams() {
        return streams.size();
    }

    public synchronized List<JsonNode> subscriptions() {
        return new ArrayList<>(subscriptions.values());
    }

    public List<String> unauthorizedRequests() {
        return unauthorizedRequests;
    }

    @Override
    public void close() {
        for (OutputStream stream : streams) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the browser is gone already
            }
        }
        alertServer.stop(0);
        ingestServer.stop(0);
        executor.shutdownNow();
    }

    private void handleAlertService(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/dashboard") || path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/dashboard/");
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (path.equals("/dashboard/config.json")) {
                ObjectNode config = Json.MAPPER.createObjectNode().put("ingestUrl", ingestServiceUrl());
                sendJson(exchange, 200, config);
                return;
            }
            if (path.startsWith("/dashboard/")) {
                serveStatic(exchange, path.substring("/dashboard/".length()));
                return;
            }
            if (!path.startsWith("/api/")) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!authorized(exchange)) {
                unauthorizedRequests.add(method + " " + path);
                sendJson(exchange, 401, Json.MAPPER.createObjectNode().put("error", "missing or invalid bearer token"));
                return;
            }
            List<String> parts = List.of(path.substring("/api/".length()).split("/"));
            switch (parts.get(0)) {
                case "alerts" -> {
                    if (parts.size() > 1 && parts.get(1).equals("stream")) {
                        stream(exchange);
                    } else {
                        listAlerts(exchange);
                    }
                }
                case "issues" -> {
                    if (parts.size() == 1 && issueFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        sendJson(exchange, 503, Json.MAPPER.createObjectNode().put("error", "claim history is not queryable yet"));
                    } else if (parts.size() == 1) {
                        sendJson(exchange, 200, issues());
                    } else {
                        sendJson(exchange, 200, timeline(parts.get(1)));
                    }
                }
                case "subscriptions" -> subscriptions(exchange, method, parts);
                default -> send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void handleIngestService(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            // What quarkus.http.cors.* does for ingest-service: allow the dashboard's origin, the
            // Authorization header, and answer the preflight without asking for the token.
            if (alertServiceUrl().equals(origin)) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "authorization,accept,content-type");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (!authorized(exchange)) {
                unauthorizedRequests.add("ingest " + exchange.getRequestURI().getPath());
                sendJson(exchange, 401, Json.MAPPER.createObjectNode().put("error", "missing or invalid bearer token"));
                return;
            }
            if (exchange.getRequestURI().getPath().equals("/api/feeds")) {
                ArrayNode body = Json.MAPPER.createArrayNode();
                feeds.forEach(body::add);
                sendJson(exchange, 200, body);
            } else {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] given = (header == null ? "" : header).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, ("Bearer " + TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    private void serveStatic(HttpExchange exchange, String relative) throws IOException {
        if (relative.isEmpty()) {
            relative = "index.html";
        }
        if (relative.contains("..")) {
            send(exchange, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(STATIC_ROOT + relative)) {
            if (in == null) {
                send(exchange, 404, "text/plain", ("no such file: " + relative).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, contentType(relative), in.readAllBytes());
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".json")) return "application/json";
        return "application/octet-stream";
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        streams.add(body);
        try {
            // Keep the exchange open: the stream ends when the browser goes away or the server closes.
            while (streams.contains(body)) {
                Thread.sleep(5_000);
                synchronized (body) {
                    body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            }
        } catch (IOException | InterruptedException gone) {
            streams.remove(body);
        }
    }

    private void listAlerts(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Alert> result = alerts.stream()
                .filter(a -> !query.containsKey("issue") || a.issue().equals(query.get("issue")))
                .filter(a -> !query.containsKey("type") || a.type().name().equals(query.get("type")))
                .filter(a -> !query.containsKey("since") || !a.detectedAt().isBefore(Instant.parse(query.get("since"))))
                .sorted(Comparator.comparing(Alert::detectedAt).reversed())
                .limit(limit)
                .toList();
        sendJson(exchange, 200, Json.MAPPER.valueToTree(result));
    }

    /**
     * {@code GET /api/issues} as alert-service answers it (IssueResource.IssueSummary): id, name and,
     * per aspect, the current state and how many claims are known.
     */
    private JsonNode issues() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (WatchedIssue issue : watchlist.issues()) {
            ObjectNode node = list.addObject().put("id", issue.id()).put("name", issue.name());
            ArrayNode aspects = node.putArray("aspects");
            for (Aspect aspect : issue.aspects()) {
                List<Claim> claims = claimsOf(issue.id(), aspect.id());
                List<ObjectNode> runs = runs(issue.id(), aspect, claims);
                ObjectNode current = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                aspects.addObject().put("aspect", aspect.id()).put("name", aspect.name())
                        .put("currentState", current == null ? null : current.get("state").asText())
                        .put("currentLabel", current == null ? null : current.get("label").asText())
                        .put("claims", claims.size());
            }
        }
        return list;
    }

    /**
     * {@code GET /api/issues/{id}/timeline} in alert-service's shape (rest.Timeline): per aspect, runs of
     * one state ({@code states}) and every claim ({@code claims}, with {@code establishesState}).
     */
    private JsonNode timeline(String issueId) {
        WatchedIssue issue = watchlist.issue(issueId).orElseThrow(() -> new IllegalArgumentException("unknown issue " + issueId));
        ObjectNode body = Json.MAPPER.createObjectNode().put("issue", issueId).put("name", issue.name());
        ArrayNode aspects = body.putArray("aspects");
        for (Aspect aspect : issue.aspects()) {
            List<Claim> claims = claimsOf(issueId, aspect.id());
            ObjectNode node = aspects.addObject().put("aspect", aspect.id()).put("name", aspect.name());
            List<ObjectNode> runs = runs(issueId, aspect, claims);
            if (!runs.isEmpty()) {
                node.set("current", runs.get(runs.size() - 1));
            }
            node.putArray("states").addAll(runs);
            ArrayNode views = node.putArray("claims");
            claims.forEach(c -> views.add(claimView(c)));
        }
        return body;
    }

    private List<Claim> claimsOf(String issueId, String aspectId) {
        return timelineClaims.stream()
                .filter(c -> c.issue().equals(issueId) && c.aspect().equals(aspectId))
                .sorted(Comparator.comparing(Claim::eventDate))
                .toList();
    }

    /** Affirmed claims establish their state here; alert-service's rules are finer, the shape is the same. */
    private static boolean establishes(Claim claim) {
        return claim.polarity() == Polarity.AFFIRMED;
    }

    private List<ObjectNode> runs(String issueId, Aspect aspect, List<Claim> claims) {
        List<ObjectNode> runs = new ArrayList<>();
        List<Claim> run = new ArrayList<>();
        for (Claim claim : claims) {
            if (!establishes(claim)) {
                continue;
            }
            if (!run.isEmpty() && !run.get(0).state().equals(claim.state())) {
                runs.add(run(aspect, run));
                run = new ArrayList<>();
            }
            run.add(claim);
        }
        if (!run.isEmpty()) {
            runs.add(run(aspect, run));
        }
        return runs;
    }

    private ObjectNode run(Aspect aspect, List<Claim> claims) {
        String state = claims.get(0).state();
        Vocabulary vocabulary = watchlist.vocabularies().get(aspect.vocabulary());
        String label = vocabulary == null ? state : vocabulary.state(state).map(StateDef::label).orElse(state);
        ObjectNode node = Json.MAPPER.createObjectNode().put("state", state).put("label", label)
                .put("from", claims.get(0).eventDate().toString())
                .put("lastReported", claims.get(claims.size() - 1).eventDate().toString());
        ArrayNode sources = node.putArray("sources");
        claims.stream().map(Claim::source).distinct().forEach(sources::add);
        ArrayNode evidence = node.putArray("evidence");
        claims.forEach(c -> evidence.add(claimView(c)));
        return node;
    }

    private static ObjectNode claimView(Claim c) {
        return Json.MAPPER.createObjectNode()
                .put("claimId", c.claimId()).put("state", c.state()).put("date", c.eventDate().toString())
                .put("polarity", c.polarity().name().toLowerCase(Locale.ROOT))
                .put("modality", c.modality().name().toLowerCase(Locale.ROOT))
                .put("attributedTo", c.attributedTo()).put("establishesState", establishes(c))
                .put("source", c.source()).put("url", c.articleUrl()).put("title", c.articleTitle())
                .put("sentence", c.evidence().sentence()).put("confidence", c.confidence());
    }

    private synchronized void subscriptions(HttpExchange exchange, String method, List<String> parts) throws IOException {
        if (parts.size() == 1 && method.equals("GET")) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            subscriptions.values().forEach(list::add);
            sendJson(exchange, 200, list);
        } else if (parts.size() == 1 && method.equals("POST")) {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody());
            String channel = request.path("channel").asText();
            if (!channel.equals("webhook") && !channel.equals("email")) {
                sendJson(exchange, 400, Json.MAPPER.createObjectNode().put("error", "channel must be webhook or email"));
                return;
            }
            ObjectNode created = ((ObjectNode) request).deepCopy();
            boolean generateSecret = channel.equals("webhook") && created.path("secret").asText("").isBlank();
            created.remove("secret");
            created.put("id", "s-" + UUID.randomUUID().toString().substring(0, 8));
            created.put("createdAt", Instant.now().toString());
            subscriptions.put(created.get("id").asText(), created);
            ObjectNode response = created.deepCopy();
            if (generateSecret) {
                // Like alert-service: a generated secret is returned once, in the creating response only.
                response.put("secret", GENERATED_SECRET);
            }
            sendJson(exchange, 201, response);
        } else if (parts.size() == 2 && method.equals("GET")) {
            ObjectNode sub = subscriptions.get(parts.get(1));
            sendJson(exchange, sub == null ? 404 : 200, sub == null ? Json.MAPPER.createObjectNode().put("error", "no such subscription") : sub);
        } else if (parts.size() == 2 && method.equals("DELETE")) {
            subscriptions.remove(parts.get(1));
            exchange.sendResponseHeaders(204, -1);
        } else if (parts.size() == 3 && parts.get(2).equals("deliveries")) {
            sendJson(exchange, 200, deliveries(parts.get(1)));
        } else {
            send(exchange, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Two attempts per known alert, newest first, as DeliveryAttempt: a failure, then the retry that worked. */
    private JsonNode deliveries(String subscriptionId) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        Instant now = Instant.now();
        for (Alert alert : alerts) {
            list.addObject().put("deliveryId", alert.alertId() + "/" + subscriptionId).put("subscriptionId", subscriptionId)
                    .put("alertId", alert.alertId()).put("issue", alert.issue()).put("type", alert.type().name())
                    .put("channel", "webhook").put("attempt", 2).put("at", now.toString()).put("outcome", "delivered")
                    .put("status", 204).put("latencyMs", 12);
            list.addObject().put("deliveryId", alert.alertId() + "/" + subscriptionId).put("subscriptionId", subscriptionId)
                    .put("alertId", alert.alertId()).put("issue", alert.issue()).put("type", alert.type().name())
                    .put("channel", "webhook").put("attempt", 1).put("at", now.minusSeconds(30).toString()).put("outcome", "failed")
                    .put("status", 503).put("error", "receiver answered 503 Service Unavailable").put("latencyMs", 40)
                    .put("nextAttemptAt", now.toString());
        }
        return list;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> result = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", Json.MAPPER.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
