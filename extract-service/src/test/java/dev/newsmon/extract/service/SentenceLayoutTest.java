package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;
import dev.newsmon.extract.text.ArticleText;
import dev.newsmon.extract.text.DateResolver;
import dev.newsmon.extract.text.Sentence;

/** {@link SentenceLayout} answers as the three-pass layout it replaced ({@link ReferenceLayout}), on the fixtures and random text. */
class SentenceLayoutTest {

    private static void assertAgrees(String text, int start, int end) {
        int[][] expected = ReferenceLayout.layout(text, start, end);
        SentenceLayout actual = SentenceLayout.of(text, start, end);
        String what = text.substring(start, end);
        assertThat(actual.wordStarts).as("word starts of [%s]", what).isEqualTo(expected[0]);
        assertThat(actual.hardBoundaries).as("hard boundaries of [%s]", what).isEqualTo(expected[1]);
        assertThat(actual.softStarts).as("soft clause starts of [%s]", what).isEqualTo(expected[2]);
        assertThat(actual.softIds).as("soft clause ids of [%s]", what).isEqualTo(expected[3]);
        // the date anchors recorded on the way are those DateResolver's own pass finds
        int[] anchors = DateResolver.anchorsOf(what);
        assertThat(Arrays.copyOf(actual.dateAnchors, actual.dateAnchors[0])).as("date anchors of [%s]", what)
                .isEqualTo(Arrays.copyOf(anchors, anchors[0]));
        assertThat(actual.dateAnchors[1]).as("date anchor flags of [%s]", what).isEqualTo(anchors[1]);
    }

    @Test
    void agreesOnEverySentenceAndLineOfTheFixtures() {
        int compared = 0;
        for (String text : LabelledFixtures.texts().values()) {
            var prepared = ArticleText.prepare(text, "", Integer.MAX_VALUE);
            for (Sentence sentence : prepared.sentences()) {
                assertAgrees(prepared.text(), sentence.start(), sentence.end());
                compared++;
            }
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    assertAgrees(text, lineStart, i);
                    assertAgrees(text, Math.max(0, lineStart - 3), i);
                    lineStart = i + 1;
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(400);
    }

    @Test
    void agreesOnRandomText() {
        List<String> words = List.of("which", "Which", "WHO", "whose", "whom", "whoever", "but", "But", "however", "However,", "though",
                "although", "while", "whereas", "despite", "butter", "the", "treaty", "U.S.", "don't", "Russia-U.S.", "1987", "2nd",
                "x1", "é", "naïve", "İ", "wHiCh", "said", "a", "(", ")", "\"", "'", "-", "--", ";", ",", ".", "_", "3.5", "co-op",
                // date anchors: months, weekdays, relative words, digit runs (four-digit ones, non-ASCII digits), near misses
                "July", "Sept", "Sept.", "MAY", "May", "Mayor", "Monday", "monday", "Yesterday", "week", "weekend", "ago", "fall",
                "2019", "12", "20190", "\u0663\u0660", "Jan1", "1Jan", "Ma\u00ef", "to\u0301day", "\ud835\udc00",
                // every length and first letter the look-up table lets through, and near misses of them
                "Wednesday", "September", "afternoon", "TODAY", "Dec", "Mon", "yesterday", "Whereas", "DESPITE", "WHOM", "Septem",
                "Tonight", "Autumn", "WINTER", "Ago", "Thursdays", "Thu", "whereof", "Boat", "wee\u212a", "\u212aey");
        String[] glue = {" ", " ", " ", "  ", ", ", ",", " , ", " - ", " -- ", "-", "--", "; ", ";", "(", ") ", "\"", " \"", "'", "",
            ".", "\n", "\u00a0", "é"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(16);
            for (int k = 0; k < n; k++) {
                text.append(words.get(random.nextInt(words.size()))).append(glue[random.nextInt(glue.length)]);
            }
            String s = text.toString();
            assertAgrees(s, 0, s.length());
            int from = random.nextInt(Math.max(1, s.length() / 3));
            int to = s.length() - random.nextInt(Math.max(1, s.length() / 3));
            if (from <= to) {
                assertAgrees(s, from, to);
            }
        }
    }
}
