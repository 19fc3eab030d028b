package dev.newsmon.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FeedListReaderTest {

    @Test
    void readsYamlFeedsFile() {
        String yaml = """
                feeds:
                  - url: https://harbour-gazette.example/rss
                    name: Harbour Gazette
                    publisher: Harbour Gazette Ltd
                    pollInterval: 10m
                    fullText: true
                  - https://valley-courier.example/atom.xml
                  - name: missing url
                  - url: https://x.example/rss
                    pollInterval: soon
                """;
        FeedListReader.FeedList list = FeedListReader.read("feeds.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(list.feeds()).containsExactly(
                new FeedSpec("https://harbour-gazette.example/rss", "Harbour Gazette", "Harbour Gazette Ltd", 600, true),
                new FeedSpec("https://valley-courier.example/atom.xml", null, null, null, null));
        assertThat(list.errors()).hasSize(2);
        assertThat(list.errors().get(0)).startsWith("feeds[2]: url is required");
        assertThat(list.errors().get(1)).startsWith("feeds[3]: pollInterval");
    }

    @Test
    void readsNestedOpmlOutlines() {
        FeedListReader.FeedList list = FeedListReader.read("export.opml", Fixtures.bytes("feeds.opml", null));
        assertThat(list.errors()).isEmpty();
        assertThat(list.feeds()).extracting(FeedSpec::url, FeedSpec::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("https://harbour-gazette.example/rss", "Harbour Gazette"),
                org.assertj.core.groups.Tuple.tuple("https://valley-courier.example/atom.xml", "Valley Courier"));
    }

    @Test
    void opmlWithDoctypeIsRefused() {
        String opml = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>";
        FeedListReader.FeedList list = FeedListReader.readOpml(opml.getBytes(StandardCharsets.UTF_8));
        assertThat(list.feeds()).isEmpty();
        assertThat(list.errors()).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void parsesDurations() {
        assertThat(FeedListReader.parseSeconds("90")).isEqualTo(90);
        assertThat(FeedListReader.parseSeconds("2h")).isEqualTo(7200);
        assertThat(FeedListReader.parseSeconds("PT15M")).isEqualTo(900);
    }
}
