package dev.newsmon.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;

/**
 * A stored subscription, as kept in the compacted topic {@code newsmon.subscriptions} (key: id). The secret
 * is stored because webhooks must be signed after a restart; it never leaves the service through the API.
 *
 * @param issues        issue ids; empty = every issue
 * @param types         alert types; empty = both
 * @param minConfidence the current claim's confidence must reach this
 * @param sources       publishers; empty = any; otherwise one of the two claims must come from one of them
 */
public record Subscription(
        String id,
        String name,
        String channel,
        String webhookUrl,
        String secret,
        String email,
        List<String> issues,
        List<AlertType> types,
        double minConfidence,
        List<String> sources,
        Instant createdAt) {

    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";

    public Subscription {
        issues = issues == null ? List.of() : List.copyOf(issues);
        types = types == null ? List.of() : List.copyOf(types);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean matches(Alert alert) {
        if (!issues.isEmpty() && !issues.contains(alert.issue())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(alert.type())) {
            return false;
        }
        if (alert.current() != null && alert.current().confidence() < minConfidence) {
            return false;
        }
        if (!sources.isEmpty()) {
            return sources.stream().anyMatch(s -> sameSource(s, alert.current() == null ? null : alert.current().source())
                    || sameSource(s, alert.previous() == null ? null : alert.previous().source()));
        }
        return true;
    }

    private static boolean sameSource(String wanted, String actual) {
        return actual != null && wanted.strip().toLowerCase(Locale.ROOT).equals(actual.strip().toLowerCase(Locale.ROOT));
    }
}
