package dev.newsmon.alert.delivery;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One attempt and its outcome, as recorded on {@code newsmon.deliveries} (key: subscription id) and shown by
 * {@code GET /api/subscriptions/{id}/deliveries}.
 *
 * @param outcome       delivered, failed (a retry follows at nextAttemptAt), dead-lettered, or cancelled
 *                      (the subscription was deleted first)
 * @param status        HTTP status of a webhook answer, when there was one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(
        String deliveryId,
        String subscriptionId,
        String alertId,
        String issue,
        String type,
        String channel,
        int attempt,
        Instant at,
        String outcome,
        Integer status,
        String error,
        Long latencyMs,
        Instant nextAttemptAt) {

    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String DEAD_LETTERED = "dead-lettered";
    public static final String CANCELLED = "cancelled";
}
