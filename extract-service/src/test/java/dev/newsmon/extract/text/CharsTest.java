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

    @Test
    void onlyKelvinSignAndDottedCapitalILowerCaseToAsciiLetters() {
        // containsLowerCase folds ASCII in place for words without "k" and not ending in "i" because of this
        java.util.Set<Integer> found = new java.util.TreeSet<>();
        for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
            if (lower.chars().anyMatch(c -> c < 128)) {
                found.add(cp);
            }
        }
        assertThat(found).containsExactly(0x130, 0x212A);
    }

    @Test
    void containsLowerCaseAnswersAsTheLowerCasedCopy() {
        List<String> words = List.of("photo", "getty images", "/afp", "/reuters", "illustration", "image", "pictured", "credit",
                "comments powered by", "all rights reserved", "can be reached at", "published:", "kyiv", "taxi", "ki", "i", "x", "",
                "\u00e9t\u00e9", "weak");
        String[] bits = {"Photo", "PHOTO", "ph", "oto", "\u0130", "\u212A", "K", "k", "i", "I", "/", "AFP", "Getty ", "Images", " ", "\u00c9T\u00c9",
                "\u00e9", "Credit", "TAXI", "Ky", "iv", "\u0307", "published:", "Published: ", "7", "\uD83D\uDE00", "s", "\u017F"};
        Random random = new Random(13);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                text.append(bits[random.nextInt(bits.length)]);
            }
            String word = words.get(random.nextInt(words.size()));
            if (random.nextInt(3) == 0) {
                // the word itself with letters upper-cased, "k" as KELVIN SIGN or "i" as the dotted capital at random
                StringBuilder w = new StringBuilder();
                for (char c : word.toCharArray()) {
                    int pick = random.nextInt(4);
                    w.append(c == 'k' && pick == 0 ? '\u212A' : c == 'i' && pick == 0 ? '\u0130' : pick == 1 ? Character.toUpperCase(c) : c);
                }
                text.insert(random.nextInt(text.length() + 1), w);
            }
            String s = text.toString();
            boolean expected = s.toLowerCase(java.util.Locale.ROOT).contains(word);
            assertThat(Chars.containsLowerCase(s, word)).as("[%s] in [%s]", word, s).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("rounds where the word was there").isGreaterThan(3_000);
    }
}
