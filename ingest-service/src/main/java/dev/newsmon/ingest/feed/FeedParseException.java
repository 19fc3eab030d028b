package dev.newsmon.ingest.feed;

/** A body that is not a feed we can read (broken XML, a DOCTYPE, an unknown format). */
public class FeedParseException extends RuntimeException {
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
