package dev.newsmon.events.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistLoaderTest {

    @Test
    void defaultWatchlistLoadsWithTheElevenContractIssueIds() {
        Watchlist watchlist = WatchlistLoader.loadDefault();

        assertThat(watchlist.issues()).extracting(WatchedIssue::id).containsExactlyInAnyOrder(
                "new-start", "inf-treaty", "syria-ceasefire", "ukraine", "north-korea", "election-interference",
                "cyber", "sanctions", "diplomatic-property", "iran-nuclear", "summit-meeting");
    }

    @Test
    void defaultWatchlistIsConsistent() {
        Watchlist watchlist = WatchlistLoader.loadDefault();

        for (WatchedIssue issue : watchlist.issues()) {
            assertThat(issue.name()).as(issue.id()).isNotBlank();
            for (Aspect aspect : issue.aspects()) {
                assertThat(watchlist.vocabulary(issue.id(), aspect.id())).as(issue.id() + "/" + aspect.id()).isPresent();
            }
        }
        assertThat(watchlist.vocabularies()).containsKeys("treaty", "ceasefire", "meeting");
        assertThat(watchlist.vocabularies().get("treaty").state("suspended")).isPresent();
        assertThat(watchlist.vocabularies().get("meeting").incompatible("cancelled", "held")).isTrue();
    }

    @Test
    void loadWithoutAPathGivesTheDefault() {
        assertThat(WatchlistLoader.load(null)).isEqualTo(WatchlistLoader.loadDefault());
    }

    @Test
    void loadsAReplacementFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("watchlist.yaml");
        Files.write(file, resource("minimal.yaml"));

        Watchlist watchlist = WatchlistLoader.load(file);

        assertThat(watchlist.issues()).extracting(WatchedIssue::id).containsExactly("river-talks", "port-dispute");
        assertThat(watchlist.issue("port-dispute")).get().satisfies(issue -> {
            assertThat(issue.exactAliases()).containsExactly("PORT Accord");
            assertThat(issue.exclude()).containsExactly("airport");
        });
        Vocabulary talks = watchlist.vocabulary("river-talks", "next-round").orElseThrow();
        assertThat(talks.contradictionWindowDays()).isEqualTo(5);
        assertThat(talks.state("planned")).get().extracting(StateDef::planned).isEqualTo(true);
        assertThat(talks.incompatible("called-off", "held")).isTrue();
        assertThat(talks.incompatible("planned", "held")).isFalse();
        assertThat(watchlist.vocabulary("river-talks", "no-such-aspect")).isEmpty();
    }

    /**
     * The key and the entry it sits in are named. The line Jackson reports for records is where the
     * enclosing mapping ends, not the key's own line, so only its presence is checked here.
     */
    @Test
    void unknownKeyIsNamedWithTheEntryItSitsIn() {
        assertThatThrownBy(() -> parse("unknown-key.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageStartingWith("unknown-key.yaml: ")
                .hasMessageContaining("unknown key 'synonyms'")
                .hasMessageContaining("[\"issues\"]")
                .hasMessageContaining("[0]")
                .hasMessageContaining("WatchedIssue")
                .hasMessageContaining("(line ");
    }

    @Test
    void unknownVocabularyNamesIssueAspectAndVocabulary() {
        assertThatThrownBy(() -> parse("unknown-vocabulary.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("issue 'river-talks': aspect 'next-round' names unknown vocabulary 'meetings'");
    }

    @Test
    void duplicateIssueIdIsNamed() {
        assertThatThrownBy(() -> parse("duplicate-id.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("issue 'river-talks': duplicate id");
    }

    @Test
    void incompatiblePairNamingAnUnknownStateIsNamed() {
        assertThatThrownBy(() -> parse("incompatible-unknown-state.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("vocabulary 'talks': incompatible names unknown state 'canceled'");
    }

    @Test
    void aDemandStateMustBePlannedAndAloneInItsVocabulary() {
        assertThatThrownBy(() -> parse("demand-problems.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("vocabulary 'hostages': demand state 'release-demanded' must also be planned")
                .hasMessageContaining("vocabulary 'hostages': only one state may be the demand, not [release-demanded, swap-demanded]");
    }

    @Test
    void theDefaultPropertyVocabularyHasItsDemandState() {
        assertThat(WatchlistLoader.loadDefault().vocabularies().get("property").states())
                .filteredOn(StateDef::demand).extracting(StateDef::id).containsExactly("return-demanded");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> parse("several-problems.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("state id 'Held' must be lower-case words joined by '-'")
                .hasMessageContaining("state 'over' has no label")
                .hasMessageContaining("duplicate state 'over'")
                .hasMessageContaining("incompatible entry [over] must name exactly two states")
                .hasMessageContaining("contradictionWindowDays must not be negative")
                .hasMessageContaining("issue 'river-talks': no name")
                .hasMessageContaining("weakAliases need context phrases")
                .hasMessageContaining("duplicate aspect 'round'");
    }

    @Test
    void malformedYamlAndMissingFileSayWhere(@TempDir Path dir) {
        assertThatThrownBy(() -> parse("not-yaml.yaml"))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageStartingWith("not-yaml.yaml: not a valid watchlist")
                .hasMessageContaining("line");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> WatchlistLoader.load(missing))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("cannot read");
    }

    @Test
    void emptyWatchlistSaysWhatIsMissing() {
        assertThatThrownBy(() -> WatchlistLoader.parse("empty.yaml", "version: 1\n".getBytes()))
                .isInstanceOf(InvalidWatchlistException.class)
                .hasMessageContaining("no vocabularies")
                .hasMessageContaining("no issues");
    }

    private static Watchlist parse(String name) throws IOException {
        return WatchlistLoader.parse(name, resource(name));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WatchlistLoaderTest.class.getResourceAsStream("/watchlists/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
