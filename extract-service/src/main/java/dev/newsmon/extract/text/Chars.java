package dev.newsmon.extract.text;

/**
 * The character classes the extractor's hand-written scanners share. They are named after the regex
 * classes they stand in for, because each scanner replaced a regex and must answer exactly as it did
 * (JDK 17, no UNICODE_CHARACTER_CLASS): {@code \s} is ASCII white space, {@code \w} ASCII letters,
 * digits and '_', the {@code \b} word character is any letter or digit or '_', and {@code (?i)}
 * folds ASCII letters only.
 */
public final class Chars {

    private Chars() {
    }

    /** What the regex class {@code \s} matches. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What the regex class {@code \w} matches. */
    public static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** A word character for the regex {@code \b}. */
    public static boolean isRegexWordChar(char c) {
        // ASCII answered at once: the tense and phrase walks ask this for nearly every character they pass
        return c < 128 ? isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' : Character.isLetterOrDigit(c);
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Lower case as {@code (?i)} compares: ASCII letters only. */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Start of the last {@code n} words of {@code s}, words being separated by {@link #isRegexSpace} characters. */
    public static int tailWordsStart(String s, int n) {
        int i = s.length();
        for (int k = 0; k < n && i > 0; k++) {
            while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !isRegexSpace(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }
}
