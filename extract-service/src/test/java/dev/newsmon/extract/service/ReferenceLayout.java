package dev.newsmon.extract.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.newsmon.extract.text.WordSet;

/**
 * The reference for {@link SentenceLayout}: word starts, hard boundaries and soft clauses as {@code SentenceView}
 * computed them before the one-pass rewrite (three passes, boxed lists, a mark string per punctuation), kept
 * unchanged so that {@code SentenceLayoutTest} can check the new code answers the same.
 */
final class ReferenceLayout {

    private ReferenceLayout() {
    }

    /** Word starts, hard boundaries, soft clause starts and ids of {@code matchText[start, end)}, absolute offsets. */
    static int[][] layout(String matchText, int start, int end) {
        String text = matchText.substring(start, end);
        int[] starts = new int[16];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || inWord && (c == '\'' || c == '.' || c == '-');
            if (wordChar && !inWord) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = start + i;
            }
            inWord = wordChar;
        }
        int[] wordStarts = Arrays.copyOf(starts, n);
        int[] hardBoundaries = hardBoundaries(text, start, wordStarts);
        List<int[]> soft = softClauses(text, start);
        return new int[][] {wordStarts, hardBoundaries, soft.stream().mapToInt(a -> a[0]).toArray(),
            soft.stream().mapToInt(a -> a[1]).toArray()};
    }

    private static final WordSet HARD_WORDS = WordSet.ignoringCase(List.of("but", "while", "whereas", "although", "though", "however", "despite"));
    private static final WordSet RELATIVE_WORDS = WordSet.ignoringCase(List.of("which", "who", "whose", "whom"));

    /**
     * Positions where a new statement starts, so that a state cue only belongs to an alias in its own clause: ";"
     * and the words in {@link #HARD_WORDS} (a comma before them included).
     */
    private static int[] hardBoundaries(String text, int offset, int[] wordStarts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';') {
                out.add(offset + i);
            }
        }
        for (int w : wordStarts) {
            int i = w - offset;
            int e = i;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (HARD_WORDS.contains(text, i, e)) {
                int b = i;
                while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == ',')) {
                    b--;
                }
                out.add(offset + b);
            }
        }
        out.sort(null);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Change points (offset, clause id) of the soft clauses: relative clauses ("which ...", up to the next comma),
     * parentheses, dashed asides and quotations. They narrow negation, modality and dates but stay in their
     * statement; the text after an aside is back in the clause before it.
     */
    private static List<int[]> softClauses(String text, int offset) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {offset, 0});
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        int current = 0;
        int next = 1;
        boolean inRelative = false;
        boolean inQuote = false;
        boolean inDash = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String mark = null;
            int at = i;
            if (c == '(' || c == ')' || c == '"' || c == ',') {
                mark = String.valueOf(c);
            } else if (c == '-' && i > 0 && text.charAt(i - 1) == ' ' && (i + 1 < n && text.charAt(i + 1) == ' '
                    || i + 2 < n && text.charAt(i + 1) == '-' && text.charAt(i + 2) == ' ')) {
                mark = "-";
                if (text.charAt(i + 1) == '-') {
                    i++;
                }
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int e = i;
                while (e < n && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (RELATIVE_WORDS.contains(text, i, e)) {
                    mark = "which";
                    int b = i;
                    while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == ',')) {
                        b--;
                    }
                    at = b;
                }
                i = e - 1;
            }
            if (mark == null) {
                continue;
            }
            switch (mark) {
                case "(" -> {
                    stack.push(current);
                    current = next++;
                }
                case ")" -> {
                    if (inRelative && !stack.isEmpty()) {
                        current = stack.pop();
                        inRelative = false;
                    }
                    current = stack.isEmpty() ? 0 : stack.pop();
                }
                case "\"" -> {
                    if (inQuote) {
                        current = stack.isEmpty() ? 0 : stack.pop();
                    } else {
                        stack.push(current);
                        current = next++;
                    }
                    inQuote = !inQuote;
                }
                case "-" -> {
                    if (inDash) {
                        current = stack.isEmpty() ? 0 : stack.pop();
                    } else {
                        stack.push(current);
                        current = next++;
                    }
                    inDash = !inDash;
                }
                case "," -> {
                    if (inRelative) {
                        current = stack.isEmpty() ? 0 : stack.pop();
                        inRelative = false;
                    } else {
                        continue;
                    }
                }
                default -> {
                    if (!inRelative) {
                        stack.push(current);
                        current = next++;
                        inRelative = true;
                    } else {
                        continue;
                    }
                }
            }
            out.add(new int[] {offset + at, current});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }
}
