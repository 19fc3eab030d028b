package dev.newsmon.extract.text;

import java.util.Arrays;
import java.util.List;

/**
 * Whether any of a few fixed phrases occurs in a stretch of text as whole words, as the regex
 * {@code (?i)\b(phrase|phrase|...)\b} would find it: word characters are those of the regex {@code \b}
 * (letters, digits and '_'), letters compare case-insensitively in ASCII only (as {@code (?i)} does),
 * and the start of the stretch counts as a boundary. One walk over the word starts, comparing each only
 * with the phrases that begin with its letter: these checks run for many clauses of every article, where
 * the equivalent regexes were a measurable share of the CPU.
 */
public final class WordPhrases {

    private final String[][] byFirstLetter = new String[26][];
    /**
     * Per first letter, a bit per length of the phrases' first words (the letters before the first space): a word of another
     * length cannot start a phrase, since after a first word the text must have its space and after a one-word phrase a
     * boundary. Most words of a clause are turned away by this one look-up.
     */
    private final int[] firstWordLengths = new int[26];

    private WordPhrases(List<String> phrases) {
        for (String p : phrases) {
            if (p.isEmpty() || p.charAt(0) < 'a' || p.charAt(0) > 'z' || !Chars.isRegexWordChar(p.charAt(p.length() - 1))) {
                throw new IllegalArgumentException("phrase must start with a lower-case ASCII letter and end in a word character: " + p);
            }
            int firstWord = p.indexOf(' ') < 0 ? p.length() : p.indexOf(' ');
            for (int c = 0; c < firstWord; c++) {
                if (p.charAt(c) < 'a' || p.charAt(c) > 'z') {
                    throw new IllegalArgumentException("a phrase's first word must be lower-case ASCII letters: " + p);
                }
            }
            if (firstWord >= Integer.SIZE) {
                throw new IllegalArgumentException("first word too long: " + p);
            }
            int k = p.charAt(0) - 'a';
            firstWordLengths[k] |= 1 << firstWord;
            String[] old = byFirstLetter[k] == null ? new String[0] : byFirstLetter[k];
            String[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = p;
            byFirstLetter[k] = grown;
        }
    }

    /** Lower-case phrases, each starting with an ASCII letter and ending in a word character. */
    public static WordPhrases of(String... phrases) {
        return new WordPhrases(List.of(phrases));
    }

    /** Some phrase occurs in {@code s[from, to)} with a word boundary on both sides. */
    public boolean findIn(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isRegexWordChar(s.charAt(i))) {
                if (startsAt(s, i, to)) {
                    return true;
                }
                i = wordEnd(s, i, to) - 1;
            }
        }
        return false;
    }

    /**
     * The end of the run of word characters that starts at {@code i}, within {@code to}. The walks pass over the rest of a
     * word with it once its start has been tried, so each character is classified once (asking at every position whether
     * a word starts there classified each twice, and that was most of these walks).
     */
    static int wordEnd(CharSequence s, int i, int to) {
        int e = i;
        while (e < to && Chars.isRegexWordChar(s.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Some phrase starts at {@code i} (a word start) and ends at a word boundary within {@code to}. */
    boolean startsAt(CharSequence s, int i, int to) {
        char first = Chars.lowerAscii(s.charAt(i));
        if (first < 'a' || first > 'z') {
            return false;
        }
        String[] candidates = byFirstLetter[first - 'a'];
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

    /**
     * {@link #startsAt} for a word start {@code i} whose word (its run of word characters) is {@code length} ASCII letters:
     * only a phrase whose first word is that long can start there, so most words need no comparison.
     */
    boolean startsAtAsciiWord(CharSequence s, int i, int length, int to) {
        return length < Integer.SIZE && (firstWordLengths[Chars.lowerAscii(s.charAt(i)) - 'a'] >>> length & 1) != 0 && startsAt(s, i, to);
    }

    private static boolean matchesAt(String phrase, CharSequence s, int i) {
        for (int k = 0; k < phrase.length(); k++) {
            if (Chars.lowerAscii(s.charAt(i + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** After a phrase ending in a word character, the regex's closing \b means: end of text or a non-word character next. */
    static boolean boundaryAfter(CharSequence s, int end, int to) {
        return end == to || !Chars.isRegexWordChar(s.charAt(end));
    }

}
