package dev.newsmon.extract.service;

import dev.newsmon.extract.text.Chars;
import dev.newsmon.extract.text.WordPhrases;

/**
 * What the words just before a state cue say about it: "the postponed summit" (a noun phrase, not news),
 * "had been cancelled" (background in the past perfect), "Once a meeting was scheduled, ..." (a
 * scene-setting clause). Each rule was first a regex anchored at the end of the text; they are now
 * read backwards from the end, since they are asked for every claim candidate. {@code ClauseTailTest}
 * keeps the regexes as the reference:
 * <pre>
 * nominal:      (?i)(\bthe|\ba|\ban|\bits|\btheir|'s)\s+(\w+\s+)?$
 * past perfect: (?i)\bhad\s+(\w+\s+){0,2}$
 * background:   (?i)\b(once|after|before|when|as soon as|since|until|because)\b[^,;]*$   (after the last ',' or ';')
 * </pre>
 * As in those regexes, {@code \s} and {@code \w} are ASCII classes and {@code $} also matches before
 * one final line terminator.
 */
final class ClauseTail {

    private static final String[] DETERMINERS = {"the", "a", "an", "its", "their"};
    private static final WordPhrases BACKGROUND = WordPhrases.of("once", "after", "before", "when", "as soon as", "since", "until",
            "because");

    private ClauseTail() {
    }

    /** Ends with a determiner or possessive and at most one word: the cue is a noun's modifier, not a predicate. */
    static boolean endsWithNominal(String s) {
        int end = endBeforeFinalTerminator(s);
        int t = trimSpace(s, end);
        if (t == end) {
            return false;
        }
        if (determinerEndsAt(s, t)) {
            return true;
        }
        int w = skipWord(s, t);
        int u = trimSpace(s, w);
        return w < t && u < w && determinerEndsAt(s, u);
    }

    /** Ends with "had" and at most two words: "had been", "had already been". */
    static boolean endsWithPastPerfect(String s) {
        int end = endBeforeFinalTerminator(s);
        int t = trimSpace(s, end);
        if (t == end) {
            return false;
        }
        for (int words = 0; ; words++) {
            if (hadEndsAt(s, t)) {
                return true;
            }
            if (words == 2) {
                return false;
            }
            int w = skipWord(s, t);
            int u = trimSpace(s, w);
            if (w == t || u == w) {
                return false;
            }
            t = u;
        }
    }

    /** The last clause (after the last comma or semicolon) is opened by "once", "after", "when", "since" and the like. */
    static boolean inBackgroundClause(String s) {
        int from = 0; // after the last ',' or ';': one backward pass instead of two lastIndexOf
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';') {
                from = i + 1;
                break;
            }
        }
        return BACKGROUND.findIn(s, from, s.length());
    }

    private static boolean determinerEndsAt(String s, int end) {
        if (end >= 2 && s.charAt(end - 2) == '\'' && Chars.lowerAscii(s.charAt(end - 1)) == 's') {
            return true;
        }
        for (String d : DETERMINERS) {
            if (wordEndsAt(s, end, d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hadEndsAt(String s, int end) {
        return wordEndsAt(s, end, "had");
    }

    /** {@code word} (lower case) ends at {@code end} and starts at a regex word boundary. */
    private static boolean wordEndsAt(String s, int end, String word) {
        int start = end - word.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Chars.lowerAscii(s.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return start == 0 || !Chars.isRegexWordChar(s.charAt(start - 1));
    }

    private static int endBeforeFinalTerminator(String s) {
        int end = s.length();
        if (end > 0) {
            char last = s.charAt(end - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                return end - 1; // '\n' and '\r' are white space anyway
            }
        }
        return end;
    }

    /** Start of the white-space run ending at {@code end}. */
    private static int trimSpace(String s, int end) {
        int i = end;
        while (i > 0 && Chars.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Start of the run of ASCII word characters ending at {@code end}. */
    private static int skipWord(String s, int end) {
        int i = end;
        while (i > 0 && Chars.isAsciiWordChar(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
