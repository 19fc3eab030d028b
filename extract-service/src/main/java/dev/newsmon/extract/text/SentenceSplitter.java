package dev.newsmon.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Sentence boundaries inside one block of running text, as character spans.
 *
 * <p>OpenNLP's maximum-entropy detector with the English model that Apache publishes on Maven Central
 * ({@code opennlp-models-sentdetect-en}, trained on the UD English Web Treebank, 20 KB). It handles most
 * abbreviations and initials by itself; a small guard then re-joins splits after titles ("Gen.", "Sen.")
 * and after "U.S." or "a.m." when the next word is not a sentence start. The model is loaded once and
 * evaluated by {@link SentenceBreakModel}, which gives OpenNLP's {@code SentenceDetectorME}'s answers without
 * building its feature strings (immutable, so shared by all threads).
 */
public final class SentenceSplitter {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final SentenceModel MODEL = loadModel();
    /** The characters after which the model considers a break ('.', '!', '?' for the English model). */
    private static final char[] EOS = MODEL.getFactory().getEOSCharacters();
    private static final boolean[] ASCII_EOS = new boolean[128];

    static {
        for (char eos : EOS) {
            if (eos < 128) {
                ASCII_EOS[eos] = true;
            }
        }
    }

    /** The model's decisions without OpenNLP's feature strings; see {@link SentenceBreakModel}. */
    static final SentenceBreakModel BREAKS = SentenceBreakModel.of(MODEL);

    /** Titles before a name: a split after them is always wrong. */
    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "maj.",
            "capt.", "sgt.", "adm.", "prof.", "st.", "rev.", "pres.", "amb.", "cmdr.", "gens.", "sens.", "reps.", "no.", "vs.", "v.",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mt.", "ft.");
    /** Abbreviations that can also end a sentence: joined only when the next word starts in lower case or with a digit. */
    private static final Set<String> AMBIGUOUS = Set.of("u.s.", "u.k.", "u.n.", "e.u.", "a.m.", "p.m.", "inc.", "corp.", "co.", "ltd.",
            "jr.", "sr.", "etc.", "d.c.");

    /** Capitalised words that continue "U.S. ..." rather than start a sentence ("U.S. President Donald Trump"). */
    private static final Set<String> FOLLOW_COUNTRY = Set.of("President", "Secretary", "Ambassador", "Embassy", "Army", "Navy", "Air",
            "Senate", "Senator", "House", "Congress", "Treasury", "State", "Justice", "Department", "Undersecretary", "Special", "Envoy",
            "Forces", "Attorney", "Defense", "Supreme", "Trade", "Intelligence", "Government", "Administration", "Vice", "National",
            "Central", "Cyber", "Marine", "Marines", "Coast", "Consulate", "Mission", "Representative", "Commerce", "Olympic");

    private SentenceSplitter() {
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP sentence model", e);
        }
    }

    /** Sentence spans within {@code text[from, to)}, as absolute offsets, trimmed of surrounding blanks. */
    public static List<int[]> split(String text, int from, int to) {
        // the block is cut out only for the detector: most blocks are single sentences, answered on the text itself
        Span[] spans = singleSentence(text, from, to);
        if (spans == null) {
            spans = BREAKS.sentPosDetect(text.substring(from, to));
        }
        List<int[]> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int s = from + span.getStart();
            int e = from + span.getEnd();
            if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), s)) {
                out.get(out.size() - 1)[1] = e;
            } else {
                out.add(new int[] {s, e});
            }
        }
        if (out.isEmpty() && !isBlank(text, from, to)) {
            out.add(new int[] {from, to});
        }
        return out;
    }

    /**
     * The detector's answer for a block it cannot split: when every end-of-sentence character is in the block's
     * last word, any break it could choose is the block's end, so it returns the block trimmed. Most headlines,
     * captions and one-sentence paragraphs are like that, and the model's feature extraction is costly.
     * Null when the detector must decide. {@code SentenceSplitterTest} checks both agree.
     */
    static Span[] singleSentence(String block) {
        return singleSentence(block, 0, block.length());
    }

    /** {@link #singleSentence(String)} of {@code text[from, to)}, spans relative to {@code from}. */
    private static Span[] singleSentence(String text, int from, int to) {
        int n = to - from;
        int firstEos = -1;
        for (int i = 0; i < n; i++) {
            if (isEos(text.charAt(from + i))) {
                firstEos = i;
                break;
            }
        }
        int start = 0;
        while (start < n && StringUtil.isWhitespace(text.charAt(from + start))) {
            start++;
        }
        int end = n;
        while (end > start && StringUtil.isWhitespace(text.charAt(from + end - 1))) {
            end--;
        }
        if (start == end) {
            return new Span[0];
        }
        if (firstEos >= 0) {
            for (int i = firstEos + 1; i < end; i++) {
                if (StringUtil.isWhitespace(text.charAt(from + i))) {
                    return null; // a candidate break before the last word
                }
            }
        }
        return new Span[] {new Span(start, end)};
    }

    /** One of {@link #EOS}; ASCII from a table, since every character of every block is asked. */
    private static boolean isEos(char c) {
        if (c < 128) {
            return ASCII_EOS[c];
        }
        for (char eos : EOS) {
            if (c == eos) {
                return true;
            }
        }
        return false;
    }

    /** {@code text.substring(from, to).isBlank()}. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean shouldJoin(String text, int[] previous, int nextStart) {
        int end = previous[1];
        int wordStart = end;
        while (wordStart > previous[0] && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String lastWord = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
        if (TITLES.contains(lastWord)) {
            return true;
        }
        if (AMBIGUOUS.contains(lastWord) && nextStart < text.length()) {
            char next = text.charAt(nextStart);
            if (Character.isLowerCase(next) || Character.isDigit(next)) {
                return true;
            }
            int wordEnd = nextStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            return FOLLOW_COUNTRY.contains(text.substring(nextStart, wordEnd));
        }
        return false;
    }
}
