package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;

/** {@link ClaimHistory#insert} (binary search, one copy) against the copy-append-sort it replaced, and its reported change. */
class ClaimHistoryInsertTest {

    /** ClaimHistory.with as it was before insert (commit fc43eab): copy, append, stable sort, drop the oldest. */
    static ClaimHistory copyAndSort(ClaimHistory h, HistoryEntry entry, List<String> newAlertKeys, int maxEntries, int maxAlertKeys) {
        List<HistoryEntry> sorted = new ArrayList<>(h.entries());
        sorted.add(entry);
        sorted.sort(ClaimHistory.EVENT_TIME);
        if (sorted.size() > maxEntries) {
            sorted = new ArrayList<>(sorted.subList(sorted.size() - maxEntries, sorted.size()));
        }
        Set<String> keys = new LinkedHashSet<>(h.alertKeys());
        keys.addAll(newAlertKeys);
        List<String> keptKeys = new ArrayList<>(keys);
        if (keptKeys.size() > maxAlertKeys) {
            keptKeys = new ArrayList<>(keptKeys.subList(keptKeys.size() - maxAlertKeys, keptKeys.size()));
        }
        return new ClaimHistory(h.issue(), h.aspect(), sorted, keptKeys, Math.max(h.nextArrival(), entry.arrival() + 1));
    }

    @Test
    void insertKeepsTheOrderAndBoundsOfCopyAndSortAndReportsExactlyWhatChanged() {
        Random random = new Random(11);
        for (int[] bounds : new int[][] {{500, 5000}, {7, 5}, {1, 1}, {30, 12}}) {
            int maxEntries = bounds[0];
            int maxKeys = bounds[1];
            ClaimHistory history = ClaimHistory.empty("arms-pact", "status");
            for (int i = 0; i < 900; i++) {
                // many claims on few days (ties broken by arrival), some undated-by-text, some far in the past
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(10) == 0 ? -random.nextInt(400) : random.nextInt(60));
                boolean dated = random.nextBoolean();
                Claim claim = new Claim("c" + i, "a" + random.nextInt(300), 1, null, null, "Wire",
                        Instant.parse("2020-03-01T10:00:00Z").plusSeconds(86_400L * random.nextInt(90)), "arms-pact", "status", "in-force",
                        null, null, null, dated ? day : null, dated ? "day" : null, new Evidence("s", 0, 1), 0.9, null);
                HistoryEntry entry = new HistoryEntry(claim, history.nextArrival());
                List<String> keys = random.nextInt(3) == 0 ? List.of("UPDATE|" + claim.articleId()) : List.of();

                ClaimHistory.Change change = history.insert(entry, keys, maxEntries, maxKeys);
                ClaimHistory expected = copyAndSort(history, entry, keys, maxEntries, maxKeys);
                assertThat(change.after()).isEqualTo(expected);
                assertThat(history.with(entry, keys, maxEntries, maxKeys)).isEqualTo(expected);

                // the change turns the old history into the new one: what the store's records go through
                List<HistoryEntry> entries = new ArrayList<>(history.entries());
                entries.removeAll(change.evicted());
                assertThat(change.evicted()).allMatch(history.entries()::contains);
                if (change.added() != null) {
                    assertThat(change.added()).isSameAs(entry);
                    entries.add(change.added());
                } else {
                    assertThat(expected.entries()).doesNotContain(entry);
                }
                entries.sort(ClaimHistory.EVENT_TIME);
                assertThat(entries).isEqualTo(expected.entries());
                List<String> alertKeys = new ArrayList<>(history.alertKeys());
                alertKeys.removeAll(change.evictedAlertKeys());
                alertKeys.addAll(change.addedAlertKeys());
                assertThat(alertKeys).isEqualTo(expected.alertKeys());
                history = change.after();
            }
            assertThat(history.entries()).hasSize(Math.min(900, maxEntries));
        }
    }
}
