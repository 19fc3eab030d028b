package dev.newsmon.events;

/** What a new claim did to what was known. */
public enum AlertType {
    /** The state changed after the latest known state, by event time. */
    UPDATE,
    /** The claim is incompatible with a known claim about the same thing at the same time. */
    CONTRADICTION
}
