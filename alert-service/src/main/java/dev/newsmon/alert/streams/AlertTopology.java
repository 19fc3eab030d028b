package dev.newsmon.alert.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.JsonSerde;

/**
 * newsmon.claims (key: issue) → judge (stores: claim-history-v2, alerts) → newsmon.alerts (key: issue),
 * refused claims → newsmon.claims.dlq. The input is keyed by issue, so an issue's history lives in exactly
 * one partition's store and moves with that partition when instances scale.
 */
public final class AlertTopology {

    private AlertTopology() {
    }

    public static Topology build(AlertRules rules, StreamsMetrics metrics) {
        return build(rules, metrics, true);
    }

    /** @param cacheHistories false only to compare with the uncached judge (tests and the benchmark) */
    static Topology build(AlertRules rules, StreamsMetrics metrics, boolean cacheHistories) {
        Topology topology = new Topology();
        topology.addSource(StreamsNames.SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.CLAIMS);
        topology.addProcessor(StreamsNames.PROCESSOR, () -> new ClaimJudge(rules, metrics, cacheHistories), StreamsNames.SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StreamsNames.HISTORY_STORE), Serdes.String(), new JsonSerde<>(HistoryRecord.class)),
                StreamsNames.PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StreamsNames.ALERTS_STORE), Serdes.String(), new JsonSerde<>(Alert.class)),
                StreamsNames.PROCESSOR);
        Serializer<Alert> alertSerializer = new JsonSerde<>(Alert.class);
        topology.addSink(StreamsNames.ALERTS_SINK, Topics.ALERTS, new StringSerializer(), alertSerializer, StreamsNames.PROCESSOR);
        topology.addSink(StreamsNames.DLQ_SINK, Topics.CLAIMS_DLQ, new StringSerializer(), new ByteArraySerializer(), StreamsNames.PROCESSOR);
        return topology;
    }
}
