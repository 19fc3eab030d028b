package dev.newsmon.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's sentence detector ({@link SentenceDetectorME} over a GIS {@link SentenceModel} with its
 * {@link DefaultSDContextGenerator}) answered without building its feature strings.
 *
 * <p>For every candidate break OpenNLP's context generator cuts four words around the mark out of the text, trims
 * them, concatenates each with a tag ("x=", "v=", "s=", "n=") into a new string, collects about a dozen such strings
 * in an array, and the model then looks each up in a {@code HashMap<String, Context>}: most of the detector's time.
 * Here the same word boundaries are found by the same rules, and each word is looked up where it lies in the text,
 * in one small table per tag holding the model's predicates with that tag (hash and comparison over the characters
 * in place). The parameters of the predicates found are summed in the order the generator emits them, from the same
 * uniform prior, and turned into probabilities with the same {@link StrictMath} calls, so every probability, and
 * hence every decision, is bit for bit the model's.
 *
 * <p>It covers what this model uses: a GIS model, the default context generator, no abbreviation dictionary. Any
 * other model is refused when this is built. {@code SentenceBreakModelTest} checks it against the plain detector:
 * the same probabilities at every candidate break and the same spans, on the fixtures and on random blocks.
 * Immutable and thread-safe.
 */
final class SentenceBreakModel {

    private final char[] eos;
    private final boolean[] asciiEos = new boolean[128];
    private final boolean useTokenEnd;

    private final int outcomeCount;
    private final int splitOutcome;
    private final double logPrior;
    /** Per predicate index: the outcomes it has parameters for and those parameters, as in the model's contexts. */
    private final int[][] outcomes;
    private final double[][] parameters;

    private final int spaceBefore;
    private final int spaceAfter;
    private final int[] eosFeature;
    /** The predicate of a prefix's length written in decimal ("3"), by length; -1 when the model has none. */
    private final int[] prefixLength;
    private final int prefixCapital;
    private final int previousCapital;
    private final int suffixCapital;
    private final int nextCapital;
    private final WordTable prefixes;
    private final WordTable previousWords;
    private final WordTable suffixes;
    private final WordTable nextWords;

    private SentenceBreakModel(SentenceModel model) {
        MaxentModel maxent = model.getMaxentModel();
        if (!(maxent instanceof GISModel gis)) {
            throw new IllegalArgumentException("sentence model is " + maxent.getClass().getName() + ", only a GIS model is supported");
        }
        if (model.getAbbreviations() != null && !model.getAbbreviations().asStringSet().isEmpty()) {
            throw new IllegalArgumentException("sentence model has an abbreviation dictionary, which is not supported");
        }
        if (model.getFactory().getSDContextGenerator().getClass() != DefaultSDContextGenerator.class) {
            throw new IllegalArgumentException("sentence model uses the context generator "
                    + model.getFactory().getSDContextGenerator().getClass().getName() + ", only the default one is supported");
        }
        eos = model.getFactory().getEOSCharacters().clone();
        for (char c : eos) {
            if (c < 128) {
                asciiEos[c] = true;
            }
        }
        useTokenEnd = model.useTokenEnd();

        // AbstractModel's documented data structures: the contexts by predicate index, the predicate map, the outcome names
        Object[] data = gis.getDataStructures();
        Context[] contexts = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        outcomeCount = gis.getNumOutcomes();
        splitOutcome = gis.getIndex(SentenceDetectorME.SPLIT);
        if (splitOutcome < 0) {
            throw new IllegalArgumentException("sentence model has no outcome \"" + SentenceDetectorME.SPLIT + "\"");
        }
        // UniformPrior: log(1 / outcomes) for every outcome, computed as it does
        logPrior = StrictMath.log(1.0 / outcomeCount);

        List<String> names = new ArrayList<>(predicates.keySet());
        outcomes = new int[names.size()][];
        parameters = new double[names.size()][];
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Context context = predicates.get(names.get(i));
            outcomes[i] = context.getOutcomes();
            parameters[i] = context.getParameters();
            index.put(names.get(i), i);
        }
        spaceBefore = index.getOrDefault("sp", -1);
        spaceAfter = index.getOrDefault("sn", -1);
        eosFeature = new int[eos.length];
        for (int i = 0; i < eos.length; i++) {
            eosFeature[i] = index.getOrDefault("eos=" + escape(eos[i]), -1);
        }
        int longest = 0;
        for (String name : names) {
            if (isDecimal(name)) {
                longest = Math.max(longest, Integer.parseInt(name));
            }
        }
        prefixLength = new int[longest + 1];
        for (int length = 0; length <= longest; length++) {
            prefixLength[length] = index.getOrDefault(Integer.toString(length), -1);
        }
        prefixCapital = index.getOrDefault("xcap", -1);
        previousCapital = index.getOrDefault("vcap", -1);
        suffixCapital = index.getOrDefault("scap", -1);
        nextCapital = index.getOrDefault("ncap", -1);
        prefixes = WordTable.of(index, "x=");
        previousWords = WordTable.of(index, "v=");
        suffixes = WordTable.of(index, "s=");
        nextWords = WordTable.of(index, "n=");

