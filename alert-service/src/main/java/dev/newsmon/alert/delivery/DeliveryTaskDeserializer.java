package dev.newsmon.alert.delivery;

import dev.newsmon.events.json.JsonSerde;

/** For the messaging channel reading newsmon.deliveries.retry. */
public class DeliveryTaskDeserializer extends JsonSerde<DeliveryTask> {
    public DeliveryTaskDeserializer() {
        super(DeliveryTask.class);
    }
}
