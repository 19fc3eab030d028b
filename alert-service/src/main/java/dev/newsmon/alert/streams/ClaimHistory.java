package dev.newsmon.alert.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known about one aspect of one issue: its claims ordered by event time (ties by arrival), and
 * the alert keys already raised so that one article never alerts twice about the same thing.
 * This is the value of the persistent, changelogged {@code claim-history} store, keyed {@code issue/aspect}.
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
        return entries.stream().anyMatch(e -> e.claim().claimId().equals(claimId));
    }

    public boolean alerted(String alertKey) {
        return alertKeys.contains(alertKey);
    }

    /** A copy with the entry inserted at its place by event time, keeping at most {@code maxEntries} (the oldest go first). */
    public ClaimHistory with(HistoryEntry entry, List<String> newAlertKeys, int maxEntries, int maxAlertKeys) {
        List<HistoryEntry> sorted = new ArrayList<>(entries);
        sorted.add(entry);
        sorted.sort(EVENT_TIME);
        if (sorted.size() > maxEntries) {
            sorted = new ArrayList<>(sorted.subList(sorted.size() - maxEntries, sorted.size()));
        }
        Set<String> keys = new LinkedHashSet<>(alertKeys);
        keys.addAll(newAlertKeys);
        List<String> keptKeys = new ArrayList<>(keys);
        if (keptKeys.size() > maxAlertKeys) {
            keptKeys = new ArrayList<>(keptKeys.subList(keptKeys.size() - maxAlertKeys, keptKeys.size()));
        }
        return new ClaimHistory(issue, aspect, sorted, keptKeys, Math.max(nextArrival, entry.arrival() + 1));
    }
}