        // the prior and the arithmetic checked once against the model itself, on a context with no known predicate
        double[] expected = gis.eval(new String[0]);
        double[] actual = finish(prior());
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException("sentence model's prior is not uniform: " + Arrays.toString(expected) + " against " + Arrays.toString(actual));
        }
    }

    static SentenceBreakModel of(SentenceModel model) {
        return new SentenceBreakModel(model);
    }

    char[] eosCharacters() {
        return eos.clone();
    }

    /** One of the model's end-of-sentence characters. */
    boolean isEos(char c) {
        if (c < 128) {
            return asciiEos[c];
        }
        for (char e : eos) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans {@link SentenceDetectorME#sentPosDetect} returns for {@code s} (without their probabilities): the same
     * candidate breaks skipped, the same decisions, the same sentence starts and trimming.
     */
    Span[] sentPosDetect(String s) {
        int length = s.length();
        int[] starts = new int[8];
        int startCount = 0;
        int index = 0;
        int nextEos = nextEos(s, 0);
        while (nextEos >= 0) {
            int candidate = nextEos;
            nextEos = nextEos(s, candidate + 1);
            int firstSpace = firstWhitespace(s, candidate + 1);
            // a mark followed by another in the same token is decided at the last one ("?!", "U.S.")
            if (nextEos >= 0 && nextEos < firstSpace) {
                continue;
            }
            if (startCount > 0 && candidate < starts[startCount - 1]) {
                continue;
            }
            if (isSplit(s, candidate)) {
                if (index != candidate) {
                    if (startCount == starts.length) {
                        starts = Arrays.copyOf(starts, startCount * 2);
                    }
                    starts[startCount++] = firstNonWhitespace(s, useTokenEnd ? firstSpace : candidate + 1);
                }
                index = candidate + 1;
            }
        }
        if (startCount == 0) {
            int start = firstNonWhitespace(s, 0);
            int end = length;
            while (end > 0 && StringUtil.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return end - start > 0 ? new Span[] {new Span(start, end)} : new Span[0];
        }
        boolean leftover = starts[startCount - 1] != length;
        List<Span> spans = new ArrayList<>(startCount + 1);
        for (int i = 0; i < startCount; i++) {
            addTrimmed(spans, s, i == 0 ? 0 : starts[i - 1], starts[i]);
        }
        if (leftover) {
            addTrimmed(spans, s, starts[startCount - 1], length);
        }
        return spans.toArray(new Span[0]);
    }

    private boolean isSplit(String s, int position) {
        double[] probabilities = probabilities(s, position);
        int best = 0;
        for (int o = 1; o < outcomeCount; o++) {
            if (probabilities[best] < probabilities[o]) {
                best = o;
            }
        }
        return best == splitOutcome;
    }

    private static void addTrimmed(List<Span> spans, String s, int start, int end) {
        while (start < end && StringUtil.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    /**
     * What {@code model.eval(contextGenerator.getContext(s, position))} returns: the probability of each outcome for a
     * break after the end-of-sentence character at {@code position}.
     */
    double[] probabilities(String s, int position) {
        double[] scores = prior();
        int lastIndex = s.length() - 1;
        char mark = s.charAt(position);
        if (position > 0 && StringUtil.isWhitespace(s.charAt(position - 1))) {
            add(scores, spaceBefore);
        }
        if (position < lastIndex && StringUtil.isWhitespace(s.charAt(position + 1))) {
            add(scores, spaceAfter);
        }
        add(scores, eosFeature(mark));

        // the token holding the mark, cut at the nearest other mark on each side, and the tokens around it
        int prefixStart = previousSpaceIndex(s, position);
        for (int c = position - 1; c > prefixStart; c--) {
            if (isEos(s.charAt(c))) {
                prefixStart = c;
                break;
            }
        }
        int previousStart = previousSpaceIndex(s, prefixStart);
        int suffixEnd = nextSpaceIndex(s, position, lastIndex);
        for (int c = position + 1; c < suffixEnd; c++) {
            if (isEos(s.charAt(c))) {
                suffixEnd = c;
                break;
            }
        }
        int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);

        addWord(scores, s, prefixStart, position, prefixes, prefixCapital, true);
        addWord(scores, s, previousStart, prefixStart, previousWords, previousCapital, false);
        if (position == lastIndex) {
            addWord(scores, s, 0, 0, suffixes, suffixCapital, false);
            addWord(scores, s, 0, 0, nextWords, nextCapital, false);
        } else {
            addWord(scores, s, position + 1, suffixEnd, suffixes, suffixCapital, false);
            addWord(scores, s, suffixEnd + 1, nextEnd, nextWords, nextCapital, false);
        }
        return finish(scores);
    }

    /**
     * The features of one word, {@code s[from, to)} trimmed as {@link String#trim} does: the tagged word itself, then,
     * when it is not empty, its length (the prefix only) and whether it starts with a capital.
     */
    private void addWord(double[] scores, String s, int from, int to, WordTable table, int capital, boolean withLength) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        add(scores, table.find(s, from, to));
        if (to > from) {
            if (withLength) {
                int length = to - from;
                add(scores, length < prefixLength.length ? prefixLength[length] : -1);
            }
            if (Character.isUpperCase(s.charAt(from))) {
                add(scores, capital);
            }
        }
    }

    private int eosFeature(char mark) {
        for (int i = 0; i < eos.length; i++) {
            if (eos[i] == mark) {
                return eosFeature[i];
            }
        }
        return -1;
    }

    private double[] prior() {
        double[] scores = new double[outcomeCount];
        Arrays.fill(scores, logPrior);
        return scores;
    }

    /** Adds a predicate's parameters as {@code ArrayMath.sumFeatures} does (a feature value of 1); -1 is an unknown predicate. */
    private void add(double[] scores, int predicate) {
        if (predicate < 0) {
            return;
        }
        int[] predicateOutcomes = outcomes[predicate];
        double[] predicateParameters = parameters[predicate];
        for (int i = 0; i < predicateOutcomes.length; i++) {
            scores[predicateOutcomes[i]] += predicateParameters[i] * 1.0;
        }
    }

    /** GIS evaluation's last step: exponentiate and normalise, in outcome order. */
    private double[] finish(double[] scores) {
        double normal = 0;
        for (int o = 0; o < outcomeCount; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < outcomeCount; o++) {
            scores[o] /= normal;
        }
        return scores;
    }

    private int nextEos(String s, int from) {
        for (int i = from, n = s.length(); i < n; i++) {
            if (isEos(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstWhitespace(String s, int from) {
        while (from < s.length() && !StringUtil.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int firstNonWhitespace(String s, int from) {
        while (from < s.length() && StringUtil.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** The start of the white-space run nearest before {@code seek}, or 0; the generator's own rule. */
    private static int previousSpaceIndex(String s, int seek) {
        seek--;
        while (seek > 0 && !StringUtil.isWhitespace(s.charAt(seek))) {
            seek--;
        }
        if (seek > 0 && StringUtil.isWhitespace(s.charAt(seek))) {
            while (seek > 0 && StringUtil.isWhitespace(s.charAt(seek - 1))) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** The end (last character) of the white-space run nearest after {@code seek}, or {@code lastIndex}; the generator's own rule. */
    private static int nextSpaceIndex(String s, int seek, int lastIndex) {
        seek++;
        while (seek < lastIndex) {
            if (StringUtil.isWhitespace(s.charAt(seek))) {
                while (s.length() > seek + 1 && StringUtil.isWhitespace(s.charAt(seek + 1))) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }

    /** How the generator writes the mark in its "eos=" feature. */
    private static String escape(char c) {
        if (c == '\n') {
            return "<LF>";
        }
        if (c == '\r') {
            return "<CR>";
        }
        return String.valueOf(c);
    }

    private static boolean isDecimal(String name) {
        if (name.isEmpty() || name.length() > 6) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.toString(Integer.parseInt(name)).equals(name);
    }

    /**
     * The model's predicates with one tag ("x=" and so on), the tag removed, in an open-addressing table probed with
     * a slice of the text: {@link String#hashCode}'s hash computed over the slice, then the characters compared.
     */
    private static final class WordTable {

        private final String[] words;
        private final int[] hashes;
        private final int[] predicates;
        private final int mask;
        private final int longest;

        private WordTable(String[] words, int[] hashes, int[] predicates, int longest) {
            this.words = words;
            this.hashes = hashes;
            this.predicates = predicates;
            this.mask = words.length - 1;
            this.longest = longest;
        }

        static WordTable of(Map<String, Integer> index, String tag) {
            List<String> words = new ArrayList<>();
            List<Integer> predicates = new ArrayList<>();
            for (Map.Entry<String, Integer> entry : index.entrySet()) {
                if (entry.getKey().startsWith(tag)) {
                    words.add(entry.getKey().substring(tag.length()));
                    predicates.add(entry.getValue());
                }
            }
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            String[] slots = new String[size];
            int[] hashes = new int[size];
            int[] slotPredicates = new int[size];
            int longest = 0;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                longest = Math.max(longest, word.length());
                int hash = word.hashCode();
                int slot = spread(hash) & (size - 1);
                while (slots[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                slots[slot] = word;
                hashes[slot] = hash;
                slotPredicates[slot] = predicates.get(i);
            }
            return new WordTable(slots, hashes, slotPredicates, longest);
        }

        /** The predicate of the tagged word {@code s[from, to)}, or -1. */
        int find(String s, int from, int to) {
            int length = to - from;
            if (length > longest) {
                return -1;
            }
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + s.charAt(i);
            }
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String word = words[slot];
                if (word == null) {
                    return -1;
                }
                if (hashes[slot] == hash && word.length() == length && word.regionMatches(0, s, from, length)) {
                    return predicates[slot];
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
