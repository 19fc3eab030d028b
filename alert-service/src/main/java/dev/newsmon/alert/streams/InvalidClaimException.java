package dev.newsmon.alert.streams;

/** A claim that cannot be judged (missing fields, unknown issue, aspect or state); it goes to the claims dead-letter topic. */
public class InvalidClaimException extends IllegalArgumentException {

    public InvalidClaimException(String message) {
        super(message);
    }
}
