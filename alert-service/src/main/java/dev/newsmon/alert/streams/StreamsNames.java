package dev.newsmon.alert.streams;

/** Names of the topology's stores and nodes, shared by the topology, the REST queries and the tests. */
public final class StreamsNames {

    /**
     * Persistent, changelogged: each aspect's {@link ClaimHistory} as small records keyed {@code issue/aspect#...}
     * ({@link HistoryRecords}). Named v2 because the former {@code claim-history} store held one whole-history record
     * per aspect: a new name gives a new changelog topic, so an old-format changelog is never read as the new layout.
     */
    public static final String HISTORY_STORE = "claim-history-v2";
    /** Persistent, changelogged: {@code issue|alertId} to the Alert, for {@code GET /api/alerts}. */
    public static final String ALERTS_STORE = "alerts";

    static final String SOURCE = "claims-source";
    static final String PROCESSOR = "claims-judge";
    static final String ALERTS_SINK = "alerts-sink";
    static final String DLQ_SINK = "claims-dlq-sink";

    /** Header on dead-lettered claims: why the claim was refused. */
    public static final String DLQ_REASON_HEADER = "newsmon-dlq-reason";

    private StreamsNames() {
    }
}
