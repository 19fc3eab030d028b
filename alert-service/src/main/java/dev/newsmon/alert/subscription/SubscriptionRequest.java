package dev.newsmon.alert.subscription;

import java.util.List;

/** The body of {@code POST /api/subscriptions}; types are strings so that a wrong one gets a clear 400. */
public record SubscriptionRequest(
        String name,
        String channel,
        String webhookUrl,
        String secret,
        String email,
        List<String> issues,
        List<String> types,
        Double minConfidence,
        List<String> sources) {
}
