package dev.newsmon.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The single-pass {@link HtmlText#normalisePlain} must give exactly what the regex version gave
 * ({@link LegacyPlainText}): on seeded random strings over the characters the rules treat
 * differently (ASCII blanks, CR and LF, no-break spaces, other Unicode spaces that only strip() removes,
 * control separators, a surrogate pair), on every prefix of a written text, and on the module's
 * fixture feeds and page, raw and through {@link HtmlText#toText}.
 */
class PlainTextDifferentialTest {

    private static final String ALPHABET = "ab. \t\u000B\f\r\n\n\n\u00A0\u2007\u202F\u2003\u3000\u2028\u0085\u001F\u001C";

    @Test
    void randomStringsNormaliseAsBefore() {
        Random random = new Random(20261122L);
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(n % 100 == 0 ? 400 : 24);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) {
                    s.append("\uD835\uDC00");
                } else {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            assertSame(s.toString());
        }
    }

    @Test
    void everyPrefixOfAWrittenTextNormalisesAsBefore() {
        String text = "  Ceasefire holds \u00A0in the south  \r\n\r\n\r\nMonitors\treported no\u2007violations.\n \n\t\n"
                + "Talks resume on Monday.\u2003\n\u00A0\nA second line\rA third line\r\n  \n\u001F\n\nEnd. ";
        for (int end = 0; end <= text.length(); end++) {
            assertSame(text.substring(0, end));
        }
        assertThat(HtmlText.normalisePlain(text)).isEqualTo("Ceasefire holds in the south\n\nMonitors reported no violations.\n\n"
                + "Talks resume on Monday.\nA second line\nA third line\n\nEnd.");
    }

    @Test
    void fixturesNormaliseAsBefore() throws IOException {
        for (String name : List.of("rss2.xml", "rss1.xml", "atom.xml", "broken.xml", "article-page.html")) {
            String raw;
            try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
                assertThat(in).as(name).isNotNull();
                raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertSame(raw);
        }
        assertThat(HtmlText.normalisePlain(null)).isEmpty();
    }

    private static void assertSame(String text) {
        assertThat(HtmlText.normalisePlain(text)).as("normalisePlain of %s", text.replace("\n", "\\n").replace("\r", "\\r"))
                .isEqualTo(LegacyPlainText.normalisePlain(text));
    }
}
