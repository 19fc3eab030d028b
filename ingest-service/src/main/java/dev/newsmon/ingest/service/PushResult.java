package dev.newsmon.ingest.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Answer to a push: what was accepted (with its id, version and new / updated / duplicate) and what
 * was rejected (naming the item, the line when known, the field and the rule).
 */
public record PushResult(List<Accepted> accepted, List<Rejected> rejected) {

    public record Accepted(String name, String id, int version, IngestStatus status) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rejected(String name, Integer line, String field, String error) {
    }
}
