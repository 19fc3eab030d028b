package dev.newsmon.extract.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds a fixed set of lower-case phrases in a text as whole words: a trie of the phrases, walked from every
 * position where a whole word can start, stored as a double array (one cell per state; a state's child for
 * column {@code c} sits in cell {@code base + c} when that cell names the state as its owner).
 *
 * <p>The matching rules are those of the {@code org.ahocorasick:ahocorasick} library this class replaced, kept
 * so that results do not move: each text character is lower-cased with {@link Character#toLowerCase(char)},
 * every occurrence of every phrase is reported (overlaps included), and an occurrence counts only as a whole
 * word: the characters just before and after it are not {@linkplain Character#isAlphabetic alphabetic}.
 * {@code PhraseAutomatonTest} compares the two on the module's fixtures and on random text.
 *
 * <p>Why a trie walked from word starts, and not Aho-Corasick: an Aho-Corasick automaton reads one transition
 * per character, which needs a complete table (every state × every character, 4,429 × 39 entries and 337 KB
 * for the default watchlist), and that table was read cold for every article in the service (about 85 µs per
 * article against 35 µs with warm caches, docs/benchmarks.md). Only occurrences that start where a whole word
 * can start count, so the failure links that table encodes are not needed: the walk from each such start stops
 * at the first character no phrase continues with, and the trie holds only its real edges, in a few tens of
 * kilobytes.
 */
final class PhraseAutomaton {

    /** Receives one whole-word occurrence: [start, end) in the text, and the phrase's index in the list given to the constructor. */
    @FunctionalInterface
    interface Sink {
        void found(int start, int end, int phrase);
    }

    private static final int ROOT = 0;
    private static final int FREE = -1;

    /** Column of each character below 128, upper case folded to lower (0 when no phrase contains it); {@link #alphabet} for the rest. */
    private final int[] asciiColumn = new int[128];
    /** Non-ASCII characters that occur in phrases, sorted; column = index + {@link #nonAsciiBase}. */
    private final char[] alphabet;
    private final int nonAsciiBase;
    private final int width;
    /**
     * The double array, two ints per cell so that a step reads one place: {@code cells[2k]} is the cell that owns cell
     * {@code k} ({@link #FREE} if none), {@code cells[2k + 1]} its children's base shifted left by one, the low bit
     * set when a phrase ends there.
     */
    private final int[] cells;
    /** The phrase ending in each cell, read only for cells whose low bit says one does. */
    private final int[] phraseAt;
    private final int states;

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
        int column = 1;
        for (char c : ascii) {
            asciiColumn[c] = column++;
        }
        for (char c = 0; c < 128; c++) {
            asciiColumn[c] = asciiColumn[Character.toLowerCase(c)]; // text is folded by the table, not per character
        }
        nonAsciiBase = column;
        alphabet = new char[other.size()];
        int k = 0;
        for (char c : other) {
            alphabet[k++] = c;
        }
        width = nonAsciiBase + alphabet.length;

        // the trie with a plain row per state first; phrases are distinct, so a state ends at most one
        List<int[]> goTo = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        goTo.add(newRow());
        ends.add(-1);
        for (int id = 0; id < phrases.size(); id++) {
            String p = phrases.get(id);
            int state = ROOT;
            for (int i = 0; i < p.length(); i++) {
                int col = column(p.charAt(i));
                int target = goTo.get(state)[col];
                if (target < 0) {
                    target = goTo.size();
                    goTo.add(newRow());
                    ends.add(-1);
                    goTo.get(state)[col] = target;
                }
                state = target;
            }
            if (ends.get(state) >= 0) {
                throw new IllegalArgumentException("phrase listed twice: " + p);
            }
            ends.set(state, id);
        }
        states = goTo.size();
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many phrases: their automaton needs " + states + " states, at most "
                    + (int) Character.MAX_VALUE + " are supported (about ten thousand phrases)");
        }

        // each state's children placed at the first base where all their cells are free, breadth first from the root
        int[] cellOf = new int[states];
        int[] owner = new int[2 * states + width + 1];
        Arrays.fill(owner, FREE);
        int[] base = new int[owner.length];
        int used = 1;
        owner[ROOT] = ROOT; // taken; the root is nobody's child, and cell 0 is never a child's cell since columns start at 1
        int firstFree = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(ROOT);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int[] row = goTo.get(state);
            while (owner[firstFree] != FREE) {
                firstFree++;
            }
            int b = Math.max(1, firstFree - 1);
            while (!fits(owner, row, b)) {
                b++;
            }
            if (b + width > owner.length) {
                int grown = Math.max(owner.length * 2, b + width + 1);
                int from = owner.length;
                owner = Arrays.copyOf(owner, grown);
                Arrays.fill(owner, from, grown, FREE);
                base = Arrays.copyOf(base, grown);
            }
            base[cellOf[state]] = b;
            for (int col = 1; col < width; col++) {
                if (row[col] >= 0) {
                    owner[b + col] = cellOf[state];
                    cellOf[row[col]] = b + col;
                    used = Math.max(used, b + col + 1);
                    queue.add(row[col]);
                }
            }
        }
        owner[ROOT] = FREE;
        int size = used + width; // every base + column a walk can form stays inside the array
        cells = new int[2 * size];
        phraseAt = new int[size];
        Arrays.fill(phraseAt, -1);
        for (int cell = 0; cell < size; cell++) {
            cells[2 * cell] = cell < owner.length ? owner[cell] : FREE;
            cells[2 * cell + 1] = cell < base.length ? base[cell] << 1 : 0;
        }
        for (int state = 0; state < states; state++) {
            int id = ends.get(state);
            if (id >= 0) {
                phraseAt[cellOf[state]] = id;
                cells[2 * cellOf[state] + 1] |= 1;
            }
        }
    }

    private int[] newRow() {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        return row;
    }

    private static boolean fits(int[] owner, int[] row, int base) {
        for (int col = 1; col < row.length; col++) {
            if (row[col] >= 0 && base + col < owner.length && owner[base + col] != FREE) {
                return false;
            }
        }
        return true;
    }

    private int column(char c) {
        if (c < 128) {
            return asciiColumn[c];
        }
        int i = Arrays.binarySearch(alphabet, c);
        return i >= 0 ? nonAsciiBase + i : 0;
    }

    /** Every whole-word occurrence in {@code text[0, limit)}, in order of their start, shorter first. */
    void scan(CharSequence text, int limit, Sink sink) {
        int[] cells = this.cells;
        int rootBase = cells[2 * ROOT + 1] >>> 1;
        boolean afterLetter = false;
        for (int start = 0; start < limit; start++) {
            char first = text.charAt(start);
            boolean mayStart = !afterLetter;
            afterLetter = isAlphabetic(first);
            if (!mayStart) {
                continue;
            }
            int cell = rootBase + columnOf(first);
            if (cells[2 * cell] != ROOT) {
                continue;
            }
            for (int end = start + 1; ; end++) {
                int info = cells[2 * cell + 1];
                if ((info & 1) != 0 && (end == limit || !isAlphabetic(text.charAt(end)))) {
                    sink.found(start, end, phraseAt[cell]);
                }
                if (end == limit) {
                    break;
                }
                int child = (info >>> 1) + columnOf(text.charAt(end));
                if (cells[2 * child] != cell) {
                    break;
                }
                cell = child;
            }
        }
    }

    private int columnOf(char c) {
        return c < 128 ? asciiColumn[c] : column(Character.toLowerCase(c));
    }

    /** {@link Character#isAlphabetic(int)}, ASCII answered at once (asked for every character of the text). */
    private static boolean isAlphabetic(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isAlphabetic(c);
    }

    int states() {
        return states;
    }
}
