package dev.newsmon.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.json.Json;

class ApiCommandsTest {

    @Test
    void describesAFeedWithHealthLastFetchAndLastError() throws Exception {
        var feed = Json.MAPPER.readTree("""
                {"id":"f-1","url":"https://news.example/rss","name":"Example News","health":"degraded",
                 "lastFetchAt":"2026-11-22T19:55:34.984460129Z","itemsPublished":12,
                 "lastError":"cannot connect to https://news.example/rss"}
                """);

        assertThat(ApiCommands.describeFeed(feed)).isEqualTo("""
                Example News [degraded]  https://news.example/rss
                      id f-1, last fetch 2026-11-22T19:55:34Z, 12 items published
                      last error: cannot connect to https://news.example/rss""");
    }

    @Test
    void describesAFreshFeedOnOneLine() throws Exception {
        var feed = Json.MAPPER.readTree("{\"url\":\"https://news.example/rss\",\"health\":\"new\"}");
        assertThat(ApiCommands.describeFeed(feed)).isEqualTo("(unnamed) [new]  https://news.example/rss");
    }
}
