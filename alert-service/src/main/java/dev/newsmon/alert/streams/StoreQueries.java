package dev.newsmon.alert.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.newsmon.events.Alert;

/**
 * Interactive queries on the topology's stores. Each instance answers from the partitions it owns; with one
 * instance (or one partition) that is everything.
 */
@ApplicationScoped
public class StoreQueries {

    private final KafkaStreams streams;

    public StoreQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Thrown while the stores are not queryable (starting, rebalancing): the API answers 503. */
    public static class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }

    public List<Alert> alerts(Optional<String> issue) {
        ReadOnlyKeyValueStore<String, Alert> store = store(StreamsNames.ALERTS_STORE);
        List<Alert> out = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = issue.isPresent()
                ? store.prefixScan(issue.get() + "|", new org.apache.kafka.common.serialization.StringSerializer())
                : store.all()) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /** The histories of every aspect of an issue, in aspect order. */
    public List<ClaimHistory> histories(String issue) {
        return histories(store(StreamsNames.HISTORY_STORE), issue);
    }

    /** Reassembles each aspect's history from its records (one prefix scan over the issue, seen as one RocksDB snapshot). */
    static List<ClaimHistory> histories(ReadOnlyKeyValueStore<String, HistoryRecord> store, String issue) {
        List<ClaimHistory> out = new ArrayList<>();
        try (KeyValueIterator<String, HistoryRecord> it = store.prefixScan(HistoryRecords.issuePrefix(issue),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            HistoryRecords.read(it).forEach(stored -> out.add(stored.history()));
        }
        return out;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw new NotReadyException("claim history is not queryable yet (Kafka Streams is " + streams.state() + ")");
        }
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new NotReadyException("store " + name + " is not queryable yet: " + e.getMessage());
        }
    }
}
