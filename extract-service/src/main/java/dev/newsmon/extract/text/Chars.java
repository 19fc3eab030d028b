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

    /** Bit {@code c} set for each {@code c} of the regex class {@code \s}: ' ', '\t', '\n', 0x0B, '\f', '\r'. */
    private static final long REGEX_SPACE_BITS = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << 0x0B | 1L << '\f' | 1L << '\r';

    /** What the regex class {@code \s} matches. */
    public static boolean isRegexSpace(char c) {
        // one comparison turns away every character above the space (nearly all), where six equality tests asked each
        return c <= ' ' && (REGEX_SPACE_BITS >>> c & 1) != 0;
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

    /** {@link Character#isLetter(char)}, with ASCII answered at once: the layout and date walks ask it for most characters. */
    public static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    /**
     * {@code s} holds {@code lower} (lower-case ASCII) at {@code at}, with ASCII letters folded as {@code (?i)} compares; false
     * where {@code lower} would not fit.
     */
    public static boolean asciiFoldedAt(CharSequence s, int at, String lower) {
        if (at < 0 || at + lower.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(s.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
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

    private static final String[] NO_WORDS = new String[0];

    /**
     * {@code Pattern.compile("\\s+").split(s)}: the pieces between runs of {@link #isRegexSpace} characters, an empty
     * first piece when {@code s} starts with one, no empty pieces at the end, and {@code s} itself when it has none.
     * The claim rules split the words before every reporting verb; the regex engine's matcher was most of that.
     */
    public static String[] splitOnRegexSpace(String s) {
        int n = s.length();
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (space && !inRun) {
                runs++;
            }
            inRun = space;
        }
        if (runs == 0) {
            return new String[] {s};
        }
        // runs + 1 pieces; only the first (leading run) and the last (trailing run) can be empty, and empty ones at the
        // end are dropped: the last, then the first too when the text is nothing but one run
        int pieces = runs + 1;
        if (isRegexSpace(s.charAt(n - 1))) {
            pieces--;
            if (pieces == 1 && isRegexSpace(s.charAt(0))) {
                return NO_WORDS;
            }
        }
        String[] out = new String[pieces];
        int k = 0;
        int from = 0;
        for (int i = 0; k < pieces; ) {
            if (i == n) {
                out[k++] = s.substring(from);
            } else if (isRegexSpace(s.charAt(i))) {
                out[k++] = s.substring(from, i);
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
                from = i;
            } else {
                i++;
            }
        }
        return out;
    }

    /** What {@code s.matches("[A-Z][\\p{L}'.-]*")} answers: an ASCII capital, then letters (any script), apostrophes, full stops and hyphens. */
    public static boolean isCapitalisedWord(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; ) {
            char c = s.charAt(i);
            if (c < 128) {
                if (!isAsciiLetter(c) && c != '\'' && c != '.' && c != '-') {
                    return false;
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }
}
