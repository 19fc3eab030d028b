package dev.newsmon.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The single-pass guesser must answer exactly as the regex version did ({@link LegacyLanguageGuesser}):
 * on written texts and every prefix of them, on the module's fixture feeds, and on seeded random texts
 * built to hit the edges (case folding, apostrophes, letters outside Latin-1 and the BMP, the
 * scan limit falling inside a word or a surrogate pair).
 */
class LanguageGuesserTest {

    private static final List<String> WRITTEN = List.of(
            "The council met on Tuesday and said that the vote on the new budget was delayed by a week, as members of the opposition asked for more time to read it.",
            "Le conseil s'est réuni mardi et a indiqué que le vote sur le budget est reporté d'une semaine, car les élus de l'opposition ont demandé plus de temps pour le lire.",
            "Der Rat hat sich am Dienstag getroffen und mitgeteilt, dass die Abstimmung über den Haushalt um eine Woche verschoben wird, weil die Opposition mehr Zeit auch für die Lektüre will.",
            "El consejo se reunió el martes y dijo que la votación del presupuesto se aplaza una semana, porque los miembros de la oposición pidieron más tiempo para leerlo.",
            "Il consiglio si è riunito martedì e ha detto che il voto sul bilancio è rinviato di una settimana, perché i membri dell'opposizione hanno chiesto più tempo per leggerlo.",
            "O conselho reuniu-se na terça e disse que a votação do orçamento foi adiada por uma semana, porque os membros da oposição pediram mais tempo para o ler.",
            "De raad kwam dinsdag bijeen en zei dat de stemming over de begroting een week is uitgesteld, omdat de leden van de oppositie meer tijd voor het lezen wilden.",
            "THE MINISTER SAID THAT THE TALKS WERE OVER AND THAT THE TRUCE HAS HELD FOR A WEEK IN THE SOUTH.",
            "Les ministres ont annoncé que le cessez-le-feu est entré en vigueur dans la région pour une semaine.",
            "Mixed: the talks et les discussions und die Gespräche y las conversaciones e le trattative.",
            "İN THE İSTANBUL TALKS İT WAS SAİD THAT THE DEAL İS OFF, AND THE PARTİES ARE TO MEET AGAİN.",
            "Numbers only 12345 67890 12345 67890 12345 67890 12345 67890 12345 67890 12345 67890.");

    @Test
    void writtenTextsAndEveryPrefixAnswerAsBefore() {
        int answered = 0;
        for (String text : WRITTEN) {
            for (int end = 0; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                assertSame(prefix);
            }
            answered += LanguageGuesser.guess(text) != null ? 1 : 0;
        }
        assertThat(LanguageGuesser.guess(WRITTEN.get(0))).isEqualTo("en");
        assertThat(LanguageGuesser.guess(WRITTEN.get(1))).isEqualTo("fr");
        assertThat(LanguageGuesser.guess(WRITTEN.get(2))).isEqualTo("de");
        assertThat(LanguageGuesser.guess(WRITTEN.get(7))).isEqualTo("en");
        assertThat(answered).isGreaterThanOrEqualTo(6);
    }

    @Test
    void fixtureFeedsAndPageAnswerAsBefore() throws IOException {
        for (String name : List.of("rss2.xml", "rss1.xml", "atom.xml", "broken.xml", "article-page.html")) {
            String raw = resource("/feeds/" + name);
            assertSame(raw);
            assertSame(HtmlText.toText(raw));
        }
    }

    @Test
    void randomTextsAnswerAsBefore() {
        Random random = new Random(20261122L);
        List<String> pool = wordPool();
        String[] separators = {" ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "—", "0", "\t", "\u00A0", "😀"};
        Map<String, Integer> answers = new HashMap<>();
        for (int n = 0; n < 4000; n++) {
            int length = n % 10 == 0 ? 4900 + random.nextInt(200) : random.nextInt(n % 3 == 0 ? 6000 : 600);
            List<String> dominant = FUNCTION_WORDS.get(random.nextInt(FUNCTION_WORDS.size()));
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                double r = random.nextDouble();
                String word = r < 0.3 ? dominant.get(random.nextInt(dominant.size())) : pool.get(random.nextInt(pool.size()));
                text.append(recase(word, random)).append(separators[random.nextInt(separators.length)]);
            }
            String s = text.substring(0, Math.min(text.length(), length));
            answers.merge(String.valueOf(assertSame(s)), 1, Integer::sum);
        }
        assertThat(answers.keySet()).contains("null", "en", "fr", "de", "es", "it", "pt", "nl");
    }

    @Test
    void scanLimitInsideAWordOrASurrogatePair() {
        String filler = "the council said that it was ready and the talks were on ".repeat(200);
        for (String tail : List.of("the", "THE", "thee", "'the'", "\uD835\uDC00the", "t\uD835\uDC00", "😀the")) {
            for (int shift = -6; shift <= 6; shift++) {
                int start = LanguageGuesser.SCAN_LIMIT + shift;
                String text = filler.substring(0, start) + tail + " le la les et des du un une est que dans pour ".repeat(30);
                assertSame(text);
            }
        }
    }

    @Test
    void caseFoldingMatchesStringToLowerCaseForEveryBmpCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            String lower = String.valueOf(ch).toLowerCase(Locale.ROOT);
            int expected = lower.length() == 1 && lower.charAt(0) != 0 && lower.charAt(0) <= 0xFF ? lower.charAt(0) : -1;
            assertThat(LanguageGuesser.foldedChar(ch)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    private static String assertSame(String text) {
        String expected = LegacyLanguageGuesser.guess(text);
        assertThat(LanguageGuesser.guess(text)).as("guess of %s", abbreviate(text)).isEqualTo(expected);
        return expected;
    }

    private static final List<List<String>> FUNCTION_WORDS = List.of(
            List.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "said", "from", "has", "have", "are", "were"),
            List.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "sur", "au", "pas", "avec", "il", "qui", "ont", "été"),
            List.of("der", "die", "und", "das", "den", "von", "zu", "mit", "ist", "sich", "des", "nicht", "auf", "ein", "eine", "dem", "für", "wird", "auch", "im"),
            List.of("el", "los", "las", "y", "del", "en", "que", "por", "con", "una", "para", "es", "se", "al", "como", "más", "fue", "su", "lo", "han"),
            List.of("il", "di", "che", "e", "della", "per", "un", "non", "con", "del", "gli", "sono", "nel", "alla", "anche", "è", "ha", "dei", "delle", "una"),
            List.of("o", "os", "de", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "no", "na", "por", "mais", "foi", "dos", "ao", "das"),
            List.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die", "aan", "er", "ook", "werd", "naar"));

    /** Function words, near misses and words only a careless fold would match. */
    private static List<String> wordPool() {
        List<String> pool = new ArrayList<>();
        FUNCTION_WORDS.forEach(pool::addAll);
        pool.addAll(List.of("council", "talks", "ceasefire", "theater", "thé", "l'est", "d'un", "'s", "it's", "o'",
                "İN", "İL", "İS", "dİe", "İ", "\u212Aa", "\u212B", "STRAẞE", "ẞ", "naïve", "ÉTÉ", "ΣΑΣ", "ος",
                "\uD835\uDC00", "a\uD835\uDC00", "\uD835\uDC00\uD835\uDC01", "\uD800", "\uDC00x", "nicht'", "della'",
                "dellee", "sichs", "eines", "Ǆ", "ǅ", "ǆ", "ﬁ", "ﬀor", "123", "x"));
        return pool;
    }

    private static String recase(String word, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            default -> word;
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LanguageGuesserTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
