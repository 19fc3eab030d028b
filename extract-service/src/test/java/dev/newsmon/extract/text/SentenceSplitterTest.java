package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The shortcut for blocks the detector cannot split gives exactly the detector's answer, and the splitter's
 * {@link SentenceBreakModel} answers as OpenNLP's plain detector on every block ({@code SentenceBreakModelTest} compares
 * it more closely).
 */
class SentenceSplitterTest {

    private static final SentenceDetectorME DETECTOR = detector();

    private static SentenceDetectorME detector() {
        try (var in = SentenceSplitterTest.class.getResourceAsStream(SentenceSplitter.MODEL_RESOURCE)) {
            return new SentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int assertAgrees(String block) {
        assertThat(bounds(SentenceSplitter.BREAKS.sentPosDetect(block))).as("model [%s]", block).isEqualTo(bounds(DETECTOR.sentPosDetect(block)));
        Span[] shortcut = SentenceSplitter.singleSentence(block);
        if (shortcut == null) {
            return 0;
        }
        assertThat(Arrays.toString(shortcut)).as("[%s]", block).isEqualTo(Arrays.toString(DETECTOR.sentPosDetect(block)));
        return 1;
    }

    private static String bounds(Span[] spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append('[').append(span.getStart()).append(',').append(span.getEnd()).append(')');
        }
        return out.toString();
    }

    @Test
    void agreesWithTheDetectorOnEveryLineAndParagraphOfTheFixtures() {
        int shortcuts = 0;
        for (String text : LabelledFixtures.texts().values()) {
            for (String paragraph : text.split("\n\n")) {
                shortcuts += assertAgrees(paragraph);
                for (String line : paragraph.split("\n")) {
                    shortcuts += assertAgrees(line);
                    for (String piece : line.split("(?<=[.!?][\"')]?) ")) {
                        shortcuts += assertAgrees(piece); // single sentences, as most headlines and short paragraphs are
                    }
                }
            }
        }
        assertThat(shortcuts).as("blocks the shortcut answered").isGreaterThan(300);
    }

    @Test
    void agreesWithTheDetectorOnAwkwardBlocks() {
        List<String> blocks = List.of("", "   ", "\u00a0", "No end punctuation here", "  One sentence only.  ", "Ends with quote.\"",
                "Ends with quote.\u201d", "U.S.", "It ended?!", "Two lines\n\nof one sentence.", "\u00a0Leading nbsp.\u00a0", "(Photo: AP.)",
                "Wait...", "e.g.", "Mr.Smith left.", ".", "?", "a.b.c.d", "\tTabbed.\t");
        for (String block : blocks) {
            assertAgrees(block);
        }
        Random random = new Random(9);
        String[] parts = {"word", "U.S.", "Sen.", "ok.", "why?", "yes!", " ", " ", "\n", "\u00a0", "\"", "(", ")", "...", "a", "7."};
        for (int round = 0; round < 3000; round++) {
            StringBuilder block = new StringBuilder();
            int n = random.nextInt(6);
            for (int k = 0; k < n; k++) {
                block.append(parts[random.nextInt(parts.length)]);
            }
            assertAgrees(block.toString());
        }
    }
}
