package dev.newsmon.events;

import java.util.List;

/**
 * A watched issue an article substantively mentions.
 *
 * @param score    0..1, how central the issue is to the article
 * @param mentions how many alias matches counted towards the score
 * @param evidence the sentences that mention it, best first (at most a few)
 */
public record IssueTag(String id, double score, int mentions, List<String> evidence) {
}
