package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;

/** {@link Tense} and {@link WordSet} agree with the regexes and sets they replaced, on fixtures and on random text. */
class TenseTest {

    /** The reference: the rules as first written. */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|is to|are to|to begin|to start|to take effect|to meet|scheduled|expected|due to|set to|plans? to|planned|"
                    + "going to|upcoming|next|would|intends? to|from midday|from midnight)\\b|'ll\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(was|were|had|did|went|took|came|met|held|began|said|told|reached|announced|agreed|signed|ended|[a-z]{3,}ed)\\b");

    private static void assertAgrees(String s, int from, int to) {
        String segment = s.substring(from, to);
        assertThat(Tense.future(s, from, to)).as("future in [%s]", segment).isEqualTo(FUTURE.matcher(segment).find());
        assertThat(Tense.past(s, from, to)).as("past in [%s]", segment).isEqualTo(PAST.matcher(segment).find());
        // the one-walk form the date rules use: both flags, or the future alone deciding
        boolean future = FUTURE.matcher(segment).find();
        boolean past = PAST.matcher(segment).find();
        int both = (future ? Tense.FUTURE_MARKER : 0) | (past ? Tense.PAST_MARKER : 0);
        assertThat(Tense.markers(s, from, to, false)).as("markers in [%s]", segment).isEqualTo(both);
        int decided = Tense.markers(s, from, to, true);
        assertThat((decided & Tense.FUTURE_MARKER) != 0).as("future marker, future deciding, in [%s]", segment).isEqualTo(future);
        if (!future) {
            assertThat(decided).as("markers, future deciding, in [%s]", segment).isEqualTo(both);
        }
    }

    @Test
    void agreesWithTheRegexesOnEveryClauseOfTheFixtures() {
        int clauses = 0;
        for (String text : LabelledFixtures.texts().values()) {
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || ",;.\n".indexOf(text.charAt(i)) >= 0) {
                    assertAgrees(text, from, i);
                    // and a window that starts inside a word, as a slice of a longer sentence can
                    assertAgrees(text, Math.max(0, from - 3), i);
                    from = i + 1;
                    clauses++;
                }
            }
        }
        assertThat(clauses).isGreaterThan(500);
    }

    @Test
    void agreesWithTheRegexesOnRandomText() {
        List<String> words = List.of("will", "WILL", "Will", "willing", "shall", "is", "to", "are", "begin", "start", "take", "effect",
                "meet", "scheduled", "Expected", "due", "set", "plan", "plans", "planned", "going", "upcoming", "next", "would", "intend",
                "intends", "from", "midday", "midnight", "we'll", "We'LL", "'ll", "'llama", "was", "WERE", "had", "did", "went", "took",
                "came", "met", "held", "began", "said", "told", "reached", "announced", "agreed", "signed", "ended", "tired", "bed",
                "reed", "seed", "fooed", "_ed", "planed", "announcéd", "é", "x_", "_will", "will_", "2will", "will2", "ßwas", "next-door",
                "is  to", "\u00a0", "to\u00a0begin", "1990s", "overseed", "Ed", "ED", "speeded", "the", "a", "and");
        String[] glue = {" ", " ", " ", "  ", ", ", "-", "'", "\"", "", "(", "\n", "_", "é"};
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                text.append(words.get(random.nextInt(words.size()))).append(glue[random.nextInt(glue.length)]);
            }
            String s = text.toString();
            int from = random.nextInt(Math.max(1, s.length() / 3));
            int to = s.length() - random.nextInt(Math.max(1, s.length() / 3));
            assertAgrees(s, 0, s.length());
            if (from <= to) {
                assertAgrees(s, from, to);
            }
        }
    }

    @Test
    void wordSetAnswersLikeASetOfStrings() {
        WordSet exact = WordSet.of(List.of("May", "June", "Sept"));
        WordSet folded = WordSet.ignoringCase(List.of("which", "who", "however", "ago"));
        String text = "In May, which WHO said ... HOWEVER, june; Sept. ago-Ago; whichever; İago";
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            int start = random.nextInt(text.length());
            int end = start + random.nextInt(Math.min(10, text.length() - start) + 1);
            String slice = text.substring(start, end);
            assertThat(exact.contains(text, start, end)).as(slice).isEqualTo(List.of("May", "June", "Sept").contains(slice));
            assertThat(folded.contains(text, start, end)).as(slice)
                    .isEqualTo(List.of("which", "who", "however", "ago").contains(slice.toLowerCase(Locale.ROOT)));
        }
        assertThat(folded.contains("WhIcH")).isTrue();
        assertThat(exact.contains("may")).isFalse();
    }
}
