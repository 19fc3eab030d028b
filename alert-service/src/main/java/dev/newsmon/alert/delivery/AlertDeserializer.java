package dev.newsmon.alert.delivery;

import dev.newsmon.events.Alert;
import dev.newsmon.events.json.JsonSerde;

/** For the messaging channel reading newsmon.alerts. */
public class AlertDeserializer extends JsonSerde<Alert> {
    public AlertDeserializer() {
        super(Alert.class);
    }
}
