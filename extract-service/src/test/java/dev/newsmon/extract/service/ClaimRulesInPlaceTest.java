package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;
import dev.newsmon.extract.service.PhraseIndex.Entry;
import dev.newsmon.extract.service.PhraseIndex.Hit;
import dev.newsmon.extract.service.PhraseIndex.Role;
import dev.newsmon.extract.text.ArticleText;
import dev.newsmon.extract.text.Chars;
import dev.newsmon.extract.text.Sentence;

/**
 * The claim rules' tests that read the text in place answer as the copying forms they replaced (kept here as the
 * reference), at every word position of the fixtures' sentences and on random text.
 */
class ClaimRulesInPlaceTest {

    private static final Entry CUE = new Entry(Role.STATE_CUE, 0, -1, "v", 0, null, 1);

    // --- the replaced forms ---

    private static String subjectBeforeCopying(String before) {
        String stripped = before.strip();
        int tail = Chars.tailWordsStart(stripped, 8);
        if (tail > 0) {
            String subject = ClaimRules.Attribution.subjectBefore(Chars.splitOnRegexSpace(stripped.substring(tail)), false);
            if (!"needs all words".equals(subject)) {
                return subject;
            }
        }
        return ClaimRules.Attribution.subjectBefore(Chars.splitOnRegexSpace(stripped), true);
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("'s$");

    private static final Set<String> STATIVE_BEFORE_TO_BE = Set.of("continue", "continues", "continued", "continuing", "appear", "appears",
            "appeared", "seem", "seems", "seemed", "used", "proved", "proves", "turned", "happen", "happens", "happened", "remain", "remains",
            "remained");

    private static boolean passiveInfinitiveCopying(SentenceView v, Hit cue) {
        String before = v.text(v.sentence.start(), cue.start()).stripTrailing().toLowerCase(Locale.ROOT);
        if (!before.endsWith(" to be")) {
            return false;
        }
        String head = before.substring(0, before.length() - " to be".length()).stripTrailing();
        int space = head.lastIndexOf(' ');
        return !STATIVE_BEFORE_TO_BE.contains(head.substring(space + 1));
    }

    private static int clauseComma(String s, int from) {
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) {
            if (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inRelativeAsideCopying(SentenceView v, Hit cue) {
        String before = v.matchText.substring(v.sentence.start(), cue.start());
        int open = Math.max(before.lastIndexOf(", whose "), before.lastIndexOf(", which "));
        if (open < 0 || clauseComma(before, open + 1) >= 0) {
            return false;
        }
        int close = clauseComma(v.matchText, cue.end());
        return close >= 0 && close < v.sentence.end();
    }

    private static boolean relativeAsideOpensCopying(SentenceView v, Hit alias, Hit cue) {
        if (alias.end() > cue.start()) {
            return false;
        }
        String between = v.matchText.substring(alias.end(), cue.start());
        return between.startsWith(", which ") || between.startsWith(", whose ") || between.startsWith(", who ");
    }

    private static boolean hopeBetweenCopying(SentenceView v, Hit cue, Hit alias) {
        if (alias.start() < cue.end()) {
            return false;
        }
        for (String word : Chars.splitOnRegexSpace(v.text(cue.end(), alias.start()).toLowerCase(Locale.ROOT))) {
            if (Set.of("hope", "hoped", "hopes", "hoping").contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern IN_THE_INTEREST = Pattern.compile(
            "^[^,;:]{0,60}?\\b(?:is|are|was|were|would be|will be|be)\\s+(?:not\\s+|also\\s+|clearly\\s+)?in\\s+(?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?\\s+interests?\\b",
            Pattern.CASE_INSENSITIVE);

    // --- comparisons ---

    private static int compareAt(String text, int start, int end) {
        SentenceView v = new SentenceView(new Sentence(0, start, end, text.substring(start, end), 0, Sentence.Kind.BODY), text, List.of(), new SentenceView.Blank(0));
        assertThat(ClaimRules.Attribution.subjectBefore(text, start, end)).as("subject of [%s]", text.substring(start, end))
                .isEqualTo(subjectBeforeCopying(text.substring(start, end)));
        int compared = 0;
        for (int at = start; at <= end; at++) {
            if (at > start && at < end && !Character.isWhitespace(text.charAt(at - 1)) && at % 3 != 0) {
                continue; // every word start, and a third of the other positions
            }
            String what = text.substring(start, at) + "|" + text.substring(at, end);
            for (int cueEnd : new int[] {at, Math.min(end, at + 1), Math.min(end, at + 6)}) {
                Hit cue = new Hit(at, cueEnd, CUE);
                assertThat(ClaimRules.passiveInfinitive(v, cue)).as("passive infinitive at %s", what).isEqualTo(passiveInfinitiveCopying(v, cue));
                assertThat(ClaimRules.inRelativeAside(v, cue)).as("relative aside at %s", what).isEqualTo(inRelativeAsideCopying(v, cue));
            }
            assertThat(ClaimRules.Attribution.subjectBefore(text, start, at)).as("subject before %s", what)
                    .isEqualTo(subjectBeforeCopying(text.substring(start, at)));
            String rest = text.substring(at, end);
            if (IN_THE_INTEREST.matcher(rest).find()) {
                assertThat(ClaimRules.interestBeforeSeparator(text, at, end)).as("interest pre-check at %s", what).isTrue();
            }
            for (int to = at; to <= end; to += 5) {
                Hit alias = new Hit(Math.max(start, at - 4), at, CUE);
                Hit later = new Hit(to, Math.min(end, to + 3), CUE);
                boolean opens = relativeAsideOpensCopying(v, alias, later);
                // relativeAsideWords is 0 unless an aside opens; when one does, it goes on as before
                assertThat(ClaimRules.hopeBetween(v, alias, later)).as("hope between %s..%d", what, to).isEqualTo(hopeBetweenCopying(v, alias, later));
                assertThat(ClaimRules.hopeBetween(v, later, alias)).as("hope between %s..%d", what, to).isEqualTo(hopeBetweenCopying(v, later, alias));
                if (!opens) {
                    assertThat(ClaimRules.relativeAsideWords(v, alias, later)).as("aside words %s..%d", what, to).isZero();
                }
            }
            compared++;
        }
        return compared;
    }

    @Test
    void agreesOnTheFixturesSentences() {
        int compared = 0;
        for (String text : LabelledFixtures.texts().values()) {
            var prepared = ArticleText.prepare(text, "", Integer.MAX_VALUE);
            for (Sentence sentence : prepared.sentences()) {
                compared += compareAt(prepared.text(), sentence.start(), sentence.end());
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void agreesOnRandomText() {
        List<String> pieces = List.of(" to be", " To Be", " TO BE", " to  be", " to be ", "to be", " tO bE", "continue", "Appears", "seemed",
                "used", "yet", "date", ", whose ", ", which ", ", who ", ",whose ", ", Which ", "1,550", ",", ";", ":", ", 2", "interest",
                "Interests", "iNtErEsT", "İnterest", "ınterest", "is in the", "would be in both sides'", "interest", "is not in", "the",
                "American", "Russia's", "said", "Lavrov", "he", "officials", "in", "Donetsk", "The", "U.S.", "Putin's", "of", "al-", "İ",
                "\u212A", "Σ", "σ", "\u00A0", "\u2028", "\u0085", "\t", "\n", "\r\n", " ", " ", " ", "  ", "\"", "'", "'s", ".", "-", "é",
                "\uD83D\uDE00", "2019", "has", "was", "been", "no", "hope", "Hoped", "HOPES", "hoping,", "hopİng", "hopeful", "(hope)");
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            int start = s.isEmpty() ? 0 : random.nextInt(Math.min(3, s.length() + 1));
            compareAt(s, start, s.length());
        }
    }

    @Test
    void possessiveComesOffAsTheRegexTakesItOff() {
        List<String> names = new ArrayList<>(List.of("", "'s", "Putin's", "Putin's Kremlin", "Putin'S", "Putin’s", "Jones'", "s", "Sergei Lavrov's",
                "O's's", "U.S.'s"));
        Random random = new Random(11);
        String letters = "AaZz'.-ésΣ İ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            names.add(name.toString());
        }
        for (String name : names) {
            assertThat(ClaimRules.Attribution.withoutPossessive(name)).as(name).isEqualTo(POSSESSIVE_END.matcher(name).replaceAll(""));
        }
    }
}
