package dev.newsmon.alert.streams;

/** What a new claim did to what was known about its aspect. */
public enum Verdict {
    /** Same claimId seen before: ignored, history unchanged. */
    DUPLICATE,
    /** First state known about the aspect: recorded, nothing to compare with. */
    BASELINE,
    /** Same state as the latest known one: recorded as corroboration. */
    CORROBORATED,
    /** An older event or a late article: inserted at its place, no alert against newer knowledge. */
    LATE,
    /** A state already reported earlier, repeated without a date of its own: an old fact, not news. */
    RESTATED,
    /** Negated, denied, or hedged/expected about a non-planned state: recorded, never a state change. */
    NOT_A_STATE,
    /** The article already raised this alert for the aspect. */
    ALREADY_ALERTED,
    UPDATE,
    CONTRADICTION
}
