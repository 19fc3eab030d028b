package dev.newsmon.local;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsmon.events.json.Json;

/** The CLI's verbs that talk to ingest-service's and alert-service's REST APIs. */
final class ApiCommands {

    private static final String INGEST = "ingest-service";
    private static final String ALERT = "alert-service";
    private static final Set<String> ALERT_TYPES = Set.of("UPDATE", "CONTRADICTION");

    private ApiCommands() {
    }

    static int feedsAdd(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--name"), Set.of());
        if (args.positional.size() != 1) {
            throw new Tools.UsageException("usage: feeds add URL [--name N]");
        }
        ObjectNode feed = Json.MAPPER.createObjectNode().put("url", args.positional.get(0));
        if (args.has("--name")) {
            feed.put("name", args.get("--name"));
        }
        Http.Response response = Http.postJson(INGEST, Env.ingestUrl(), "/api/feeds", feed.toString());
        if (!response.ok()) {
            throw new Tools.ToolException("ingest-service refused the feed (HTTP " + response.status() + "): " + Http.snippet(response.body()));
        }
        JsonNode created = tree(response.body());
        System.out.println("feed added: " + describeFeed(created));
        return 0;
    }

    static int feedsList(List<String> argList) {
        Args.parse(argList, Set.of(), Set.of());
        Http.Response response = Http.get(INGEST, Env.ingestUrl(), "/api/feeds");
        if (!response.ok()) {
            throw new Tools.ToolException("ingest-service answered HTTP " + response.status() + ": " + Http.snippet(response.body()));
        }
        List<JsonNode> feeds = items(tree(response.body()));
        if (feeds.isEmpty()) {
            System.out.println("No feeds yet. Add one with: ./newsmon feeds add URL [--name NAME]");
            return 0;
        }
        for (JsonNode feed : feeds) {
            System.out.println("  " + describeFeed(feed));
        }
        System.out.println(feeds.size() + " feed(s)");
        return 0;
    }

    /** Name, health and URL on the first line; what happened at the last fetch below it. */
    static String describeFeed(JsonNode feed) {
        StringBuilder text = new StringBuilder();
        text.append(feed.path("name").asText(feed.path("feedTitle").asText("(unnamed)")));
        for (String health : List.of("health", "state", "status")) {
            if (feed.hasNonNull(health) && feed.path(health).isValueNode()) {
                text.append(" [").append(feed.path(health).asText()).append(']');
                break;
            }
        }
        text.append("  ").append(feed.path("url").asText("?"));
        List<String> details = new ArrayList<>();
        if (feed.hasNonNull("id")) {
            details.add("id " + feed.path("id").asText());
        }
        for (String fetched : List.of("lastFetchAt", "lastFetchedAt", "lastFetch")) {
            if (feed.hasNonNull(fetched)) {
                details.add("last fetch " + toSeconds(feed.path(fetched).asText()));
                break;
            }
        }
        if (feed.hasNonNull("itemsPublished")) {
            details.add(feed.path("itemsPublished").asLong() + " items published");
        }
        if (!details.isEmpty()) {
            text.append("\n      ").append(String.join(", ", details));
        }
        if (feed.hasNonNull("lastError") && !feed.path("lastError").asText().isBlank()) {
            text.append("\n      last error: ").append(feed.path("lastError").asText());
        }
        return text.toString();
    }

    /** 2026-11-22T19:55:34.984460129Z reads better as 2026-11-22T19:55:34Z. */
    private static String toSeconds(String instant) {
        return instant.replaceFirst("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\\.\\d+", "$1");
    }

