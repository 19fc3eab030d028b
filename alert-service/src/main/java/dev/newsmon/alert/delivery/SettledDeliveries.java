package dev.newsmon.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * What makes delivery idempotent: for each delivery, the highest attempt already settled and whether it was
 * delivered. Only the deliveries settled within {@code rememberFor} of the newest attempt seen are kept, so the
 * memory follows the traffic of that window instead of every delivery ever made (the delivery records are read
 * back whole at startup). The clock is the attempts' own time, not the wall clock, so that reading old records
 * at startup forgets them as it goes. Nothing legitimate asks about an older delivery: its retries ended long
 * before (the window is validated to exceed the retry schedule), and alerts older than the window are not
 * delivered at all ({@link AlertListener}).
 */
final class SettledDeliveries {

    private record Settled(int attempt, boolean delivered, long lastAtMillis) {
    }

    private record Seen(String deliveryId, long atMillis) {
    }

    private final long rememberForMillis;
    private final Map<String, Settled> byDelivery = new HashMap<>();
    /** Deliveries in the order their attempts were remembered: the oldest leave first. */
    private final ArrayDeque<Seen> order = new ArrayDeque<>();
    private long newestMillis = Long.MIN_VALUE;

    SettledDeliveries(Duration rememberFor) {
        this.rememberForMillis = rememberFor.toMillis();
    }

    synchronized void remember(String deliveryId, int attempt, boolean delivered, Instant at) {
        long atMillis = at == null ? newestMillis : at.toEpochMilli();
        if (atMillis == Long.MIN_VALUE) {
            atMillis = System.currentTimeMillis();
        }
        Settled before = byDelivery.get(deliveryId);
        long lastAt = before == null ? atMillis : Math.max(before.lastAtMillis(), atMillis);
        byDelivery.put(deliveryId, before == null ? new Settled(attempt, delivered, lastAt)
                : new Settled(Math.max(before.attempt(), attempt), before.delivered() || delivered, lastAt));
        order.addLast(new Seen(deliveryId, atMillis));
        newestMillis = Math.max(newestMillis, atMillis);
        forgetBefore(newestMillis - rememberForMillis);
    }

    private void forgetBefore(long horizonMillis) {
        while (!order.isEmpty() && order.peekFirst().atMillis() < horizonMillis) {
            Seen oldest = order.removeFirst();
            Settled settled = byDelivery.get(oldest.deliveryId());
            // a later attempt of the same delivery keeps it (its own entry further back in the queue forgets it)
            if (settled != null && settled.lastAtMillis() < horizonMillis) {
                byDelivery.remove(oldest.deliveryId());
            }
        }
    }

    synchronized boolean delivered(String deliveryId) {
        Settled settled = byDelivery.get(deliveryId);
        return settled != null && settled.delivered();
    }

    /** The highest attempt number already settled for a delivery, 0 when none (or forgotten). */
    synchronized int attempt(String deliveryId) {
        Settled settled = byDelivery.get(deliveryId);
        return settled == null ? 0 : settled.attempt();
    }

    synchronized int size() {
        return byDelivery.size();
    }
}
