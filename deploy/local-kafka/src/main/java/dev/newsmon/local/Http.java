package dev.newsmon.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A thin HTTP client for the services' APIs that turns transport failures into actionable messages. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Http() {
    }

    static HttpRequest.Builder request(String baseUrl, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        String token = Env.token();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static Response send(String service, String baseUrl, HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new Tools.ToolException(service + " refused the API token (HTTP " + response.statusCode()
                        + "): it was started with another token; restart it with ./newsmon down && ./newsmon up");
            }
            return new Response(response.statusCode(), response.body());
        } catch (ConnectException e) {
            throw new Tools.ToolException(service + " is not running at " + baseUrl + " (connection refused); start it with ./newsmon up");
        } catch (HttpTimeoutException e) {
            throw new Tools.ToolException(service + " at " + baseUrl + " did not answer in time; see .newsmon/logs/" + service + ".log");
        } catch (IOException e) {
            throw new Tools.ToolException(service + " at " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Tools.ToolException("interrupted");
        }
    }

    static Response get(String service, String baseUrl, String path) {
        return send(service, baseUrl, request(baseUrl, path).header("Accept", "application/json").GET().build());
    }

    static Response postJson(String service, String baseUrl, String path, String json) {
        return send(service, baseUrl, request(baseUrl, path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    static Response post(String service, String baseUrl, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(baseUrl, path)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return send(service, baseUrl, builder.build());
    }

    /** The start of an error body, on one line, for messages. */
    static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
