package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.json.JsonSerde;

/** The store layout on its own: aspects whose ids prefix one another stay apart, and what is written reads back. */
class HistoryRecordsTest {

    @Test
    void anAspectIdThatPrefixesAnotherNeverReadsItsRecords() {
        KeyValueStore<String, HistoryRecord> store = emptyStore();
        ClaimHistory meeting = write(store, ClaimHistory.empty("summit", "meeting"), 3, "UPDATE|m");
        ClaimHistory meetingX = write(store, ClaimHistory.empty("summit", "meeting-x"), 2, "UPDATE|x");
        ClaimHistory other = write(store, ClaimHistory.empty("summit-2", "meeting"), 1, "UPDATE|o");

        try (var records = store.prefixScan(HistoryRecords.prefix("summit/meeting"), new StringSerializer())) {
            assertThat(HistoryRecords.read(records)).extracting(HistoryRecords.Stored::history).containsExactly(meeting);
        }
        assertThat(StoreQueries.histories(store, "summit")).containsExactly(meeting, meetingX);
        assertThat(StoreQueries.histories(store, "summit-2")).containsExactly(other);
        assertThat(StoreQueries.histories(store, "summ")).isEmpty();
    }

    @Test
    void recordsWithoutTheirHeaderStillReadBackWithoutReusingAnArrivalNumber() {
        KeyValueStore<String, HistoryRecord> store = emptyStore();
        ClaimHistory meeting = write(store, ClaimHistory.empty("summit", "meeting"), 3, "UPDATE|m");
        store.delete(HistoryRecords.prefix("summit/meeting") + "h");
        assertThat(StoreQueries.histories(store, "summit")).containsExactly(meeting);
    }

    private static KeyValueStore<String, HistoryRecord> emptyStore() {
        KeyValueStore<String, HistoryRecord> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StreamsNames.HISTORY_STORE),
                Serdes.String(), new JsonSerde<>(HistoryRecord.class)).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static ClaimHistory write(KeyValueStore<String, HistoryRecord> store, ClaimHistory history, int claims, String alertKey) {
        long seq = 0;
        for (int i = 0; i < claims; i++) {
            Claim claim = new Claim(history.aspect() + "-" + i, "a-" + history.aspect() + "-" + i, 1, null, null, "Wire",
                    Instant.parse("2020-01-01T00:00:00Z").plusSeconds(86_400L * (claims - i)), history.issue(), history.aspect(), "held",
                    null, null, null, null, null, new Evidence("s", 0, 1), 0.9, null);
            ClaimHistory.Change change = history.insert(new HistoryEntry(claim, history.nextArrival()), List.of(alertKey + i), 500, 5000);
            store.putAll(HistoryRecords.changes(ClaimHistory.key(history.issue(), history.aspect()), change, seq));
            seq = HistoryRecords.nextAlertKeySeq(seq, change);
            history = change.after();
        }
        return history;
    }
}
