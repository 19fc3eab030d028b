package dev.newsmon.ingest.rest;

/** Error answer: what was wrong and, when it is about one input field, which. */
public record ErrorBody(String error, String field) {
}
