package dev.newsmon.alert.streams;

/** Names of the topology's stores and nodes, shared by the topology, the REST queries and the tests. */
public final class StreamsNames {

    /** Persistent, changelogged: {@code issue/aspect} to {@link ClaimHistory}. */
    public static final String HISTORY_STORE = "claim-history";
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
