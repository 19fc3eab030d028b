package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;
import dev.newsmon.extract.text.Chars;

/** {@link ClauseTail} answers as the end-anchored regexes it replaced, searched as the claim rules searched them. */
class ClauseTailTest {

    private static final Pattern NOMINAL = Pattern.compile("(?i)(\\bthe|\\ba|\\ban|\\bits|\\btheir|'s)\\s+(\\w+\\s+)?$");
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\s+(\\w+\\s+){0,2}$");
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(once|after|before|when|as soon as|since|until|because)\\b[^,;]*$");

    private static boolean find(Pattern p, String s, int from) {
        return p.matcher(s).useTransparentBounds(true).region(from, s.length()).find();
    }

    private static void assertAgrees(String before) {
        assertThat(ClauseTail.endsWithNominal(before)).as("nominal [%s]", before).isEqualTo(find(NOMINAL, before, Chars.tailWordsStart(before, 2)));
        assertThat(ClauseTail.endsWithPastPerfect(before)).as("past perfect [%s]", before)
                .isEqualTo(find(PAST_PERFECT, before, Chars.tailWordsStart(before, 3)));
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
        assertThat(ClauseTail.inBackgroundClause(before)).as("background [%s]", before).isEqualTo(find(BACKGROUND, before, clause));
    }

    @Test
    void agreesWithTheRegexesBeforeEveryWordOfTheFixtures() {
        int checked = 0;
        for (String text : LabelledFixtures.texts().values()) {
            int sentenceStart = 0;
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '\n') {
                    sentenceStart = i + 1;
                } else if (Character.isLetter(c) && !Character.isLetter(text.charAt(i - 1)) && i > sentenceStart) {
                    assertAgrees(text.substring(sentenceStart, i)); // the text before a word, as before a cue
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1500);
    }

    @Test
    void agreesWithTheRegexesOnRandomTails() {
        List<String> words = List.of("the", "The", "THE", "a", "an", "its", "their", "theirs", "Russia's", "'s", "s", "had", "HAD", "Had",
                "hadn't", "chad", "been", "already", "long", "once", "after", "before", "when", "as soon as", "as", "soon", "since",
                "until", "because", "whenever", "x2", "_a", "a_", "café", "é", "planned", "delayed", "1987", "treaty's");
        String[] glue = {" ", " ", "  ", "\t", "\n", ", ", "; ", "-", "", "(", "\"", "'", "\u2028", "\u00a0", "\r\n"};
        Random random = new Random(5);
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(6);
            for (int k = 0; k < n; k++) {
                text.append(words.get(random.nextInt(words.size()))).append(glue[random.nextInt(glue.length)]);
            }
            assertAgrees(text.toString());
        }
    }
}
