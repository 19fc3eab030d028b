package dev.newsmon.events.watchlist;

/** A watchlist that cannot be used; the message names the file and the bad entries. */
public class InvalidWatchlistException extends IllegalArgumentException {

    public InvalidWatchlistException(String message) {
        super(message);
    }
}
