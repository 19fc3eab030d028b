package dev.newsmon.alert.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.newsmon.alert.delivery.DeliveryLog;
import dev.newsmon.alert.subscription.SubscriptionRegistry;

/**
 * Ready once subscriptions and delivery records have been read back from Kafka (before that, deliveries could
 * be repeated or missed). Kafka Streams' own state and the messaging channels have their checks from the
 * Quarkus extensions.
 */
@Readiness
@ApplicationScoped
public class DeliveryReadiness implements HealthCheck {

    private final SubscriptionRegistry subscriptions;
    private final DeliveryLog deliveries;

    public DeliveryReadiness(SubscriptionRegistry subscriptions, DeliveryLog deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("newsmon-alert-state")
                .status(subscriptions.loaded() && deliveries.loaded())
                .withData("subscriptionsLoaded", subscriptions.loaded())
                .withData("deliveriesLoaded", deliveries.loaded())
                .build();
    }
}
