package dev.newsmon.alert.streams;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.json.Json;

/**
 * The reference for the differential tests and the benchmark: the judge as it was before the history was split
 * into records (commit fc43eab), keeping each aspect's whole {@link ClaimHistory} as one JSON record of the
 * {@link #STORE} store and rewriting it for every claim, with the same in-memory cache in front. Test scope only.
 */
final class WholeRecordJudge implements Processor<String, byte[], String, Object> {

    private final AlertRules rules;
    private final StreamsMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, ClaimHistory> histories;
    private KeyValueStore<String, Alert> alerts;
    private final boolean cacheHistories;
    private Map<String, ClaimHistory> cached;

    /** The former store name; its values are whole ClaimHistory records. */
    static final String STORE = "claim-history";

    WholeRecordJudge(AlertRules rules, StreamsMetrics metrics, boolean cacheHistories) {
        this.rules = rules;
        this.metrics = metrics;
        this.cacheHistories = cacheHistories;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.histories = context.getStateStore(STORE);
        this.alerts = context.getStateStore(StreamsNames.ALERTS_STORE);
        this.cached = new HashMap<>();
    }

    @Override
    public void close() {
        cached = null;
    }

    private ClaimHistory history(String key) {
        if (!cacheHistories) {
            return histories.get(key);
        }
        ClaimHistory history = cached.get(key);
        if (history == null) {
            history = histories.get(key);
            if (history != null) {
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
        try {
            key = claim == null || claim.issue() == null ? null : ClaimHistory.key(claim.issue(), claim.aspect());
            decision = rules.decide(key == null ? null : history(key), claim);
        } catch (InvalidClaimException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        metrics.claimJudged(claim, decision.verdict());
        if (decision.verdict() == Verdict.DUPLICATE) {
            return;
        }
        histories.put(key, decision.history());
        if (cacheHistories) {
            cached.put(key, decision.history());
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
