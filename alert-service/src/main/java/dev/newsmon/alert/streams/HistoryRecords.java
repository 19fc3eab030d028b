package dev.newsmon.alert.streams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * How an aspect's {@link ClaimHistory} is laid out in the {@code claim-history-v2} store, so that judging a claim
 * writes a few small records instead of the whole history (a 500-claim history is several hundred KB of JSON,
 * which the former layout rewrote into RocksDB and the changelog for every claim). Keys, all starting with the aspect's prefix
 * {@code issue/aspect#} ('#' cannot occur in watchlist ids, which are lower-case words joined by '-', so one
 * aspect's prefix is never a prefix of another's, e.g. {@code meeting#} and {@code meeting-x#}):
 * <ul>
 * <li>{@code issue/aspect#h}: the header (issue, aspect, next arrival number), rewritten with every claim;</li>
 * <li>{@code issue/aspect#e/<knownAt>/<arrival>}: one history entry, written once, deleted (tombstone) when the
 *     500-entry bound evicts it; arrival numbers are unique within an aspect, so the key is too;</li>
 * <li>{@code issue/aspect#k/<alert key>}: one alert key (e.g. {@code UPDATE|articleId}) with its raising order,
 *     deleted when the 5,000-key bound evicts it. The alert key cannot be derived from the alerts store (its
 *     ids hash the claim ids, the key names the article) and has its own bound and lifetime.</li>
 * </ul>
 * A judged claim writes the header, its entry, at most one alert key and at most one eviction of each (more only
 * if the bounds were lowered), all in one {@code putAll} (one RocksDB write batch, so interactive queries never
 * see half a change) and in the same exactly-once transaction as the alert. Reading an aspect back is a prefix
 * scan, sorted the same way the history is kept (event time, ties by arrival; alert keys by raising order).
 */
public final class HistoryRecords {

    static final char SEPARATOR = '#';
    private static final String HEADER = "h";
    private static final String ENTRY = "e/";
    private static final String ALERT_KEY = "k/";

    private HistoryRecords() {
    }

    /** An aspect's history as read from the store, with the raising order the next alert key gets. */
    record Stored(ClaimHistory history, long nextAlertKeySeq) {
    }

    /** The prefix of every record of the aspect {@code ClaimHistory.key(issue, aspect)}. */
    static String prefix(String aspectKey) {
        return aspectKey + SEPARATOR;
    }

    /** The prefix of every record of every aspect of an issue. */
    static String issuePrefix(String issue) {
        return issue + "/";
    }

    static String entryKey(String prefix, HistoryEntry entry) {
        LocalDate day = entry.knownAt();
        String arrival = Long.toString(entry.arrival());
        StringBuilder key = new StringBuilder(prefix.length() + 32).append(prefix).append(ENTRY)
                .append(day == null ? "undated" : day.toString()).append('/');
        for (int i = arrival.length(); i < 12; i++) {
            key.append('0');
        }
        return key.append(arrival).toString();
    }

    static String alertKeyKey(String prefix, String alertKey) {
        return prefix + ALERT_KEY + alertKey;
    }

    /**
     * The records to write for one judged claim.
     *
     * @param nextAlertKeySeq raising order of the first alert key this change adds
     */
    static List<KeyValue<String, HistoryRecord>> changes(String aspectKey, ClaimHistory.Change change, long nextAlertKeySeq) {
        String prefix = prefix(aspectKey);
        List<KeyValue<String, HistoryRecord>> writes = new ArrayList<>(3 + change.evicted().size() + change.evictedAlertKeys().size());
        if (change.added() != null) {
            writes.add(KeyValue.pair(entryKey(prefix, change.added()), HistoryRecord.entry(change.added())));
        }
        for (HistoryEntry gone : change.evicted()) {
            writes.add(KeyValue.pair(entryKey(prefix, gone), null));
        }
        long seq = nextAlertKeySeq;
        for (String key : change.addedAlertKeys()) {
            writes.add(KeyValue.pair(alertKeyKey(prefix, key), HistoryRecord.alertKey(seq++)));
        }
        for (String key : change.evictedAlertKeys()) {
            writes.add(KeyValue.pair(alertKeyKey(prefix, key), null));
        }
        writes.add(KeyValue.pair(prefix + HEADER, HistoryRecord.header(change.after())));
        return writes;
    }

    /** The raising order the next alert key gets once {@code change} is written on top of a history whose next was {@code before}. */
    static long nextAlertKeySeq(long before, ClaimHistory.Change change) {
        return before + change.addedAlertKeys().size();
    }

    /** Every aspect history in the records the iterator yields (a prefix scan of an issue, or of the whole store), in key order. */
    static List<Stored> read(KeyValueIterator<String, HistoryRecord> records) {
        Map<String, Builder> byAspect = new TreeMap<>();
        while (records.hasNext()) {
            KeyValue<String, HistoryRecord> record = records.next();
            int separator = record.key.indexOf(SEPARATOR);
            if (separator < 0 || record.value == null) {
                continue;
            }
            String aspectKey = record.key.substring(0, separator);
            Builder builder = byAspect.computeIfAbsent(aspectKey, Builder::new);
            HistoryRecord value = record.value;
            if (value.entry() != null) {
                builder.entries.add(value.entry());
            } else if (value.alertKeySeq() != null) {
                String tag = record.key.substring(separator + 1);
                if (tag.startsWith(ALERT_KEY)) {
                    builder.alertKeys.add(new SeqKey(value.alertKeySeq(), tag.substring(ALERT_KEY.length())));
                }
            } else if (value.nextArrival() != null) {
                builder.header = value;
            }
        }
        List<Stored> out = new ArrayList<>(byAspect.size());
        for (Builder builder : byAspect.values()) {
            out.add(builder.build());
        }
        return out;
    }

    private record SeqKey(long seq, String key) {
    }

    private static final class Builder {
        private final String aspectKey;
        private HistoryRecord header;
        private final List<HistoryEntry> entries = new ArrayList<>();
        private final List<SeqKey> alertKeys = new ArrayList<>();

        Builder(String aspectKey) {
            this.aspectKey = aspectKey;
        }

        Stored build() {
            // key order is by day then arrival already for ordinary dates; sorting keeps the history's own order exact
            entries.sort(ClaimHistory.EVENT_TIME);
            alertKeys.sort(Comparator.comparingLong(SeqKey::seq));
            List<String> keys = new ArrayList<>(alertKeys.size());
            for (SeqKey k : alertKeys) {
                keys.add(k.key());
            }
            long nextSeq = alertKeys.isEmpty() ? 0 : alertKeys.get(alertKeys.size() - 1).seq() + 1;
            if (header == null) {
                // every change writes the header in the same batch as its records, so this is a damaged store: read
                // what is there, and never hand out an arrival number an entry already has (its key would be reused)
                int slash = aspectKey.indexOf('/');
                long nextArrival = entries.stream().mapToLong(HistoryEntry::arrival).max().orElse(-1) + 1;
                header = new HistoryRecord(aspectKey.substring(0, Math.max(slash, 0)), aspectKey.substring(slash + 1), nextArrival, null, null);
            }
            return new Stored(new ClaimHistory(header.issue(), header.aspect(), entries, keys, header.nextArrival()), nextSeq);
        }
    }
}
