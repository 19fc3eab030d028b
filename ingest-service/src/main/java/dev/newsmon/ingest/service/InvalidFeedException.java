package dev.newsmon.ingest.service;

/** A feed registration that breaks a rule; names the field. */
public class InvalidFeedException extends IllegalArgumentException {
    private final String field;

    public InvalidFeedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
