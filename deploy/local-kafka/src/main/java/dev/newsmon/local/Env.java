package dev.newsmon.local;

import java.util.Map;

/** Where the local stack is, read from the environment the CLI sets. */
final class Env {

    private Env() {
    }

    static String bootstrap() {
        // A system property first, so tests can point the tools at their own broker.
        String property = System.getProperty("newsmon.bootstrap");
        return property != null ? property : first("NEWSMON_BOOTSTRAP", "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    }

    static String ingestUrl() {
        return first("NEWSMON_INGEST_URL", null, "http://127.0.0.1:8081");
    }

    static String alertUrl() {
        return first("NEWSMON_ALERT_URL", null, "http://127.0.0.1:8083");
    }

    /** Null when unset: the services then answer 401 and the CLI says why. */
    static String token() {
        String token = System.getenv("NEWSMON_API_TOKEN");
        return token == null || token.isBlank() ? null : token.strip();
    }

    private static String first(String name, String fallbackName, String defaultValue) {
        Map<String, String> env = System.getenv();
        String value = env.get(name);
        if ((value == null || value.isBlank()) && fallbackName != null) {
            value = env.get(fallbackName);
        }
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
