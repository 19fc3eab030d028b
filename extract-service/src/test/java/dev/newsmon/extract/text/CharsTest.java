package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written stand-ins for regexes answer as the regexes they replaced. */
class CharsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][\\p{L}'.-]*");
    /** White space of every kind, the regex's and others it does not count, letters, marks and a surrogate pair. */
    private static final String ALPHABET = "  \t\n\r\f\u000baZz'.-_9,\"\u00a0\u2009\u00e9\u00c9\u0301\u4e2d\ud835\udc00\ud835";

    private static String random(Random random, int maxLength) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void isRegexSpaceAnswersAsTheRegexClassForEveryChar() {
        Pattern space = Pattern.compile("\\s");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isRegexSpace((char) c)).as("U+%04X", c).isEqualTo(space.matcher(String.valueOf((char) c)).matches());
        }
    }

    @Test
    void splitOnRegexSpaceAgreesWithPatternSplit() {
        for (String s : List.of("", " ", "  ", "\t\n", "a", " a", "a ", " a ", "a b", "a  b", " a  b ", "  a\tb\nc  ", "said Lavrov,",
                "\u00a0a b\u00a0", "a\u2009b")) {
            assertThat(Chars.splitOnRegexSpace(s)).as("[%s]", s).containsExactly(WHITESPACE.split(s));
        }
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, 12);
            assertThat(Chars.splitOnRegexSpace(s)).as("[%s]", s).containsExactly(WHITESPACE.split(s));
        }
    }

    @Test
    void isCapitalisedWordAgreesWithThePattern() {
        for (String s : List.of("", "A", "a", "Putin", "U.S.", "O'Brien", "Al-Assad", "Lavrov,", "\u00c9lys\u00e9e", "Zelenskyy's",
                "A\ud835\udc00", "A\ud835", "A\u0301", "AB9", "_A")) {
            assertThat(Chars.isCapitalisedWord(s)).as("[%s]", s).isEqualTo(CAPITALISED.matcher(s).matches());
        }
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String s = (random.nextBoolean() ? "A" : "") + random(random, 6);
            assertThat(Chars.isCapitalisedWord(s)).as("[%s]", s).isEqualTo(CAPITALISED.matcher(s).matches());
        }
    }

    @Test
    void isRegexWordCharKeepsItsDefinitionWithTheAsciiShortcut() {
        List<Integer> differ = new java.util.ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Chars.isRegexWordChar((char) c) != (c == '_' || Character.isLetterOrDigit(c))) {
                differ.add(c);
            }
        }
        assertThat(differ).isEmpty();
    }
}
