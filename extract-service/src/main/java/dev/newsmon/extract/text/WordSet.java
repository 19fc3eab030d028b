package dev.newsmon.extract.text;

import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of words asked about slices of a text ({@code text[start, end)}) without cutting them out:
 * the hot loops ask it about every word of every sentence, and {@code substring} plus
 * {@code toLowerCase} plus {@code Set.contains} for each was a measurable share of the extractor's CPU.
 * Open addressing over a power-of-two table; the hash is computed on the fly from the slice.
 *
 * <p>Case-insensitive sets answer as {@code set.contains(slice.toLowerCase(Locale.ROOT))} would for
 * the words they hold (lower-case letters): characters are folded with {@link Character#toLowerCase(char)},
 * except U+0130 (capital I with dot), whose full lower case is two characters and so never equals a word here.
 */
public final class WordSet {

    private final String[] table;
    private final int mask;
    private final boolean ignoreCase;
    private final int minLength;
    private final int maxLength;
    /** Per length, the ASCII first and last characters (folded) of the words of that length: most slices are turned away here. */
    private final boolean[][] firstByLength;
    private final boolean[][] lastByLength;

    private WordSet(Collection<String> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : words) {
            String word = ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            min = Math.min(min, word.length());
            max = Math.max(max, word.length());
            int slot = hash(word, 0, word.length(), false) & mask;
            while (table[slot] != null && !table[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
        }
        minLength = min;
        maxLength = max;
        firstByLength = new boolean[max + 1][128];
        lastByLength = new boolean[max + 1][128];
        for (String word : table) {
            if (word != null) {
                mark(firstByLength[word.length()], word.charAt(0));
                mark(lastByLength[word.length()], word.charAt(word.length() - 1));
            }
        }
    }

    private static void mark(boolean[] seen, char c) {
        if (c < 128) {
            seen[c] = true;
        } else {
            java.util.Arrays.fill(seen, true); // rare: no filtering for that length
        }
    }

    /** Matches exactly. */
    public static WordSet of(Collection<String> words) {
        return new WordSet(words, false);
    }

    /** Matches whatever the case of the text. */
    public static WordSet ignoringCase(Collection<String> words) {
        return new WordSet(words, true);
    }

    public boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        if (length < minLength || length > maxLength) {
            return false;
        }
        char first = ignoreCase ? fold(text.charAt(start)) : text.charAt(start);
        char last = ignoreCase ? fold(text.charAt(end - 1)) : text.charAt(end - 1);
        if (first < 128 && !firstByLength[length][first] || last < 128 && !lastByLength[length][last]) {
            return false;
        }
        int slot = hash(text, start, end, ignoreCase) & mask;
        for (String word = table[slot]; word != null; slot = (slot + 1) & mask, word = table[slot]) {
            if (word.length() == length && sameChars(word, text, start)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(CharSequence word) {
        return contains(word, 0, word.length());
    }

    private boolean sameChars(String word, CharSequence text, int start) {
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(start + i);
            if ((ignoreCase ? fold(c) : c) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end, boolean fold) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            h = 31 * h + (fold ? fold(c) : c);
        }
        return h ^ (h >>> 16);
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u0130' ? '\uffff' : Character.toLowerCase(c);
    }
}
