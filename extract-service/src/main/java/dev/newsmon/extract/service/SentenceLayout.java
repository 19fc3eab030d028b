package dev.newsmon.extract.service;

import java.util.Arrays;
import java.util.List;

import dev.newsmon.extract.text.Chars;
import dev.newsmon.extract.text.DateResolver;
import dev.newsmon.extract.text.WordSet;

/**
 * Where a sentence's words start and how it divides into clauses, found in one pass over its characters.
 * All positions are absolute offsets into the text the sentence was cut from.
 *
 * <ul>
 * <li>Word starts: a letter or digit after a character that is not part of a word; inside a word an apostrophe,
 * a full stop and a hyphen continue it ("U.S.", "don't", "Russia-U.S.").</li>
 * <li>Hard boundaries, where a new statement starts, so that a state cue only belongs to an alias in its own
 * clause: ";" and the words "but", "while", "whereas", "although", "though", "however", "despite" (a comma and
 * spaces before them included).</li>
 * <li>Soft clauses: relative clauses ("which ...", up to the next comma), parentheses, dashed asides and
 * quotations, as (start, clause id) change points. They narrow negation, modality and dates but stay in their
 * statement; the text after an aside is back in the clause before it.</li>
 * </ul>
 *
 * <p>This was three passes (with boxed lists, a string per punctuation mark and stream conversions), about a
 * twelfth of the extractor's CPU; the old code is kept as {@code ReferenceLayout} in the tests, which
 * {@code SentenceLayoutTest} compares this class against on the fixtures and random text.
 */
final class SentenceLayout {

    private static final List<String> HARD_WORD_LIST = List.of("but", "while", "whereas", "although", "though", "however", "despite");
    private static final List<String> RELATIVE_WORD_LIST = List.of("which", "who", "whose", "whom");
    private static final WordSet HARD_WORDS = WordSet.ignoringCase(HARD_WORD_LIST);
    private static final WordSet RELATIVE_WORDS = WordSet.ignoringCase(RELATIVE_WORD_LIST);

    /** What a run of letters may be, so that only those look-ups are made: a date anchor, a hard boundary word, a relative word. */
    private static final int MAY_ANCHOR_DATE = 1;
    private static final int MAY_BE_HARD_WORD = 2;
    private static final int MAY_BE_RELATIVE_WORD = 4;
    private static final int ANY_KIND = MAY_ANCHOR_DATE | MAY_BE_HARD_WORD | MAY_BE_RELATIVE_WORD;
    private static final int LONGEST_LOOKED_UP = 9;
    /**
     * Per (length, ASCII first letter) of a run of ASCII letters, the look-ups it could answer yes to: nearly every word of a
     * sentence has none, and three look-ups per word were most of this pass's own time.
     */
    private static final byte[] ASCII_RUN_KINDS = new byte[(LONGEST_LOOKED_UP + 1) << 7];
    /**
     * Per (length, ASCII first letter), a bit per second letter (ASCII-folded, 'a' bit 0) with which a run of that shape may
     * anchor a date: capitalised names pass the first test ("Moscow", "Sergei", "Trump" like "Monday", "September", "today").
     */
    private static final int[] DATE_SECOND_LETTERS = new int[(LONGEST_LOOKED_UP + 1) << 7];

    static {
        for (int length = 1; length <= LONGEST_LOOKED_UP; length++) {
            for (char c = 'A'; c <= 'z'; c++) {
                if (Chars.isAsciiLetter(c)) {
                    int seconds = 0;
                    for (char second = 'a'; second <= 'z'; second++) {
                        if (DateResolver.mayAnchorAsciiRun(c, second, length)
                                || DateResolver.mayAnchorAsciiRun(c, (char) (second - 32), length)) {
                            seconds |= 1 << second - 'a';
                        }
                    }
                    DATE_SECOND_LETTERS[length << 7 | c] = seconds;
                    int kinds = (seconds != 0 ? MAY_ANCHOR_DATE : 0)
                            | (hasShape(HARD_WORD_LIST, c, length) ? MAY_BE_HARD_WORD : 0)
                            | (hasShape(RELATIVE_WORD_LIST, c, length) ? MAY_BE_RELATIVE_WORD : 0);
                    ASCII_RUN_KINDS[length << 7 | c] = (byte) kinds;
                }
            }
        }
        for (String word : HARD_WORD_LIST) {
            checkLookedUp(word);
        }
        for (String word : RELATIVE_WORD_LIST) {
            checkLookedUp(word);
        }
    }

