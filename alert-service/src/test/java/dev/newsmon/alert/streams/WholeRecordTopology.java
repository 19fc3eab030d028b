package dev.newsmon.alert.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.JsonSerde;

/** The topology as it was with {@link WholeRecordJudge} (one whole-history record per aspect): the reference. */
final class WholeRecordTopology {

    private WholeRecordTopology() {
    }

    static Topology build(AlertRules rules, StreamsMetrics metrics) {
        Topology topology = new Topology();
        topology.addSource(StreamsNames.SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.CLAIMS);
        topology.addProcessor(StreamsNames.PROCESSOR, () -> new WholeRecordJudge(rules, metrics, true), StreamsNames.SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(WholeRecordJudge.STORE), Serdes.String(), new JsonSerde<>(ClaimHistory.class)),
                StreamsNames.PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StreamsNames.ALERTS_STORE), Serdes.String(), new JsonSerde<>(Alert.class)),
                StreamsNames.PROCESSOR);
        topology.addSink(StreamsNames.ALERTS_SINK, Topics.ALERTS, new StringSerializer(), new JsonSerde<>(Alert.class), StreamsNames.PROCESSOR);
        topology.addSink(StreamsNames.DLQ_SINK, Topics.CLAIMS_DLQ, new StringSerializer(), new ByteArraySerializer(), StreamsNames.PROCESSOR);
        return topology;
    }
}
