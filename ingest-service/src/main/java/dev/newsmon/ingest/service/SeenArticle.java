package dev.newsmon.ingest.service;

/** Value of the compacted topic {@code newsmon.ingest.seen} (key: article id): what was last published. */
public record SeenArticle(int version, String contentHash) {
}
