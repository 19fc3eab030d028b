package dev.newsmon.extract.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over a fixed set of lower-case phrases, compiled to a dense transition
 * table: one row per state, one column per character that occurs in some phrase, plus two columns for
 * every other character (letters and the rest). Scanning costs one array read per character of text.
 *
 * <p>Why not {@code org.ahocorasick:ahocorasick}, which this class replaces: its states keep their
 * transitions in a {@code HashMap<Character, State>}, so every character of every article boxed a
 * {@code Character} and probed a hash map (about 15 % of the extractor's CPU in the profile recorded in
 * docs/benchmarks.md). The matching rules are that library's, kept on purpose so results did not move:
 * each text character is lower-cased with {@link Character#toLowerCase(char)}, every occurrence of every
 * phrase is reported (overlaps included), and an occurrence counts only as a whole word: the characters
 * just before and after it are not {@linkplain Character#isAlphabetic alphabetic}. A test compares the
 * two on the module's fixtures and on random text.
 *
 * <p>Unlike a textbook Aho-Corasick automaton, this one follows only matches that begin where a whole word
 * may begin: its failure links skip suffixes that start after a letter, since such an occurrence could never be
 * reported. So inside a word that no phrase begins ("extraordinary") the scan stays in one state,
 * {@link #IN_WORD}, instead of wandering through the states of phrases that the word's tail spells ("ordinary",
 * "nary"); the rows the scan reads are then few and stay in cache (the table is hundreds of kilobytes, and reading
 * it was most of the scan's cost). The set of matches under way is still a function of the deepest one, so there
 * is one state per trie node as before, plus {@link #IN_WORD} for "none, and none may start here". Which
 * characters may precede a word is decided per column ({@link #mayPrecedeWord}), generously (a column any
 * non-alphabetic character falls into counts), and the exact test on the text's own characters is still made for
 * each reported occurrence, so the result is exactly the library's.
 */
final class PhraseAutomaton {

    /** Receives one whole-word occurrence: [start, end) in the text, and the phrase's index in the list given to the constructor. */
    @FunctionalInterface
    interface Sink {
        void found(int start, int end, int phrase);
    }

    /** The start state: no match under way, and one may begin at the next character. */
    private static final int ROOT = 0;
    /** No match under way, and none may begin at the next character (it follows a letter). */
    private static final int IN_WORD = 1;
    /** Column of the characters no phrase contains that are not alphabetic. */
    private static final int OTHER = 0;
    /** Column of the alphabetic characters no phrase contains. */
    private static final int OTHER_LETTER = 1;
    private static final int[] NONE = new int[0];
    private static final char HAS_OUTPUT = 0x8000;
    private static final int MAX_STATES = HAS_OUTPUT - 1;

    /** Column of each character below 128, upper case folded to lower; {@link #alphabet} for the rest. */
    private final int[] asciiColumn = new int[128];
    /** Non-ASCII characters that occur in phrases, sorted; column = index + {@link #nonAsciiBase}. */
    private final char[] alphabet;
    private final int nonAsciiBase;
    private final int width;
    /** Per column: some character of the column is not alphabetic, so a whole word may start after it. */
    private final boolean[] mayPrecedeWord;
    /**
     * Transitions, row-major: a {@code char} per entry keeps the table half the size of ints, and it is read for every
     * character. The low 15 bits are the target state; the top bit ({@link #HAS_OUTPUT}) says a phrase ends there, so the
     * output table is read only at the few characters where one does (that saved a tenth of the scan).
     */
    private final char[] next;
    /** Phrases ending in each state (its own, then those of its failure chain): {@code outputIds[outputStart[s] .. outputStart[s + 1])}. */
    private final int[] outputStart;
    private final int[] outputIds;
    private final int[] phraseLength;

    PhraseAutomaton(List<String> phrases) {
        TreeSet<Character> ascii = new TreeSet<>();
        TreeSet<Character> other = new TreeSet<>();
        for (String p : phrases) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            for (char c : p.toCharArray()) {
                (c < 128 ? ascii : other).add(c);
            }
        }
        int column = OTHER_LETTER + 1;
        for (char c : ascii) {
            asciiColumn[c] = column++;
        }
        for (char c = 0; c < 128; c++) {
            char lower = Character.toLowerCase(c); // text is folded by the table, not per character
            asciiColumn[c] = ascii.contains(lower) ? asciiColumn[lower] : Character.isAlphabetic(c) ? OTHER_LETTER : OTHER;
        }
        nonAsciiBase = column;
        alphabet = new char[other.size()];
        int k = 0;
        for (char c : other) {
            alphabet[k++] = c;
        }
        width = nonAsciiBase + alphabet.length;
        mayPrecedeWord = new boolean[width];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isAlphabetic(c)) {
                mayPrecedeWord[textColumn((char) c)] = true;
            }
        }

        // the trie, then failure links breadth first, folded into a complete transition table
        List<int[]> goTo = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        for (int root = ROOT; root <= IN_WORD; root++) {
            goTo.add(newRow());
            own.add(new ArrayList<>(1));
        }
        phraseLength = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String p = phrases.get(id);
            phraseLength[id] = p.length();
            int state = ROOT;
            for (int i = 0; i < p.length(); i++) {
                int col = phraseColumn(p.charAt(i));
                int target = goTo.get(state)[col];
                if (target <= 0) {
                    target = goTo.size();
                    goTo.add(newRow());
                    own.add(new ArrayList<>(1));
                    goTo.get(state)[col] = target;
                }
                state = target;
            }
            own.get(state).add(id);
        }
        int states = goTo.size();
        if (states > MAX_STATES) {
            throw new IllegalArgumentException("too many phrases: their automaton needs " + states + " states, at most "
                    + MAX_STATES + " are supported (about five thousand phrases)");
        }
        next = new char[states * width];
        int[] fail = new int[states];
        int[][] outputs = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] rootRow = goTo.get(ROOT);
        for (int col = 0; col < width; col++) {
            int restart = mayPrecedeWord[col] ? ROOT : IN_WORD;
            next[IN_WORD * width + col] = (char) restart;
            if (rootRow[col] > 0) {
                next[col] = (char) rootRow[col];
                fail[rootRow[col]] = restart; // the first character of a phrase, then nothing under way but a new start
                queue.add(rootRow[col]);
            } else {
                next[col] = (char) restart;
            }
        }
        outputs[ROOT] = NONE;
        outputs[IN_WORD] = NONE;
        while (!queue.isEmpty()) {
            int state = queue.poll();
            outputs[state] = merge(own.get(state), outputs[fail[state]]);
            int[] row = goTo.get(state);
            for (int col = 0; col < width; col++) {
                int viaFail = next[fail[state] * width + col];
                if (row[col] > 0) {
                    fail[row[col]] = viaFail;
                    next[state * width + col] = (char) row[col];
                    queue.add(row[col]);
                } else {
                    next[state * width + col] = (char) viaFail;
                }
            }
        }
        for (int e = 0; e < next.length; e++) {
            if (outputs[next[e]].length > 0) {
                next[e] |= HAS_OUTPUT;
            }
        }
        outputStart = new int[states + 1];
        for (int st = 0; st < states; st++) {
            outputStart[st + 1] = outputStart[st] + outputs[st].length;
        }
        outputIds = new int[outputStart[states]];
        for (int st = 0; st < states; st++) {
            System.arraycopy(outputs[st], 0, outputIds, outputStart[st], outputs[st].length);
        }
    }

    private int[] newRow() {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        return row;
    }

    private static int[] merge(List<Integer> own, int[] inherited) {
        if (own.isEmpty()) {
            return inherited;
        }
        int[] out = new int[own.size() + inherited.length];
        for (int i = 0; i < own.size(); i++) {
            out[i] = own.get(i);
        }
        System.arraycopy(inherited, 0, out, own.size(), inherited.length);
        return out;
    }

    /** The column of a character as it occurs in a phrase (already lower case). */
    private int phraseColumn(char c) {
        if (c < 128) {
            return asciiColumn[c];
        }
        return nonAsciiBase + Arrays.binarySearch(alphabet, c);
    }

    /** The column of a character of the text: its lower case if a phrase has it, else one of the two others. */
    private int textColumn(char c) {
        if (c < 128) {
            return asciiColumn[c];
        }
        char lower = Character.toLowerCase(c);
        if (lower < 128) {
            return asciiColumn[lower];
        }
        int i = Arrays.binarySearch(alphabet, lower);
        return i >= 0 ? nonAsciiBase + i : Character.isAlphabetic(c) ? OTHER_LETTER : OTHER;
    }

    /** Every whole-word occurrence in {@code text[0, limit)}, in order of their end. */
    void scan(CharSequence text, int limit, Sink sink) {
        int state = ROOT;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            char entry = next[state * width + (c < 128 ? asciiColumn[c] : textColumn(c))];
            state = entry & MAX_STATES;
            if (entry < HAS_OUTPUT) {
                continue;
            }
            for (int k = outputStart[state], last = outputStart[state + 1]; k < last; k++) {
                int id = outputIds[k];
                int start = i + 1 - phraseLength[id];
                if ((start == 0 || !isAlphabetic(text.charAt(start - 1))) && (i + 1 == limit || !isAlphabetic(text.charAt(i + 1)))) {
                    sink.found(start, i + 1, id);
                }
            }
        }
    }

    /** {@link Character#isAlphabetic(int)}, ASCII answered at once (every candidate occurrence asks twice). */
    private static boolean isAlphabetic(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isAlphabetic(c);
    }

    int states() {
        return outputStart.length - 1;
    }
}
