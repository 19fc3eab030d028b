package dev.newsmon.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    @Test
    void readsRss2WithTtlLanguageAndContent() {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("rss2.xml", null), "application/rss+xml", "https://harbour-gazette.example/rss");
        assertThat(feed.title()).isEqualTo("Harbour Gazette: World");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.ttlMinutes()).isEqualTo(30);
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Border talks & a new timetable");
        assertThat(first.guid()).isEqualTo("hg-1001");
        assertThat(first.author()).isEqualTo("Mara Quill");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(feed.items().get(1).contentHtml()).contains("Insurers said");
        assertThat(feed.items().get(2).link()).isNull();
        assertThat(feed.items().get(2).guid()).isEqualTo("urn:harbour-gazette:1003");
    }

    @Test
    void readsAtomAndResolvesRelativeLinks() {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("atom.xml", null), "application/atom+xml", "https://valley-courier.example/feed.xml");
        assertThat(feed.type()).startsWith("atom");
        FeedItem entry = feed.items().get(0);
        assertThat(entry.link()).isEqualTo("https://valley-courier.example/2026/01/reservoir-deal");
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-01-06T18:30:02Z"));
        assertThat(entry.author()).isEqualTo("Ilse Brandt");
        assertThat(entry.contentHtml()).contains("water board");
    }

    @Test
    void readsRss1WithDcDateAndLanguage() {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("rss1.xml", null), null, "https://rdf.example/rss");
        FeedItem item = feed.items().get(0);
        assertThat(item.link()).isEqualTo("https://rdf.example/a");
        assertThat(item.dcDate()).isEqualTo(Instant.parse("2026-01-02T07:00:00Z"));
        assertThat(item.language()).isEqualTo("de");
    }

    @Test
    void refusesDoctypeSoExternalEntitiesAreNeverResolved() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("xxe.xml", "http://127.0.0.1:9"), null, "https://x.example/"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void brokenXmlIsAParseError() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("broken.xml", null), null, "https://x.example/"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not well-formed XML");
        assertThatThrownBy(() -> FeedParser.parse("<html><body>not a feed</body></html>".getBytes(), "text/html", "https://x.example/"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not an RSS or Atom feed");
    }
}
