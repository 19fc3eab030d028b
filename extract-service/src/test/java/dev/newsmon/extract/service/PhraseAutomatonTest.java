package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.LabelledFixtures;

/**
 * {@link PhraseAutomaton} must find exactly what the {@code ahocorasick} library it replaced finds with
 * {@code ignoreCase().onlyWholeWords()}: same occurrences, same phrases, overlaps included.
 */
class PhraseAutomatonTest {

    private static List<String> phrases;
    private static PhraseAutomaton automaton;
    private static Trie reference;

    @BeforeAll
    static void build() {
        phrases = new PhraseIndex(WatchlistLoader.loadDefault()).phrases();
        automaton = new PhraseAutomaton(phrases);
        reference = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(phrases).build();
    }

    private static List<String> ours(String text, int limit) {
        List<String> out = new ArrayList<>();
        automaton.scan(text, limit, (start, end, phrase) -> out.add(start + "-" + end + ":" + phrases.get(phrase)));
        out.sort(null);
        return out;
    }

    private static List<String> theirs(String text, int limit) {
        List<String> out = new ArrayList<>();
        for (Emit e : reference.parseText(text.subSequence(0, limit))) {
            out.add(e.getStart() + "-" + (e.getEnd() + 1) + ":" + e.getKeyword());
        }
        out.sort(null);
        return out;
    }

    @Test
    void findsWhatTheLibraryFindsInEveryFixture() {
        int total = 0;
        for (Map.Entry<String, String> fixture : LabelledFixtures.texts().entrySet()) {
            String text = Lexicon.normalise(fixture.getValue());
            List<String> expected = theirs(text, text.length());
            assertThat(ours(text, text.length())).as(fixture.getKey()).isEqualTo(expected);
            int half = text.length() / 2;
            assertThat(ours(text, half)).as(fixture.getKey() + " cut at " + half).isEqualTo(theirs(text, half));
            total += expected.size();
        }
        assertThat(total).as("occurrences compared").isGreaterThan(500);
    }

    @Test
    void findsWhatTheLibraryFindsInRandomTextMadeOfThePhrases() {
        Random random = new Random(7);
        String[] glue = {" ", "  ", ", ", ".", "-", "'", "\"", "x", "é", "1", "\n", "(", "İ", "_", "ß", "\u212a", "\u24b6", "\u02bc",
                "\u2160", "\u01c5", "\ud83d\ude00", "s", "un", "\u00e9t"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                String phrase = phrases.get(random.nextInt(phrases.size()));
                if (random.nextInt(4) == 0) {
                    phrase = phrase.substring(0, 1 + random.nextInt(phrase.length())); // a prefix: partial matches must fail over
                }
                if (random.nextBoolean()) {
                    phrase = phrase.toUpperCase(java.util.Locale.ROOT);
                }
                text.append(phrase).append(glue[random.nextInt(glue.length)]);
            }
            String s = text.toString();
            assertThat(ours(s, s.length())).as(s).isEqualTo(theirs(s, s.length()));
        }
    }

    @Test
    void phraseIndexHitsComeOrderedByStartThenLongestFirst() {
        // PhraseIndex places each hit as it arrives (by end) instead of sorting them all afterwards with this
        // comparator; hits of one span (one phrase's several meanings) arrive together and keep their order either way
        PhraseIndex index = new PhraseIndex(WatchlistLoader.loadDefault());
        java.util.Comparator<PhraseIndex.Hit> sortedBefore = (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end());
        int total = 0;
        for (Map.Entry<String, String> fixture : LabelledFixtures.texts().entrySet()) {
            String text = Lexicon.normalise(fixture.getValue());
            List<PhraseIndex.Hit> hits = index.scan(text, fixture.getValue(), text.length());
            List<PhraseIndex.Hit> resorted = new ArrayList<>(hits);
            resorted.sort(sortedBefore);
            assertThat(hits).as(fixture.getKey()).containsExactlyElementsOf(resorted);
            total += hits.size();
        }
        assertThat(total).isGreaterThan(500);
    }

    @Test
    void handlesPhrasesThatAreSuffixesAndPrefixesOfEachOther() {
        List<String> words = List.of("he", "she", "his", "hers", "ushers", "new start", "start");
        PhraseAutomaton small = new PhraseAutomaton(words);
        List<String> out = new ArrayList<>();
        String text = "Ushers, she said; he and hers. The New START treaty; a new start";
        small.scan(text, text.length(), (start, end, phrase) -> out.add(text.substring(start, end)));
        assertThat(out).containsExactlyInAnyOrder("Ushers", "she", "he", "hers", "New START", "START", "new start", "start");
        assertThat(small.states()).as("one state per distinct prefix, plus the root and the in-word state").isEqualTo(30);
    }

    @Test
    void refusesMorePhrasesThanItsTableCanAddress() {
        // distinct 40-letter phrases share almost no prefix: about 40 states each, so 2,000 of them pass 32,767
        Random random = new Random(1);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                phrase.append((char) ('a' + random.nextInt(26)));
            }
            many.add(phrase.toString());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PhraseAutomaton(many))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many phrases").hasMessageContaining("at most 32767");
    }
}
