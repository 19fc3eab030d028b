package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * {@link SentenceBreakModel} against OpenNLP itself: at every end-of-sentence character of a block, the probabilities
 * equal (exactly, not within a tolerance) what the model returns for the context generator's feature strings, and
 * the spans equal the plain {@link SentenceDetectorME}'s. On every paragraph, line and piece of the module's fixture
 * articles and on random blocks built from the model's own words, marks, quotes, brackets, digits, abbreviations and
 * odd white space ({@code -Dsentences.rounds=N}, 20,000 by default).
 */
class SentenceBreakModelTest {

    private static final SentenceModel MODEL = model();
    private static final SentenceBreakModel BREAKS = SentenceBreakModel.of(MODEL);
    private static final SentenceDetectorME DETECTOR = new SentenceDetectorME(MODEL);
    private static final SDContextGenerator CONTEXTS = MODEL.getFactory().getSDContextGenerator();
    private static final MaxentModel MAXENT = MODEL.getMaxentModel();

    private static SentenceModel model() {
        try (var in = SentenceBreakModelTest.class.getResourceAsStream(SentenceSplitter.MODEL_RESOURCE)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int candidates;
    private int splits;

    private void assertAgrees(String block) {
        for (int i = 0; i < block.length(); i++) {
            if (BREAKS.isEos(block.charAt(i))) {
                double[] expected = MAXENT.eval(CONTEXTS.getContext(block, i));
                double[] actual = BREAKS.probabilities(block, i);
                assertThat(actual).as("probabilities at %d of [%s], features %s", i, block, Arrays.toString(CONTEXTS.getContext(block, i)))
                        .containsExactly(expected);
                candidates++;
                if (MAXENT.getBestOutcome(expected).equals(SentenceDetectorME.SPLIT)) {
                    splits++;
                }
            }
        }
        assertThat(text(BREAKS.sentPosDetect(block))).as("spans of [%s]", block).isEqualTo(text(DETECTOR.sentPosDetect(block)));
    }

    /** Start and end only: the detector's spans also carry its probabilities, which the splitter never reads. */
    private static String text(Span[] spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append('[').append(span.getStart()).append(',').append(span.getEnd()).append(')');
        }
        return out.toString();
    }

    @Test
    void agreesWithOpenNlpOnEveryParagraphLineAndPieceOfTheFixtures() throws Exception {
        for (String folder : List.of("/labelled", "/heldout", "/heldout2", "/heldout3")) {
            try (Stream<Path> files = Files.list(Path.of(getClass().getResource(folder).toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    String text = Files.readString(file);
                    assertAgrees(text);
                    for (String paragraph : text.split("\n\n")) {
                        assertAgrees(paragraph);
                        for (String line : paragraph.split("\n")) {
                            assertAgrees(line);
                            for (String piece : line.split("(?<=[.!?][\"')]?) ")) {
                                assertAgrees(piece);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("SentenceBreakModelTest: fixtures, %d candidate breaks, %d splits%n", candidates, splits);
        assertThat(candidates).as("candidate breaks compared").isGreaterThan(5_000);
        assertThat(splits).as("of which splits").isGreaterThan(1_000);
    }

    @Test
    void agreesWithOpenNlpOnAwkwardBlocks() {
        for (String block : List.of("", " ", ".", "?!", "...", "a.", ".a", "U.S.", "e.g. this", "Mr.Smith left.", "It ended?!\" She left.",
                "\u00a0Leading nbsp.\u00a0Next", "Line one.\r\nLine two.", "Tab.\tNext.", "(Photo: AP.) Next one.", "He said: \u201cNo.\u201d Then",
                "1. 2. 3.", "Version 2.5.4 is out. Yes.", "A. B. Smith spoke.", "end.\n\n\nStart", "x" + ".".repeat(40), "\u2003.\u2003A",
                "Ça va. Éric est là.", "\uD835\uDC00. \uD835\uDC01.")) {
            assertAgrees(block);
        }
    }

    @Test
    void agreesWithOpenNlpOnRandomBlocks() {
        int rounds = Integer.getInteger("sentences.rounds", 20_000);
        List<String> parts = List.of(".", ".", "?", "!", "...", "?!", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0",
                "\u2003", "\"", "\u201c", "\u201d", "'", "(", ")", "[", "]", "U.S.", "Sen.", "Mr.", "a.m.", "No.", "e.g.", "Inc.", "7", "2026",
                "3.5", "word", "Word", "WORD", "ça", "Éric", "x", "I", "verylongwordthatnomodelfeaturehasinitsvocabulary", "\u00e9", "-", ",");
        // the model's own words, so that most look-ups hit a predicate rather than miss
        List<String> words = new ArrayList<>();
        for (String predicate : ((Map<?, ?>) ((AbstractModel) MAXENT).getDataStructures()[1]).keySet().stream().map(Object::toString).toList()) {
            if (predicate.length() > 2 && predicate.charAt(1) == '=' && "xvsn".indexOf(predicate.charAt(0)) >= 0) {
                words.add(predicate.substring(2));
            }
        }
        Random random = new Random(20261123);
        for (int round = 0; round < rounds; round++) {
            StringBuilder block = new StringBuilder();
            for (int k = 0, n = random.nextInt(12); k < n; k++) {
                block.append(random.nextBoolean() ? parts.get(random.nextInt(parts.size())) : words.get(random.nextInt(words.size())));
                if (random.nextInt(3) == 0) {
                    block.append(' ');
                }
            }
            assertAgrees(block.toString());
        }
        System.out.printf("SentenceBreakModelTest: %d random blocks, %d candidate breaks, %d splits%n", rounds, candidates, splits);
        assertThat(candidates).as("candidate breaks compared").isGreaterThan(rounds);
        assertThat(splits).as("of which splits").isGreaterThan(rounds / 10);
    }
}
