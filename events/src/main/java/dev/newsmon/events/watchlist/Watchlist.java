package dev.newsmon.events.watchlist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The watched issues and their state vocabularies: data shared by extract-service (what to tag and
 * which states to extract) and alert-service (which transitions are updates, which pairs contradict).
 * Loaded from YAML by {@link WatchlistLoader}; the default ships as {@code watchlist/default.yaml}.
 */
public record Watchlist(int version, Map<String, Vocabulary> vocabularies, List<WatchedIssue> issues) {

    public Optional<WatchedIssue> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The vocabulary of an issue's aspect, when both exist. */
    public Optional<Vocabulary> vocabulary(String issueId, String aspectId) {
        return issue(issueId).flatMap(i -> i.aspect(aspectId)).map(a -> vocabularies.get(a.vocabulary()));
    }
}