    /** Some lower-case word of {@code words} is {@code length} long and starts with {@code c} ignoring ASCII case. */
    private static boolean hasShape(List<String> words, char c, int length) {
        for (String word : words) {
            if (word.length() == length && word.charAt(0) == Chars.lowerAscii(c)) {
                return true;
            }
        }
        return false;
    }

    private static void checkLookedUp(String word) {
        if (word.length() > LONGEST_LOOKED_UP) {
            throw new IllegalStateException("word longer than the look-up table: " + word);
        }
    }

    /** For a run of ASCII letters that may anchor a date by its length and first letter: whether its second letter fits too. */
    private static boolean maySecondLetterAnchor(char[] chars, int runStart, int length) {
        // a run that passed asciiRunKinds' date bit is 2 to 9 letters long (no anchor word is shorter)
        return (DATE_SECOND_LETTERS[length << 7 | chars[runStart]] >>> Chars.lowerAscii(chars[runStart + 1]) - 'a' & 1) != 0;
    }

    /** The look-ups a run of ASCII letters {@code length} long starting with {@code first} needs. */
    private static int asciiRunKinds(char first, int length) {
        return length <= LONGEST_LOOKED_UP ? ASCII_RUN_KINDS[length << 7 | first] : 0;
    }

    final int[] wordStarts;
    final int[] hardBoundaries;
    final int[] softStarts;
    final int[] softIds;
    /**
     * What can anchor a date, in {@link DateResolver#anchorsOf}'s format (offsets from the sentence's start): the runs of
     * letters and digits this pass reads anyway, so that date finding does not walk the sentence again.
     */
    final int[] dateAnchors;

    private SentenceLayout(int[] wordStarts, int[] hardBoundaries, int[] softStarts, int[] softIds, int[] dateAnchors) {
        this.wordStarts = wordStarts;
        this.hardBoundaries = hardBoundaries;
        this.softStarts = softStarts;
        this.softIds = softIds;
        this.dateAnchors = dateAnchors;
    }

