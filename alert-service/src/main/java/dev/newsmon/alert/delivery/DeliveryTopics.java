package dev.newsmon.alert.delivery;

/** Internal topic of alert-service, next to the shared ones in {@link dev.newsmon.events.Topics}. */
public final class DeliveryTopics {

    /**
     * Deliveries waiting for their next attempt (key: subscription id, value: {@link DeliveryTask} with its due
     * time). Consumed by the group {@code newsmon-alert-delivery}, so pending retries survive restarts and are
     * shared among instances by partition.
     */
    public static final String RETRY = "newsmon.deliveries.retry";

    /** Consumer group of the delivery channels (fixed in the cross-service contract). */
    public static final String GROUP = "newsmon-alert-delivery";

    private DeliveryTopics() {
    }
}
