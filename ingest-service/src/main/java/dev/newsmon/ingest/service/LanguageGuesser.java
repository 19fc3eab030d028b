package dev.newsmon.ingest.service;

import java.util.Locale;

/**
 * A cheap language guess from function words, for when neither the item nor the feed declares a
 * language. Only answers when one language clearly wins; a wrong guess is worse than none.
 *
 * <p>Words are runs of letters and apostrophes in the first {@value #SCAN_LIMIT} characters. The
 * scan is one pass over the characters with no per-word allocation: no function word is longer
 * than five letters and all of them are in Latin-1, so a word is folded to lower case into a
 * {@code long} (one byte a letter) while it is read, and a longer word or one with a letter outside
 * Latin-1 is only counted; characters below 256 are classified and folded by one table look-up
 * (this matters most under C1, which the service runs with). The key is looked up in a small open-addressed table whose value is a bit
 * set of the languages the word belongs to. This gives the same answers as the earlier version
 * (regex per word, {@code String.toLowerCase}, a set per language), which the tests keep as the
 * reference.
 */
public final class LanguageGuesser {

    /** Only this many leading characters are read: enough words for a clear winner in an article. */
    static final int SCAN_LIMIT = 5000;
    private static final int MIN_LENGTH = 40;

    private static final String[] LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl"};
    private static final String[][] FUNCTION_WORDS = {
            {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "said", "from", "has", "have", "are", "were"},
            {"le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "sur", "au", "pas", "avec", "il", "qui", "ont", "été"},
            {"der", "die", "und", "das", "den", "von", "zu", "mit", "ist", "sich", "des", "nicht", "auf", "ein", "eine", "dem", "für", "wird", "auch", "im"},
            {"el", "los", "las", "y", "del", "en", "que", "por", "con", "una", "para", "es", "se", "al", "como", "más", "fue", "su", "lo", "han"},
            {"il", "di", "che", "e", "della", "per", "un", "non", "con", "del", "gli", "sono", "nel", "alla", "anche", "è", "ha", "dei", "delle", "una"},
            {"o", "os", "de", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "no", "na", "por", "mais", "foi", "dos", "ao", "das"},
            {"de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die", "aan", "er", "ook", "werd", "naar"}};

    /** Longest function word; a key packs this many Latin-1 letters into a long. */
    private static final int MAX_WORD_LENGTH = 5;
    private static final long[] KEYS = new long[256];
    private static final byte[] LANGUAGE_BITS = new byte[KEYS.length];

    /** Marks a character that is neither a letter nor an apostrophe. */
    private static final short NOT_IN_WORD = -2;
    /** For the first 256 characters, the folded letter as {@link #foldedChar}, or NOT_IN_WORD. */
    private static final short[] LATIN1 = new short[256];

    static {
        for (char c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = c == '\'' || Character.isLetter(c) ? (short) foldedChar(c) : NOT_IN_WORD;
        }
        for (int lang = 0; lang < LANGUAGES.length; lang++) {
            for (String word : FUNCTION_WORDS[lang]) {
                if (word.length() > MAX_WORD_LENGTH) {
                    throw new IllegalStateException("function word longer than " + MAX_WORD_LENGTH + ": " + word);
                }
                long key = 0;
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    if (c == 0 || c > 0xFF || c != Character.toLowerCase(c)) {
                        throw new IllegalStateException("function word not lower-case Latin-1: " + word);
                    }
                    key = key << 8 | c;
                }
                int slot = slotOf(key);
                LANGUAGE_BITS[slot] |= (byte) (1 << lang);
                KEYS[slot] = key;
            }
        }
    }

    private LanguageGuesser() {
    }

    /** @return an ISO 639-1 code, or null when the text is short or ambiguous */
    public static String guess(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            return null;
        }
        int limit = Math.min(text.length(), SCAN_LIMIT);
        // an array rather than charAt: the service runs on C1, which makes a call of each charAt
        char[] chars = new char[limit];
        text.getChars(0, limit, chars, 0);
        int[] scores = new int[LANGUAGES.length];
        int words = 0;
        boolean inWord = false;
        long key = 0;
        int keyLength = 0;
        int i = 0;
        while (i < limit) {
            char c = chars[i];
            int width = 1;
            int folded;
            if (c < LATIN1.length) {
                folded = LATIN1[c];
            } else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(chars[i + 1])) {
                width = 2;
                folded = Character.isLetter(Character.toCodePoint(c, chars[i + 1])) ? -1 : NOT_IN_WORD;
            } else {
                folded = Character.isLetter(c) ? foldedChar(c) : NOT_IN_WORD;
            }
            if (folded != NOT_IN_WORD) {
                if (!inWord) {
                    inWord = true;
                    key = 0;
                    keyLength = 0;
                }
                if (keyLength >= 0) {
                    if (folded < 0 || keyLength == MAX_WORD_LENGTH) {
                        keyLength = -1;
                    } else {
                        key = key << 8 | folded;
                        keyLength++;
                    }
                }
            } else if (inWord) {
                inWord = false;
                words++;
                score(key, keyLength, scores);
            }
            i += width;
        }
        if (inWord) {
            words++;
            score(key, keyLength, scores);
        }
        return winner(scores, words);
    }

    private static void score(long key, int keyLength, int[] scores) {
        if (keyLength <= 0) {
            return;
        }
        int slot = slotOf(key);
        if (KEYS[slot] != key) {
            return;
        }
        int bits = LANGUAGE_BITS[slot];
        for (int lang = 0; bits != 0; lang++, bits >>>= 1) {
            if ((bits & 1) != 0) {
                scores[lang]++;
            }
        }
    }

    private static String winner(int[] scores, int words) {
        int best = -1;
        int bestScore = 0;
        int second = 0;
        for (int lang = 0; lang < scores.length; lang++) {
            int s = scores[lang];
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = lang;
            } else if (s > second) {
                second = s;
            }
        }
        if (best < 0 || bestScore < 3 || bestScore < words / 20 || bestScore < second * 1.5) {
            return null;
        }
        return LANGUAGES[best];
    }

    /**
     * The lower case of one character as {@code String.toLowerCase(Locale.ROOT)} gives it, when that
     * is a single Latin-1 character; -1 otherwise (such a word cannot be a function word). U+0130
     * (capital I with dot) is the one character whose lower case is two characters.
     */
    static int foldedChar(char c) {
        if (c == '\u0130') {
            return -1;
        }
        char lower = Character.toLowerCase(c);
        return lower == 0 || lower > 0xFF ? -1 : lower;
    }

    /** Linear probing in a table four times larger than the 140 words; keys are never 0. */
    private static int slotOf(long key) {
        int mask = KEYS.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 56) & mask;
        while (KEYS[slot] != 0 && KEYS[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** "en-US", "EN_gb" and "en" all become "en"; null stays null. */
    public static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
