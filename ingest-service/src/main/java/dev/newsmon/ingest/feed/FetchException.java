package dev.newsmon.ingest.feed;

import java.time.Duration;

/** A fetch that produced no usable body; {@link #outcome()} is the metric label and health input. */
public class FetchException extends RuntimeException {

    /** Why a fetch failed, as reported in metrics and the feed state. */
    public enum Outcome {
        HTTP_ERROR("http_error"),
        NETWORK_ERROR("network_error"),
        TIMEOUT("timeout"),
        REFUSED("refused"),
        TOO_LARGE("too_large"),
        TOO_MANY_REDIRECTS("too_many_redirects");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private final Outcome outcome;
    private final int status;
    private final Duration retryAfter;

    public FetchException(Outcome outcome, int status, String message, Duration retryAfter) {
        super(message);
        this.outcome = outcome;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchException(Outcome outcome, String message) {
        this(outcome, 0, message, null);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** HTTP status, 0 when there was no response. */
    public int status() {
        return status;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
