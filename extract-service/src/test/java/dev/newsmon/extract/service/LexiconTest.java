package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Lexicon#normalise} against the plain form it replaces: a {@code char} copy with each mark replaced. */
class LexiconTest {

    /** The form before: every character of the copy replaced by its ASCII form where it has one. */
    private static String normaliseByCharCopy(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char ascii = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00a0', '\u2009', '\u200a', '\u202f' -> ' ';
                default -> chars[i];
            };
            changed |= ascii != chars[i];
            chars[i] = ascii;
        }
        return changed ? new String(chars) : text;
    }

    private static final String ALPHABET = "aZ .,'\"-0\u00e9\u00b1\u00ff\u00a0\u00b4\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033"
            + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2009\u200a\u202f\u2014\u0416\u4e2d\u0100\u2026\u20ac\ud83d\ude00";

    @Test
    void givesWhatTheCharCopyGave() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                // mostly ASCII, as articles are; the rest from the marks and from characters within and beyond Latin-1
                text.append(random.nextInt(3) > 0 ? (char) (' ' + random.nextInt(95)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = text.toString();
            String expected = normaliseByCharCopy(input);
            String actual = Lexicon.normalise(input);
            assertThat(actual).as(input).isEqualTo(expected);
            if (expected == input) {
                assertThat(actual).isSameAs(input); // nothing replaced: no copy
            }
        }
    }

    @Test
    void keepsEveryOffset() {
        String text = "He said \u201cno\u201d \u2014 twice\u00a0\u2014 and left \u0416 \ud83d\ude00 \u2019";
        String normalised = Lexicon.normalise(text);
        assertThat(normalised).hasSameSizeAs(text).isEqualTo("He said \"no\" - twice - and left \u0416 \ud83d\ude00 '");
        assertThat(Lexicon.normalise("plain ASCII and caf\u00e9 \u2013 only")).isEqualTo("plain ASCII and caf\u00e9 - only");
    }
}
