package dev.newsmon.alert.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is known about one aspect of one issue: its claims ordered by event time (ties by arrival), and
 * the alert keys already raised so that one article never alerts twice about the same thing.
 * The judge keeps it in memory; the {@code claim-history-v2} store holds it as one record per entry and per
 * alert key plus a small header (see {@link HistoryRecords}), so a claim writes what changed, not the whole history.
 */
public record ClaimHistory(String issue, String aspect, List<HistoryEntry> entries, List<String> alertKeys, long nextArrival) {

    static final Comparator<HistoryEntry> EVENT_TIME = Comparator
            .comparing(HistoryEntry::knownAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(HistoryEntry::arrival);

    public ClaimHistory {
        entries = entries == null ? List.of() : List.copyOf(entries);
        alertKeys = alertKeys == null ? List.of() : List.copyOf(alertKeys);
    }

    public static ClaimHistory empty(String issue, String aspect) {
        return new ClaimHistory(issue, aspect, List.of(), List.of(), 0);
    }

    public static String key(String issue, String aspect) {
        return issue + "/" + aspect;
    }

    public boolean contains(String claimId) {
        for (HistoryEntry e : entries) {
            if (e.claim().claimId().equals(claimId)) {
                return true;
            }
        }
        return false;
    }

    public boolean alerted(String alertKey) {
        return alertKeys.contains(alertKey);
    }

    /** A copy with the entry inserted at its place by event time, keeping at most {@code maxEntries} (the oldest go first). */
    public ClaimHistory with(HistoryEntry entry, List<String> newAlertKeys, int maxEntries, int maxAlertKeys) {
        return insert(entry, newAlertKeys, maxEntries, maxAlertKeys).after();
    }

    /**
     * What one insertion changed, so that the store can be told only that.
     *
     * @param added            the new entry, or null when it was the oldest of a full history and dropped at once
     * @param evicted          entries that fell out of the bound (the oldest by event time)
     * @param addedAlertKeys   alert keys new to the history (and kept)
     * @param evictedAlertKeys alert keys that fell out of their bound (the earliest raised)
     */
    public record Change(ClaimHistory after, HistoryEntry added, List<HistoryEntry> evicted, List<String> addedAlertKeys,
            List<String> evictedAlertKeys) {
    }

    /**
     * {@link #with}, also saying what changed. The entry goes in by binary search after every entry that does not
     * sort after it (so ties keep arrival order, as a stable sort of the list with the entry appended did), and the
     * oldest fall off the front; alert keys are appended unless already known and the earliest fall off the front.
     * One copy of each list, no sort.
     */
    public Change insert(HistoryEntry entry, List<String> newAlertKeys, int maxEntries, int maxAlertKeys) {
        int size = entries.size();
        int at = upperBound(entry);
        int total = size + 1;
        int drop = Math.max(0, total - maxEntries);
        HistoryEntry[] kept = new HistoryEntry[total - drop];
        List<HistoryEntry> evicted = new ArrayList<>(Math.min(drop, total));
        for (int i = 0; i < total; i++) {
            HistoryEntry e = i < at ? entries.get(i) : i == at ? entry : entries.get(i - 1);
            if (i < drop) {
                if (e != entry) {
                    evicted.add(e);
                }
            } else {
                kept[i - drop] = e;
            }
        }

        List<String> fresh = new ArrayList<>(newAlertKeys.size());
        for (String key : newAlertKeys) {
            if (!alertKeys.contains(key) && !fresh.contains(key)) {
                fresh.add(key);
            }
        }
        List<String> keys = alertKeys;
        List<String> evictedKeys = List.of();
        List<String> addedKeys = fresh;
        int keyCount = alertKeys.size() + fresh.size();
        if (!fresh.isEmpty() || keyCount > maxAlertKeys) {
            int keyDrop = Math.max(0, keyCount - maxAlertKeys);
            String[] keptKeys = new String[keyCount - keyDrop];
            List<String> droppedKeys = new ArrayList<>();
            for (int i = 0; i < keyCount; i++) {
                String k = i < alertKeys.size() ? alertKeys.get(i) : fresh.get(i - alertKeys.size());
                if (i >= keyDrop) {
                    keptKeys[i - keyDrop] = k;
                } else if (i < alertKeys.size()) {
                    droppedKeys.add(k);
                }
            }
            keys = List.of(keptKeys);
            evictedKeys = droppedKeys;
            addedKeys = keyDrop > alertKeys.size() ? fresh.subList(keyDrop - alertKeys.size(), fresh.size()) : fresh;
        }
        ClaimHistory after = new ClaimHistory(issue, aspect, List.of(kept), keys, Math.max(nextArrival, entry.arrival() + 1));
        return new Change(after, at >= drop ? entry : null, evicted, List.copyOf(addedKeys), evictedKeys);
    }

    /** The first index whose entry sorts strictly after {@code entry}. */
    private int upperBound(HistoryEntry entry) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (EVENT_TIME.compare(entries.get(mid), entry) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
