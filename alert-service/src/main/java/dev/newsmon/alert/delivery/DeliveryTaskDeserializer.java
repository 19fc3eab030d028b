package dev.newsmon.alert.delivery;

import dev.newsmon.events.json.JsonSerde;

/** For the messaging channel reading {@link dev.newsmon.events.Topics#DELIVERIES_RETRY}. */
public class DeliveryTaskDeserializer extends JsonSerde<DeliveryTask> {
    public DeliveryTaskDeserializer() {
        super(DeliveryTask.class);
    }
}
