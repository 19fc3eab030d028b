package dev.newsmon.extract.text;

import java.util.List;

/**
 * Future and past markers in a stretch of text, by one walk over its words.
 *
 * <p>The rules were first written as two regexes, kept in {@code TenseTest} as the reference this
 * class must agree with:
 * <pre>
 * future: (?i)\b(will|shall|is to|are to|to begin|to start|to take effect|to meet|scheduled|expected|due to|set to|plans? to|planned|
 *                going to|upcoming|next|would|intends? to|from midday|from midnight)\b|'ll\b
 * past:   (?i)\b(was|were|had|did|went|took|came|met|held|began|said|told|reached|announced|agreed|signed|ended|[a-z]{3,}ed)\b
 * </pre>
 * Running them over the clause before every date was about a twentieth of the extractor's CPU; they are
 * asked for every date a claim could carry. Word characters are those of the regex {@code \b}
 * (letters, digits and '_'); letters compare case-insensitively in ASCII only, as {@code (?i)} does.
 */
public final class Tense {

    private static final List<String> FUTURE = List.of("will", "shall", "is to", "are to", "to begin", "to start", "to take effect",
            "to meet", "scheduled", "expected", "due to", "set to", "plan to", "plans to", "planned", "going to", "upcoming", "next",
            "would", "intend to", "intends to", "from midday", "from midnight");
    private static final List<String> PAST = List.of("was", "were", "had", "did", "went", "took", "came", "met", "held", "began",
            "said", "told", "reached", "announced", "agreed", "signed", "ended");

    /** Phrases by their first letter, so a word start is compared only with the phrases that can begin there. */
    private static final String[][] FUTURE_BY_LETTER = byFirstLetter(FUTURE);
    private static final String[][] PAST_BY_LETTER = byFirstLetter(PAST);

    private Tense() {
    }

    /** A future marker in {@code s[from, to)}. */
    public static boolean future(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\'' && i + 3 <= to && lower(s.charAt(i + 1)) == 'l' && lower(s.charAt(i + 2)) == 'l' && boundaryAfter(s, i + 3, to)) {
                return true;
            }
            if (isWordStart(s, i, from) && anyAt(FUTURE_BY_LETTER, s, i, to)) {
                return true;
            }
        }
        return false;
    }

    /** A past marker in {@code s[from, to)}: a listed verb or a word of at least five ASCII letters ending in "ed". */
    public static boolean past(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWordStart(s, i, from)) {
                continue;
            }
            if (anyAt(PAST_BY_LETTER, s, i, to)) {
                return true;
            }
            int e = i;
            while (e < to && isAsciiLetter(s.charAt(e))) {
                e++;
            }
            if (e - i >= 5 && lower(s.charAt(e - 2)) == 'e' && lower(s.charAt(e - 1)) == 'd' && boundaryAfter(s, e, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAt(String[][] byLetter, CharSequence s, int i, int to) {
        char first = lower(s.charAt(i));
        if (first < 'a' || first > 'z') {
            return false;
        }
        String[] candidates = byLetter[first - 'a'];
        if (candidates == null) {
            return false;
        }
        for (String phrase : candidates) {
            int end = i + phrase.length();
            if (end <= to && matchesAt(phrase, s, i) && boundaryAfter(s, end, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String phrase, CharSequence s, int i) {
        for (int k = 0; k < phrase.length(); k++) {
            if (lower(s.charAt(i + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordStart(CharSequence s, int i, int from) {
        return isWordChar(s.charAt(i)) && (i == from || !isWordChar(s.charAt(i - 1)));
    }

    /** Every phrase ends in a word character, so the regex's closing \b means: end of text or a non-word character next. */
    private static boolean boundaryAfter(CharSequence s, int end, int to) {
        return end == to || !isWordChar(s.charAt(end));
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static String[][] byFirstLetter(List<String> phrases) {
        String[][] out = new String[26][];
        for (String p : phrases) {
            int k = p.charAt(0) - 'a';
            String[] old = out[k] == null ? new String[0] : out[k];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = p;
            out[k] = grown;
        }
        return out;
    }
}
