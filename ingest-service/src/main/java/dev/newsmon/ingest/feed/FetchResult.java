package dev.newsmon.ingest.feed;

import java.time.Duration;

/**
 * A completed conditional fetch.
 *
 * @param notModified true for a 304: body is empty and the validators are unchanged
 * @param body        decoded (decompressed) body
 * @param finalUrl    URL after redirects, for resolving relative links
 * @param maxAge      Cache-Control max-age, or null
 */
public record FetchResult(
        boolean notModified,
        int status,
        byte[] body,
        String contentType,
        String etag,
        String lastModified,
        String finalUrl,
        Duration maxAge) {
}