    static int subscribe(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--webhook", "--secret", "--email", "--issues", "--types", "--name",
                "--min-confidence", "--sources"), Set.of());
        if (!args.positional.isEmpty() || args.has("--webhook") == args.has("--email")) {
            throw new Tools.UsageException("usage: subscribe --webhook URL [--secret S] | --email ADDRESS [--issues a,b] [--types UPDATE,CONTRADICTION]");
        }
        if (args.has("--secret") && !args.has("--webhook")) {
            throw new Tools.UsageException("--secret signs webhook deliveries; it goes with --webhook");
        }
        ObjectNode subscription = Json.MAPPER.createObjectNode();
        if (args.has("--webhook")) {
            subscription.put("channel", "webhook").put("webhookUrl", args.get("--webhook"));
            String secret = args.has("--secret") ? args.get("--secret") : System.getenv("NEWSMON_WEBHOOK_SECRET");
            if (secret != null && !secret.isBlank()) {
                subscription.put("secret", secret);
            }
        } else {
            subscription.put("channel", "email").put("email", args.get("--email"));
        }
        if (args.has("--name")) {
            subscription.put("name", args.get("--name"));
        }
        ArrayNode issues = subscription.putArray("issues");
        split(args.get("--issues")).forEach(issues::add);
        ArrayNode types = subscription.putArray("types");
        for (String type : split(args.get("--types"))) {
            String upper = type.toUpperCase(Locale.ROOT);
            if (!ALERT_TYPES.contains(upper)) {
                throw new Tools.UsageException("--types takes UPDATE and/or CONTRADICTION, got '" + type + "'");
            }
            types.add(upper);
        }
        if (args.has("--min-confidence")) {
            try {
                subscription.put("minConfidence", Double.parseDouble(args.get("--min-confidence")));
            } catch (NumberFormatException e) {
                throw new Tools.UsageException("--min-confidence must be a number between 0 and 1");
            }
        }
        ArrayNode sources = subscription.putArray("sources");
        split(args.get("--sources")).forEach(sources::add);
        Http.Response response = Http.postJson(ALERT, Env.alertUrl(), "/api/subscriptions", subscription.toString());
        if (!response.ok()) {
            throw new Tools.ToolException("alert-service refused the subscription (HTTP " + response.status() + "): "
                    + Http.snippet(response.body()));
        }
        System.out.println("subscribed: " + describeSubscription(tree(response.body())));
        return 0;
    }

    static int subscriptions(List<String> argList) {
        Args.parse(argList, Set.of(), Set.of());
        Http.Response response = Http.get(ALERT, Env.alertUrl(), "/api/subscriptions");
        if (!response.ok()) {
            throw new Tools.ToolException("alert-service answered HTTP " + response.status() + ": " + Http.snippet(response.body()));
        }
        List<JsonNode> subscriptions = items(tree(response.body()));
        if (subscriptions.isEmpty()) {
            System.out.println("No subscriptions yet. Add one with: ./newsmon subscribe --webhook URL | --email ADDRESS");
            return 0;
        }
        subscriptions.forEach(s -> System.out.println("  " + describeSubscription(s)));
        System.out.println(subscriptions.size() + " subscription(s)");
        return 0;
    }

    private static String describeSubscription(JsonNode s) {
        String target = "webhook".equals(s.path("channel").asText()) ? s.path("webhookUrl").asText() : s.path("email").asText();
        return s.path("id").asText("?") + "  " + s.path("channel").asText("?") + " " + target
                + "  issues: " + listOrAll(s.path("issues")) + "  types: " + listOrAll(s.path("types"))
                + (s.hasNonNull("name") ? "  (" + s.path("name").asText() + ")" : "");
    }

    static int alerts(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--limit", "--issue", "--type"), Set.of("--follow"));
        int limit = args.intOption("--limit", 50);
        StringBuilder query = new StringBuilder("?limit=").append(limit);
        if (args.has("--issue")) {
            query.append("&issue=").append(URLEncoder.encode(args.get("--issue"), StandardCharsets.UTF_8));
        }
        if (args.has("--type")) {
            query.append("&type=").append(URLEncoder.encode(args.get("--type").toUpperCase(Locale.ROOT), StandardCharsets.UTF_8));
        }
        Http.Response response = Http.get(ALERT, Env.alertUrl(), "/api/alerts" + query);
        if (!response.ok()) {
            throw new Tools.ToolException("alert-service answered HTTP " + response.status() + ": " + Http.snippet(response.body()));
        }
        List<JsonNode> alerts = items(tree(response.body()));
        Set<String> seen = new HashSet<>();
        // The API answers newest first; people read a story oldest first.
        for (int i = alerts.size() - 1; i >= 0; i--) {
            seen.add(alerts.get(i).path("alertId").asText());
            System.out.println(AlertFormatter.format(alerts.get(i)));
        }
        if (!args.has("--follow")) {
            if (alerts.isEmpty()) {
                System.out.println("No alerts yet.");
            }
            return 0;
        }
        System.out.println("-- following new alerts (Ctrl-C to stop) --");
        follow(seen);
        return 0;
    }

    /** Server-sent events: {@code data:} lines up to a blank line make one event. Reconnects when dropped. */
    private static void follow(Set<String> seen) {
        int failures = 0;
        while (true) {
            HttpRequest request = Http.request(Env.alertUrl(), "/api/alerts/stream")
                    .timeout(Duration.ofDays(365))
                    .header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<Stream<String>> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    throw new Tools.ToolException("alert-service refused the API token (HTTP " + response.statusCode() + ")");
                }
                if (response.statusCode() != 200) {
                    throw new Tools.ToolException("alert-service stream answered HTTP " + response.statusCode());
                }
                failures = 0;
                StringBuilder data = new StringBuilder();
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5).stripLeading());
                    } else if (line.isEmpty() && data.length() > 0) {
                        JsonNode alert = tree(data.toString());
                        data.setLength(0);
                        if (seen.add(alert.path("alertId").asText(String.valueOf(seen.size())))) {
                            System.out.println(AlertFormatter.format(alert));
                            System.out.flush();
                        }
                    }
                }
            } catch (IOException e) {
                if (++failures > 5) {
                    throw new Tools.ToolException("lost the alert stream from alert-service at " + Env.alertUrl() + ": " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.err.println("(alert stream closed; reconnecting)");
            try {
                Thread.sleep(1000L * Math.max(1, failures));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new Tools.ToolException("the service answered something other than JSON: " + Http.snippet(body), e);
        }
    }

    /** A JSON array, or the array inside a paging envelope. */
    private static List<JsonNode> items(JsonNode node) {
        JsonNode array = node;
        if (node.isObject()) {
            for (String key : List.of("items", "feeds", "subscriptions", "alerts", "data")) {
                if (node.path(key).isArray()) {
                    array = node.path(key);
                    break;
                }
            }
        }
        List<JsonNode> list = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    private static List<String> split(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return List.of();
        }
        return Stream.of(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String listOrAll(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            return "all";
        }
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(",", values);
    }

}
