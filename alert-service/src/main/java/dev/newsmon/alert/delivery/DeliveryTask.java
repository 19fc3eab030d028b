package dev.newsmon.alert.delivery;

import java.time.Instant;

import dev.newsmon.events.Alert;
import dev.newsmon.events.ids.Ids;

/**
 * One alert to deliver to one subscription, at one attempt.
 *
 * @param deliveryId the idempotency key: the same for every attempt of this (alert, subscription); sent as webhook-id
 * @param dueAt      not before this instant
 */
public record DeliveryTask(String deliveryId, String subscriptionId, Alert alert, int attempt, Instant dueAt, Instant firstAttemptAt) {

    public static String deliveryId(String alertId, String subscriptionId) {
        return "msg_" + Ids.sha256Hex(alertId + "|" + subscriptionId).substring(0, 32);
    }

    public static DeliveryTask first(Alert alert, String subscriptionId, Instant now) {
        return new DeliveryTask(deliveryId(alert.alertId(), subscriptionId), subscriptionId, alert, 1, now, now);
    }

    public DeliveryTask next(Instant dueAt) {
        return new DeliveryTask(deliveryId, subscriptionId, alert, attempt + 1, dueAt, firstAttemptAt);
    }
}
