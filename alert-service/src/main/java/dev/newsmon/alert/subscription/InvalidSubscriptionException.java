package dev.newsmon.alert.subscription;

import java.util.List;

/** A subscription request that cannot be accepted; each problem names the field. */
public class InvalidSubscriptionException extends RuntimeException {

    private final List<String> problems;

    public InvalidSubscriptionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
