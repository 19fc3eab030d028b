package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsmon.events.watchlist.InvalidWatchlistException;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

class WatchlistTest {

    @Test
    void defaultWatchlistHasTheElevenIssuesAndTheDocumentedStates() {
        Watchlist w = WatchlistLoader.loadDefault();
        assertThat(w.issues()).extracting(i -> i.id()).containsExactly("new-start", "inf-treaty", "syria-ceasefire", "ukraine", "north-korea",
                "election-interference", "cyber", "sanctions", "diplomatic-property", "iran-nuclear", "summit-meeting");
        assertThat(w.vocabularies().get("treaty").states()).extracting(StateDef::id).contains("in-force", "violation-alleged",
                "extension-uncertain", "extended", "withdrawal-announced", "suspended", "withdrawn", "expired");
        assertThat(w.vocabularies().get("ceasefire").states()).extracting(StateDef::id)
                .containsExactly("agreed", "in-effect", "holding", "violated", "collapsed");
        assertThat(w.vocabularies().get("meeting").states()).extracting(StateDef::id)
                .contains("proposed", "scheduled", "held", "postponed", "cancelled", "none-planned");
        assertThat(w.vocabularies().get("appointment").states()).extracting(StateDef::id).contains("appointed", "resigned");
        assertThat(w.vocabulary("summit-meeting", "next-meeting")).isPresent();
        assertThat(w.vocabularies().get("treaty").state("in-force").orElseThrow().condition()).isTrue();
        new Extractor(w); // compiles into one automaton without complaint
    }

    @Test
    void replacementFileIsUsedAndValidated(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("watchlist.yaml");
        Files.writeString(good, """
                version: 1
                vocabularies:
                  river:
                    contradictionWindowDays: 3
                    states:
                      - {id: open, label: open, cues: ["reopened"]}
                      - {id: closed, label: closed, cues: ["closed"]}
                issues:
                  - id: river-dispute
                    name: River dispute
                    aliases: ["Blue River"]
                    aspects:
                      - {id: navigation, name: navigation, vocabulary: river}
                """, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(WatchlistLoader.load(good));
        var a = extractor.analyze(ExtractorTest.article("2024-01-02", "River", "The Blue River was closed to barges on Monday."));
        assertThat(a.issues()).extracting(t -> t.id()).containsExactly("river-dispute");
        assertThat(a.claims()).extracting(c -> c.state()).containsExactly("closed");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                version: 1
                vocabularies:
                  river:
                    states:
                      - {id: open, label: open}
                issues:
                  - id: river-dispute
                    name: River dispute
                    aliases: ["Blue River"]
                    aspects:
                      - {id: navigation, name: navigation, vocabulary: lake}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WatchlistLoader.load(bad)).isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("river-dispute").hasMessageContaining("lake");
    }
}
