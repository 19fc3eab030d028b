package dev.newsmon.alert.streams;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of one record of the {@code claim-history-v2} store; which fields are set says what it is (see
 * {@link HistoryRecords} for the keys):
 * <ul>
 * <li>the aspect's header: {@code issue}, {@code aspect}, {@code nextArrival} (the arrival number the next claim gets);</li>
 * <li>one history entry: {@code entry};</li>
 * <li>one alert key already raised (the key is in the record's key): {@code alertKeySeq}, its order of raising.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryRecord(String issue, String aspect, Long nextArrival, HistoryEntry entry, Long alertKeySeq) {

    static HistoryRecord header(ClaimHistory history) {
        return new HistoryRecord(history.issue(), history.aspect(), history.nextArrival(), null, null);
    }

    static HistoryRecord entry(HistoryEntry entry) {
        return new HistoryRecord(null, null, null, entry, null);
    }

    static HistoryRecord alertKey(long seq) {
        return new HistoryRecord(null, null, null, null, seq);
    }
}
