package dev.newsmon.ingest.service;

import com.fasterxml.jackson.annotation.JsonValue;

/** What ingest did with an article. */
public enum IngestStatus {
    NEW, UPDATED, DUPLICATE;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
