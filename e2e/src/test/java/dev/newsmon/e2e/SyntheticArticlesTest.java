package dev.newsmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.newsmon.e2e.SyntheticArticles.Story;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * The benchmark's generator against the default watchlist: if a watchlist edit drops an alias or a cue the
 * generated leads rely on, or makes their two states incompatible, this fails here instead of the benchmark
 * silently measuring no alerts. (Whether the extractor and the judge then really give one UPDATE per
 * article is checked by the benchmark itself, which reports alerts expected against alerts received.)
 */
class SyntheticArticlesTest {

    private final Watchlist watchlist = WatchlistLoader.loadDefault();
    private final SyntheticArticles generator = new SyntheticArticles("test");

    @Test
    void everyStoryMovesOneWatchedAspectBetweenTwoCompatibleStates() {
        Set<String> keys = new HashSet<>();
        for (Story story : SyntheticArticles.STORIES) {
            assertThat(keys.add(story.issue() + "/" + story.aspect())).as("one story per issue aspect: %s", story).isTrue();
            WatchedIssue issue = watchlist.issue(story.issue()).orElseThrow(() -> new AssertionError("unknown issue " + story.issue()));
            Aspect aspect = issue.aspect(story.aspect()).orElseThrow(() -> new AssertionError("unknown aspect " + story));
            Vocabulary vocabulary = watchlist.vocabulary(story.issue(), story.aspect()).orElseThrow();
            assertThat(story.stateA()).isNotEqualTo(story.stateB());
            assertThat(vocabulary.incompatible(story.stateA(), story.stateB()))
                    .as("%s: %s and %s are incompatible, so the judge would see contradictions, not updates",
                            story, story.stateA(), story.stateB())
                    .isFalse();
            for (int n = 0; n < 2; n++) {
                String lead = story.lead(n, SyntheticArticles.FIRST_DAY.plusDays(n));
                StateDef state = vocabulary.state(story.state(n)).orElseThrow(() -> new AssertionError("unknown state in " + story));
                boolean strong = containsAny(lead, issue.aliases(), false) || containsAny(lead, issue.exactAliases(), true);
                boolean weakInContext = containsAny(lead, issue.weakAliases(), false) && containsAny(lead, issue.context(), false);
                assertThat(strong || weakInContext)
                        .as("lead names %s by a strong alias, or a weak one with a context word: %s", story.issue(), lead).isTrue();
                assertThat(containsAny(lead, issue.exclude(), false)).as("lead has an exclude word of %s: %s", story.issue(), lead).isFalse();
                assertThat(containsAny(lead, state.cues(), false)).as("lead carries a cue of %s: %s", state.id(), lead).isTrue();
                if (!aspect.cues().isEmpty()) {
                    assertThat(containsAny(lead, aspect.cues(), false)).as("lead carries a cue of aspect %s: %s", aspect.id(), lead).isTrue();
                } else {
                    for (Aspect other : issue.aspects()) {
                        assertThat(containsAny(lead, other.cues(), false))
                                .as("lead must not pull the claim to aspect %s: %s", other.id(), lead).isFalse();
                    }
                }
            }
        }
    }

    /** Nouns extract-service reads as a reference back to an issue named just before ("the treaty was extended"). */
    private static final List<String> BACK_REFERENCES = List.of("treaty", "pact", "accord", "truce", "ceasefire", "cease-fire",
            "summit", "meeting", "sanctions", "compounds", "envoy", "deal", "agreement", "talks");

    @Test
    void fillerNamesNoWatchedIssueAndRefersToNone() {
        List<String> parts = new ArrayList<>();
        parts.addAll(SyntheticArticles.SUBJECTS);
        parts.addAll(SyntheticArticles.PLACES);
        parts.addAll(SyntheticArticles.VERBS);
        parts.addAll(SyntheticArticles.OBJECTS);
        parts.addAll(SyntheticArticles.TAILS);
        for (String part : parts) {
            for (WatchedIssue issue : watchlist.issues()) {
                List<String> words = new ArrayList<>(issue.aliases());
                words.addAll(issue.weakAliases());
                words.addAll(issue.context());
                words.addAll(issue.exclude());
                assertThat(containsAny(part, words, false) || containsAny(part, issue.exactAliases(), true))
                        .as("filler part names or hints at %s: %s", issue.id(), part).isFalse();
            }
            assertThat(containsAny(part, BACK_REFERENCES, false)).as("filler part refers back to an issue: %s", part).isFalse();
        }
    }

    @Test
    void articlesAreAboutFiveKilobytesAlternateTheirStateAndKnowTheirPhase() {
        for (int story = 0; story < SyntheticArticles.stories(); story++) {
            Story s = SyntheticArticles.STORIES.get(story);
            for (int n = 0; n < 3; n++) {
                Map<String, Object> article = generator.next(story, "warmup");
                String text = (String) article.get("text");
                assertThat(text.length()).isBetween(SyntheticArticles.TARGET_CHARS, SyntheticArticles.TARGET_CHARS + 800);
                assertThat(text).startsWith(s.lead(n, SyntheticArticles.FIRST_DAY.plusDays(n)));
                assertThat((String) article.get("published")).startsWith(SyntheticArticles.FIRST_DAY.plusDays(n).toString());
                assertThat(generator.phaseOf((String) article.get("url"))).isEqualTo("warmup");
            }
            assertThat(generator.generated(story)).isEqualTo(3);
        }
        assertThat(generator.phaseOf("https://example.org/other")).isNull();
    }

    private static boolean containsAny(String text, List<String> phrases, boolean caseSensitive) {
        for (String phrase : phrases) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                    caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
