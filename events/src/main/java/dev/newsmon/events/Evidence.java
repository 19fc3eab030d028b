package dev.newsmon.events;

/**
 * The sentence a claim rests on, with its character offsets into {@link RawArticle#text()}
 * (start inclusive, end exclusive).
 */
public record Evidence(String sentence, int start, int end) {
}
