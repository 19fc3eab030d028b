package dev.newsmon.ingest.service;

/** A write to Kafka that was not acknowledged: the caller must not report the article as accepted. */
public class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
