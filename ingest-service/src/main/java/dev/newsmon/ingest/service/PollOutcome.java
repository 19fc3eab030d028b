package dev.newsmon.ingest.service;

import java.time.Instant;

/**
 * What one poll of a feed did.
 *
 * @param outcome   ok, not_modified, parse_error, publish_error or a fetch failure label
 * @param items     items in the feed document (0 for a 304 or a failure)
 * @param published items written as new or updated versions
 * @param duplicates items already published with the same content
 */
public record PollOutcome(String feedId, String outcome, int status, int items, int published, int duplicates,
                          int skipped, String error, Instant nextPollAt) {
}
