package dev.newsmon.extract.text;

import static dev.newsmon.extract.text.WordPhrases.boundaryAfter;
import static dev.newsmon.extract.text.Chars.isAsciiLetter;
import static dev.newsmon.extract.text.Chars.lowerAscii;

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

    private static final WordPhrases FUTURE = WordPhrases.of("will", "shall", "is to", "are to", "to begin", "to start",
            "to take effect", "to meet", "scheduled", "expected", "due to", "set to", "plan to", "plans to", "planned", "going to",
            "upcoming", "next", "would", "intend to", "intends to", "from midday", "from midnight");
    private static final WordPhrases PAST = WordPhrases.of("was", "were", "had", "did", "went", "took", "came", "met", "held", "began",
            "said", "told", "reached", "announced", "agreed", "signed", "ended");

    private Tense() {
    }

    /** A future marker in {@code s[from, to)}. */
    public static boolean future(CharSequence s, int from, int to) {
        // a word start is tried once and the rest of its word passed over ("'" is no word character, so none is skipped)
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Chars.isRegexWordChar(c)) {
                if (FUTURE.startsAt(s, i, to)) {
                    return true;
                }
                i = WordPhrases.wordEnd(s, i, to) - 1;
            } else if (c == '\'' && i + 3 <= to && lowerAscii(s.charAt(i + 1)) == 'l' && lowerAscii(s.charAt(i + 2)) == 'l'
                    && boundaryAfter(s, i + 3, to)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #markers}: a future marker was found. */
    static final int FUTURE_MARKER = 1;
    /** {@link #markers}: a past marker was found. */
    static final int PAST_MARKER = 2;

    /**
     * {@link #future} and {@link #past} of {@code s[from, to)} in one walk over its words (both walks visit the same word
     * starts): {@link #FUTURE_MARKER} and {@link #PAST_MARKER} bits. With {@code futureDecides} the walk stops at the first
     * future marker, and the past bit is then unknown (not set): the caller asks about the past only when there is none.
     * The date rules ask both about the clause before every date, and two walks were a large part of the date finding.
     */
    static int markers(CharSequence s, int from, int to, boolean futureDecides) {
        boolean future = false;
        boolean past = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Chars.isRegexWordChar(c)) {
                int e = i;
                while (e < to && isAsciiLetter(s.charAt(e))) {
                    e++;
                }
                int wordEnd = WordPhrases.wordEnd(s, e, to);
                // a phrase's first word is ASCII letters followed by a space or a boundary, and so is "[a-z]{3,}ed": a word
                // with any other word character (a digit, '_', a letter outside ASCII) can be neither, and is passed over
                if (wordEnd == e) {
                    int length = e - i;
                    if (!future && FUTURE.startsAtAsciiWord(s, i, length, to)) {
                        future = true;
                        if (futureDecides || past) {
                            break;
                        }
                    }
                    if (!past && (PAST.startsAtAsciiWord(s, i, length, to)
                            || length >= 5 && lowerAscii(s.charAt(e - 2)) == 'e' && lowerAscii(s.charAt(e - 1)) == 'd')) {
                        past = true;
                        if (future) {
                            break;
                        }
                    }
                }
                i = wordEnd - 1;
            } else if (!future && c == '\'' && i + 3 <= to && lowerAscii(s.charAt(i + 1)) == 'l' && lowerAscii(s.charAt(i + 2)) == 'l'
                    && boundaryAfter(s, i + 3, to)) {
                future = true;
                if (futureDecides || past) {
                    break;
                }
            }
        }
        return (future ? FUTURE_MARKER : 0) | (past ? PAST_MARKER : 0);
    }

    /** A past marker in {@code s[from, to)}: a listed verb or a word of at least five ASCII letters ending in "ed". */
    public static boolean past(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isRegexWordChar(s.charAt(i))) {
                continue;
            }
            if (PAST.startsAt(s, i, to)) {
                return true;
            }
            int e = i;
            while (e < to && isAsciiLetter(s.charAt(e))) {
                e++;
            }
            if (e - i >= 5 && lowerAscii(s.charAt(e - 2)) == 'e' && lowerAscii(s.charAt(e - 1)) == 'd' && boundaryAfter(s, e, to)) {
                return true;
            }
            i = WordPhrases.wordEnd(s, e, to) - 1; // the rest of the word (its letters are word characters): no word starts there
        }
        return false;
    }

}
