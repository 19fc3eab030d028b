package dev.newsmon.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How firmly a claim is put. */
public enum Modality {
    /** Stated as fact. */
    @JsonProperty("asserted") ASSERTED,
    /** Planned, scheduled or expected ("will meet", "is due to"). */
    @JsonProperty("expected") EXPECTED,
    /** Possible only ("may", "could", "might"). */
    @JsonProperty("hedged") HEDGED,
    /** A party denies it ("the Kremlin denied"). */
    @JsonProperty("denied") DENIED
}
