package dev.newsmon.alert.subscription;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsmon.events.AlertType;

/**
 * A subscription as the API shows it: never the secret, except {@code secret} once in the response that
 * created a webhook subscription without one (the service generated it and the receiver needs it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        String id,
        String name,
        String channel,
        String webhookUrl,
        String email,
        List<String> issues,
        List<AlertType> types,
        double minConfidence,
        List<String> sources,
        Instant createdAt,
        String secret) {

    public static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.name(), s.channel(), s.webhookUrl(), s.email(), s.issues(), s.types(),
                s.minConfidence(), s.sources(), s.createdAt(), null);
    }

    public SubscriptionView withGeneratedSecret(String generated) {
        return new SubscriptionView(id, name, channel, webhookUrl, email, issues, types, minConfidence, sources, createdAt, generated);
    }
}