    static SentenceLayout of(String text, int start, int end) {
        // the sentence's characters in an array: this loop reads each one several times over
        int n = end - start;
        char[] chars = new char[n];
        text.getChars(start, end, chars, 0);
        // positions below are offsets into chars (from the sentence's start) until they are stored as absolute ones
        int[] words = new int[32];
        int wordCount = 0;
        int[] hard = new int[4];
        int hardCount = 0;
        int[] softAt = new int[8];
        int[] softId = new int[8];
        softAt[0] = start;
        int softCount = 1;
        int[] stack = new int[8];
        int depth = 0;
        int current = 0;
        int next = 1;
        boolean inRelative = false;
        boolean inQuote = false;
        boolean inDash = false;
        boolean inWord = false;
        // the run of digits being read (-1 outside one), and the date anchors: [used length, flags, (kind, start, end)...]
        int digitsFrom = -1;
        int[] anchors = new int[14];
        int anchorsSize = 2;
        int anchorFlags = 0;
        int j = 0;
        while (j < n) {
            char c = chars[j];
            if (Chars.isLetter(c)) {
                // a run of letters, read to its end at once (most of a sentence's characters): it starts a word unless it
                // continues one ("U.S.", "2nd"), and is looked up as a whole when it ends
                if (digitsFrom >= 0) {
                    if (anchorsSize + 3 > anchors.length) {
                        anchors = Arrays.copyOf(anchors, anchors.length * 2);
                    }
                    anchors[anchorsSize++] = DateResolver.DIGIT_RUN_ANCHOR;
                    anchors[anchorsSize++] = digitsFrom;
                    anchors[anchorsSize++] = j;
                    anchorFlags |= 1 << DateResolver.DIGIT_RUN_ANCHOR | (j - digitsFrom == 4 ? DateResolver.FOUR_DIGIT_FLAG : 0);
                    digitsFrom = -1;
                }
                boolean runStartsWord = !inWord;
                if (runStartsWord) {
                    if (wordCount == words.length) {
                        words = Arrays.copyOf(words, wordCount * 2);
                    }
                    words[wordCount++] = start + j;
                }
                inWord = true;
                int runFrom = j;
                boolean runAscii = c < 128;
                j++;
                while (true) {
                    while (j < n && Chars.isAsciiLetter(chars[j])) {
                        j++;
                    }
                    if (j < n && chars[j] >= 128 && Character.isLetter(chars[j])) {
                        runAscii = false;
                        j++;
                    } else {
                        break;
                    }
                }
                int length = j - runFrom;
                int kinds = runAscii ? asciiRunKinds(chars[runFrom], length) : ANY_KIND;
                if (kinds == 0) {
                    continue; // nearly every word: no look-up can answer yes
                }
                int kind = (kinds & MAY_ANCHOR_DATE) != 0 && (!runAscii || maySecondLetterAnchor(chars, runFrom, length))
                        ? DateResolver.letterRunAnchor(text, start + runFrom, start + j, runAscii) : 0;
                if (kind != 0) {
                    if (anchorsSize + 3 > anchors.length) {
                        anchors = Arrays.copyOf(anchors, anchors.length * 2);
                    }
                    anchors[anchorsSize++] = kind;
                    anchors[anchorsSize++] = runFrom;
                    anchors[anchorsSize++] = j;
                    anchorFlags |= 1 << kind;
                }
                // nothing inside a run of letters is a mark, so it is looked up before the character after it is read
                if ((kinds & MAY_BE_HARD_WORD) != 0 && runStartsWord && HARD_WORDS.contains(text, start + runFrom, start + j)) {
                    if (hardCount == hard.length) {
                        hard = Arrays.copyOf(hard, hardCount * 2);
                    }
                    hard[hardCount++] = backOverSpacesAndCommas(text, start, start + runFrom);
                }
                if ((kinds & MAY_BE_RELATIVE_WORD) != 0 && !inRelative && RELATIVE_WORDS.contains(text, start + runFrom, start + j)) {
                    int at = backOverSpacesAndCommas(text, start, start + runFrom);
                    stack = push(stack, depth++, current);
                    current = next++;
                    inRelative = true;
                    if (softCount == softAt.length) {
                        softAt = Arrays.copyOf(softAt, softCount * 2);
                        softId = Arrays.copyOf(softId, softCount * 2);
                    }
                    softCount = insert(softAt, softId, softCount, at, current);
                }
                continue;
            }
            boolean digit = c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
            if (digitsFrom >= 0 && !digit) {
                if (anchorsSize + 3 > anchors.length) {
                    anchors = Arrays.copyOf(anchors, anchors.length * 2);
                }
                anchors[anchorsSize++] = DateResolver.DIGIT_RUN_ANCHOR;
                anchors[anchorsSize++] = digitsFrom;
                anchors[anchorsSize++] = j;
                anchorFlags |= 1 << DateResolver.DIGIT_RUN_ANCHOR | (j - digitsFrom == 4 ? DateResolver.FOUR_DIGIT_FLAG : 0);
                digitsFrom = -1;
            }
            if (c == ' ') {
                // the commonest character after letters: it ends a word and is no mark
                inWord = false;
                j++;
                continue;
            }
            // not a letter: a word character only as a digit, or as a mark inside a word ("U.S.", "don't", "co-op")
            boolean wordChar = digit || inWord && (c == '\'' || c == '.' || c == '-');
            if (wordChar && !inWord) {
                if (wordCount == words.length) {
                    words = Arrays.copyOf(words, wordCount * 2);
                }
                words[wordCount++] = start + j;
            }
            if (digit && digitsFrom < 0) {
                digitsFrom = j;
            }
            inWord = wordChar;
            int i = start + j;
            if (c == ';') {
                if (hardCount == hard.length) {
                    hard = Arrays.copyOf(hard, hardCount * 2);
                }
                hard[hardCount++] = i;
            }

            // soft clauses: the marks open or close one; a mark that changes nothing is passed over
            boolean changed;
            if (c == '(') {
                stack = push(stack, depth++, current);
                current = next++;
                changed = true;
            } else if (c == ')') {
                if (inRelative && depth > 0) {
                    current = stack[--depth];
                    inRelative = false;
                }
                current = depth == 0 ? 0 : stack[--depth];
                changed = true;
            } else if (c == '"') {
                if (inQuote) {
                    current = depth == 0 ? 0 : stack[--depth];
                } else {
                    stack = push(stack, depth++, current);
                    current = next++;
                }
                inQuote = !inQuote;
                changed = true;
            } else if (c == ',') {
                changed = inRelative;
                if (inRelative) {
                    current = depth == 0 ? 0 : stack[--depth];
                    inRelative = false;
                }
            } else if (c == '-' && j > 0 && chars[j - 1] == ' ' && (j + 1 < n && chars[j + 1] == ' '
                    || j + 2 < n && chars[j + 1] == '-' && chars[j + 2] == ' ')) {
                // " - " or " -- " (the second hyphen of which then starts nothing: no space before it)
                if (inDash) {
                    current = depth == 0 ? 0 : stack[--depth];
                } else {
                    stack = push(stack, depth++, current);
                    current = next++;
                }
                inDash = !inDash;
                changed = true;
            } else {
                changed = false;
            }
            if (changed) {
                if (softCount == softAt.length) {
                    softAt = Arrays.copyOf(softAt, softCount * 2);
                    softId = Arrays.copyOf(softId, softCount * 2);
                }
                softCount = insert(softAt, softId, softCount, i, current);
            }
            j++;
        }
        if (digitsFrom >= 0) {
            if (anchorsSize + 3 > anchors.length) {
                anchors = Arrays.copyOf(anchors, anchors.length * 2);
            }
            anchors[anchorsSize++] = DateResolver.DIGIT_RUN_ANCHOR;
            anchors[anchorsSize++] = digitsFrom;
            anchors[anchorsSize++] = n;
            anchorFlags |= 1 << DateResolver.DIGIT_RUN_ANCHOR | (n - digitsFrom == 4 ? DateResolver.FOUR_DIGIT_FLAG : 0);
        }
        int[] hardBoundaries = Arrays.copyOf(hard, hardCount);
        if (hardCount > 1) {
            Arrays.sort(hardBoundaries);
        }
        anchors[0] = anchorsSize;
        anchors[1] = anchorFlags;
        return new SentenceLayout(Arrays.copyOf(words, wordCount), hardBoundaries, Arrays.copyOf(softAt, softCount),
                Arrays.copyOf(softId, softCount), anchors);
    }

    /**
     * Adds a change point, keeping them sorted by offset and stable (a relative word's change point starts before the
     * spaces and commas it follows, so it can come before the last one); the new count. The arrays have room.
     */
    private static int insert(int[] softAt, int[] softId, int count, int at, int id) {
        int k = count;
        while (k > 0 && softAt[k - 1] > at) {
            softAt[k] = softAt[k - 1];
            softId[k] = softId[k - 1];
            k--;
        }
        softAt[k] = at;
        softId[k] = id;
        return count + 1;
    }

    private static int[] push(int[] stack, int depth, int value) {
        int[] out = depth == stack.length ? Arrays.copyOf(stack, depth * 2) : stack;
        out[depth] = value;
        return out;
    }

    private static int backOverSpacesAndCommas(String text, int start, int i) {
        int b = i;
        while (b > start && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == ',')) {
            b--;
        }
        return b;
    }
}
