package dev.newsmon.alert.streams;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.json.Json;

/**
 * Reads each claim (raw bytes, so that a record that is not a Claim can be dead-lettered with its reason
 * instead of stopping the stream), judges it with {@link AlertRules} against the aspect's history and
 * writes what changed in the history and any alert. Under exactly_once_v2 the store writes, the alert and the
 * input offset commit together, so a crash or rebalance never emits an alert twice nor loses one.
 *
 * <p>The {@code claim-history-v2} store holds each history as small records (a header, one record per entry, one
 * per alert key; {@link HistoryRecords}), and a claim writes only the records it changes: its entry, the header,
 * an alert key if it raised one, and tombstones for what the bounds evicted. Rewriting the whole history as one
 * JSON record per claim (the former {@code claim-history} store) was most of the service's CPU and of the broker's
 * bytes in the pipeline benchmark.
 *
 * <p>Histories are kept deserialized in a per-task map in front of the store, built on first use from a prefix scan
 * of the aspect's records. The store stays the truth (every change is written to it and its changelog); the map
 * only spares the reads. It is created in {@link #init} and dropped in {@link #close}, and Kafka Streams closes a
 * task's processors whenever it closes, suspends or revives the task (an aborted exactly-once transaction, a
 * corrupted or migrated task) and calls init() again only after the store was restored, so the map never holds a
 * write that the store rolled back, whichever records of an aspect the rollback touched: after init() every
 * aspect is read afresh, all its records together. Its size is bounded by the watchlist: keys are issue/aspect
 * pairs, and only histories that were read or written are kept.
 */
class ClaimJudge implements Processor<String, byte[], String, Object> {

    private final AlertRules rules;
    private final StreamsMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, HistoryRecord> histories;
    private KeyValueStore<String, Alert> alerts;
    private final boolean cacheHistories;
    private Map<String, HistoryRecords.Stored> cached;
    private final StringSerializer keySerializer = new StringSerializer();

    ClaimJudge(AlertRules rules, StreamsMetrics metrics, boolean cacheHistories) {
        this.rules = rules;
        this.metrics = metrics;
        this.cacheHistories = cacheHistories;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.histories = context.getStateStore(StreamsNames.HISTORY_STORE);
        this.alerts = context.getStateStore(StreamsNames.ALERTS_STORE);
        this.cached = new HashMap<>();
    }

    @Override
    public void close() {
        cached = null;
    }

    /** The aspect's history, null when nothing is stored yet. */
    private HistoryRecords.Stored history(String key) {
        HistoryRecords.Stored history = cacheHistories ? cached.get(key) : null;
        if (history == null) {
            try (KeyValueIterator<String, HistoryRecord> records = histories.prefixScan(HistoryRecords.prefix(key), keySerializer)) {
                List<HistoryRecords.Stored> read = HistoryRecords.read(records);
                history = read.isEmpty() ? null : read.get(0);
            }
            if (history != null && cacheHistories) {
                cached.put(key, history);
            }
        }
        return history;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Claim claim;
        try {
            if (record.value() == null) {
                throw new InvalidClaimException("empty record (no value)");
            }
            claim = Json.MAPPER.readValue(record.value(), Claim.class);
        } catch (Exception e) {
            deadLetter(record, e instanceof InvalidClaimException ? e.getMessage() : "not a valid Claim: " + firstLine(e.getMessage()));
            return;
        }
        Decision decision;
        String key;
        HistoryRecords.Stored known;
        try {
            key = claim == null || claim.issue() == null ? null : ClaimHistory.key(claim.issue(), claim.aspect());
            known = key == null ? null : history(key);
            decision = rules.decide(known == null ? null : known.history(), claim);
        } catch (InvalidClaimException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        metrics.claimJudged(claim, decision.verdict());
        if (decision.verdict() == Verdict.DUPLICATE) {
            return;
        }
        long nextAlertKeySeq = known == null ? 0 : known.nextAlertKeySeq();
        histories.putAll(HistoryRecords.changes(key, decision.change(), nextAlertKeySeq));
        if (cacheHistories) {
            cached.put(key, new HistoryRecords.Stored(decision.history(), HistoryRecords.nextAlertKeySeq(nextAlertKeySeq, decision.change())));
        }
        if (decision.alerts()) {
            Alert alert = decision.alert();
            alerts.put(alert.issue() + "|" + alert.alertId(), alert);
            context.forward(new Record<String, Object>(alert.issue(), alert, record.timestamp()), StreamsNames.ALERTS_SINK);
            metrics.alertEmitted(alert);
        }
    }

    private void deadLetter(Record<String, byte[]> record, String reason) {
        metrics.claimRejected(reason);
        Record<String, Object> out = new Record<String, Object>(record.key(), record.value(), record.timestamp(), record.headers());
        out.headers().add(StreamsNames.DLQ_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        context.forward(out, StreamsNames.DLQ_SINK);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
