package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static List<Sentence> sentences(String text) {
        return ArticleText.prepare(text, "A title", 100_000).sentences();
    }

    @Test
    void collapseWhitespaceAgreesWithTheRegexItReplaced() {
        for (String s : List.of("", "a", " ", "one two", "one  two", " lead\tand\r\ntrail \f", "x\u000By", "no\u00a0break", "a \n\n b  c ")) {
            assertThat(ArticleText.collapseWhitespace(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
        // random texts of words and every kind of white space, most with single spaces only (the fast path's case)
        java.util.Random random = new java.util.Random(29);
        String spaces = "       \t\n\r\f\u000B\u00a0\u2009\u0085\u2028";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            boolean singleSpacesOnly = random.nextBoolean();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                int kind = random.nextInt(4);
                if (kind == 0) {
                    text.append(singleSpacesOnly ? ' ' : spaces.charAt(random.nextInt(spaces.length())));
                } else {
                    text.append(kind == 1 ? '\u201c' : (char) ('a' + random.nextInt(26)));
                }
            }
            String s = text.toString();
            String collapsed = ArticleText.collapseWhitespace(s);
            assertThat(collapsed).as(s).isEqualTo(s.replaceAll("\\s+", " "));
            if (collapsed.equals(s)) {
                assertThat(collapsed).isSameAs(s); // nothing to collapse: no copy
            }
        }
    }

    @Test
    void scrapedNoiseIsDroppedAndCaptionsAreNotClaimable() {
        String text = """
                By Jane Doe

                July 9, 2017

                Residents walk in a street in Daraa
                (MOHAMAD ABAZEED/AFP/Getty Images)

                The ceasefire held overnight, monitors said.

                Show comments

                Copyright 2017 Example. All rights reserved.
                """;
        List<Sentence> all = sentences(text);
        assertThat(all).extracting(Sentence::text)
                .containsExactly("Residents walk in a street in Daraa", "The ceasefire held overnight, monitors said.");
        assertThat(all.get(0).kind()).isEqualTo(Sentence.Kind.CAPTION);
        assertThat(all.get(0).claimable()).isFalse();
        assertThat(all.get(1).claimable()).isTrue();
    }

    @Test
    void aCreditInAParagraphOfItsOwnMakesNoCaptionOfTheParagraphBefore() {
        // the credit sits under the picture, not under the text before it: only a line right above a credit is its caption
        String text = """
                The treaty was extended for five years in February. Both sides then resumed inspections.

                Photo: The delegations in Geneva. (File/XYZ)

                Residents walk in a street in Daraa
                (MOHAMAD ABAZEED/AFP/Getty Images)
                """;
        List<Sentence> all = sentences(text);
        assertThat(all.get(0).text()).startsWith("The treaty was extended");
        assertThat(all.get(0).kind()).isEqualTo(Sentence.Kind.BODY);
        assertThat(all.get(0).claimable()).isTrue();
        assertThat(all).filteredOn(sentence -> sentence.text().startsWith("Residents")).singleElement()
                .extracting(Sentence::kind).isEqualTo(Sentence.Kind.CAPTION);
    }

    @Test
    void datelineIsSkippedAndOffsetsStayExact() {
        String text = "WASHINGTON (AP) \u2014 The U.S. and Russia agreed a truce. It starts Sunday.";
        List<Sentence> all = sentences(text);
        assertThat(all).extracting(Sentence::text).containsExactly("The U.S. and Russia agreed a truce.", "It starts Sunday.");
        for (Sentence s : all) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences("MOSCOW, July 7 (Reuters) - Talks ended without a deal, officials said.")).extracting(Sentence::text)
                .containsExactly("Talks ended without a deal, officials said.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Gen. Joseph Votel met Sen. John McCain at 9 a.m. on Monday. U.S. President Donald Trump said the U.S. Army would stay. "
                + "He left at 5 p.m. It rained.";
        assertThat(sentences(text)).extracting(Sentence::text).containsExactly(
                "Gen. Joseph Votel met Sen. John McCain at 9 a.m. on Monday.",
                "U.S. President Donald Trump said the U.S. Army would stay.",
                "He left at 5 p.m.", "It rained.");
    }

    @Test
    void curlyQuotesAreKept() {
        String text = "\u201cThis is a good start,\u201d the secretary said. Talks will go on.";
        assertThat(sentences(text)).extracting(Sentence::text)
                .containsExactly("\u201cThis is a good start,\u201d the secretary said.", "Talks will go on.");
    }

    @Test
    void sentenceBrokenByTheScraperIsJoined() {
        String text = "The proposal to create a\n\nworking group on cybersecurity is a way to punt the issue.";
        List<Sentence> all = sentences(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).startsWith("The proposal").endsWith("punt the issue.");
    }

    @Test
    void longArticleIsTruncatedAtAParagraphBreak() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Paragraph ").append(i).append(" says the talks went on.\n\n");
        }
        ArticleText.Prepared prepared = ArticleText.prepare(text.toString(), "t", 100_000);
        assertThat(prepared.truncated()).isTrue();
        assertThat(prepared.analysedChars()).isLessThanOrEqualTo(100_000);
        assertThat(prepared.sentences()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(100_000));
        assertThat(ArticleText.prepare("Short text.", "t", 100_000).truncated()).isFalse();
    }

    @Test
    void emptyAndOddInputsDoNotCrash() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("\n\n   \n")).isEmpty();
        assertThat(ArticleText.prepare(null, null, 100_000).sentences()).isEmpty();
        assertThat(sentences("no punctuation at all and lowercase start")).hasSize(1);
    }

    /** The word count without copies answers as splitting the stripped line did. */
    @Test
    void wordCountAgreesWithSplittingTheStrippedLine() {
        String alphabet = "  \t\n\r\f\u000b\u00a0\u2009\u2003\u3000\u001caZ.,\u00e9\ud835\udc00";
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = s.toString();
            String stripped = line.strip();
            int expected = stripped.isEmpty() ? 0 : Chars.splitOnRegexSpace(stripped).length;
            assertThat(ArticleText.wordCount(line)).as("[%s]", line).isEqualTo(expected);
        }
    }

    /** The hand-made dateline matcher ends where the pattern's lookingAt ends, and fails where it fails. */
    @Test
    void datelineEndAgreesWithThePattern() {
        List<String> lines = new java.util.ArrayList<>(List.of("WASHINGTON (AP) \u2014 The talks", "MOSCOW, July 7 (Reuters) - Putin",
                "KYIV, Ukraine \u2014 The", "U.N. - x", "ST. PETERSBURG -- y", "A.B - z", "O'HARE - w", "XYZ - v", "XYZ -- - v", "XY ---  v",
                "HAMBURG, Germany (Reuters) \u2014 The", "AMMAN, Jordan (AP) \u2014 A", "GENEVA \u2014 President", "US and Russia - x",
                "U.S. officials said - x", "A - b", "ABC -", "ABC -x", "ABC, Cd 123 - x", "ABC, Cd 12 - x", "ABC, Cd 12(AP) - x",
                "ABC (ABCDEFGHIJKLMNOPQRSTUVWXYZ) - x", "ABC (ABCDEFGHIJKLMNOPQRSTUVWXY) - x", "ABC () - x", "ABC,\tCd\u000b- x",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ - x", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQR - x"));
        List<String> pieces = List.of("WASHINGTON", "MOSCOW,", "The", "U.", "N.", "Ukraine", "(AP)", "(Reuters)", "(A P.)", "July", "7", "12", "123",
                "-", "--", "\u2013", "\u2014", "x", "'", ".", ",", "(", ")", "A", "a", "Cd", "\u00c9", "St.", "\t", "\n", "\u00a0");
        List<String> heads = List.of("WASHINGTON", "MOSCOW,", "U.", "ST.", "A", "XY", "O'HARE", "AB-CD", "A.B.", "KYIV, Ukraine", "NEW YORK");
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 40_000; round++) {
            // half of them start like a dateline, so that the pattern takes a good share and the rest decides
            StringBuilder line = new StringBuilder(random.nextBoolean() ? heads.get(random.nextInt(heads.size())) : "");
            for (int k = 0, n = 1 + random.nextInt(7); k < n; k++) {
                line.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(3) == 0 ? "" : random.nextInt(6) == 0 ? "  " : " ");
            }
            lines.add(line.toString());
        }
        for (String text : dev.newsmon.extract.LabelledFixtures.texts().values()) {
            text.lines().map(String::strip).forEach(lines::add);
        }
        int matched = 0;
        for (String line : lines) {
            java.util.regex.Matcher m = ArticleText.DATELINE.matcher(line);
            int expected = m.lookingAt() ? m.end() : -1;
            matched += expected >= 0 ? 1 : 0;
            assertThat(ArticleText.datelineEnd(line)).as("[%s]", line).isEqualTo(expected);
        }
        assertThat(matched).as("lines the pattern takes as datelines").isGreaterThan(1_500);
    }

    /** Trying only the alternatives a line's first character allows answers as the whole alternation did. */
    @Test
    void noiseAlternativesByFirstCharacterAgreeWithThePattern() {
        List<String> lines = new java.util.ArrayList<>(List.of("Show comments", "read all comments here", "Posted in: World",
                "Related articles: x", "RELATED: y", "Copyright 2019 Someone", "\u00a9 2020 Wire", "Story stream", "Recent articles",
                "Article search", "Connected content", "Regions & countries", "Most read", "Trending", "More from Europe", "Original URL:",
                "5 min read", "12 mins", "https://example.invalid/a", "<http://example.invalid/b>", "By Jane Doe", "by a staff writer",
                "Follow us on X", "Share this article", "Tweet", "EMAIL", "Advertisement", "Sign up for our newsletter", "Subscribe now",
                "Photo: A. Person", "Image credit: agency", "Illustration: x", "Video: y", "Graphic: z", "(Jane Doe/AFP via Getty Images)",
                "Evan Vucci/AP", "Updated 3 June 2019", "Last updated: 10:42 2019", "July 7, 2017", "Nov. 3, 2018 | 10:42", "2019-07-07 12:00",
                "The views expressed are the author's own", "This article was first published", "AP Photo/Someone", "Reuters photo by x",
                "/AFP", "'x/ap", ".x/reuters)", "-/epa", " x/tass", "\u0130mage: x", "\u212aelvin", "\u00e9t\u00e9 7, 2017", "", "/", "(/afp)"));
        List<String> words = List.of("July", "Sept.", "Nov.", "nov", "JAN", "Thursday", "Mayor", "The", "In", "x", "7", "7,", "12", "2017",
                "2018", "|", "-", "10:42", ",", ".", "a", "treaty", "2019-07-07", "(AFP)", "/AFP", "By", "ap", "photo", "Show", "comments", "all",
                "read", "min", "Copyright", "\u00a9", "https://x", "<", ">", "Related", ":", "Updated", "views", "expressed", "this", "article",
                "was", "Share", "story", "Getty", "Images", "/", "(", ")", "\u00e9", "\u0130", "Sign", "up", "Tweet");
        String[] glue = {" ", " ", "  ", "", ",", ".", " | ", "\t"};
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
                line.append(words.get(random.nextInt(words.size()))).append(k + 1 < n ? glue[random.nextInt(glue.length)] : "");
            }
            lines.add(line.toString());
        }
        for (String text : dev.newsmon.extract.LabelledFixtures.texts().values()) {
            text.lines().map(String::strip).forEach(lines::add);
        }
        int matched = 0;
        for (String line : lines) {
            boolean expected = ArticleText.NOISE.matcher(line).matches();
            matched += expected ? 1 : 0;
            assertThat(ArticleText.matchesNoise(line)).as("[%s]", line).isEqualTo(expected);
        }
        assertThat(matched).as("lines the pattern drops").isGreaterThan(1_000);
    }

    /** The title comparison without copies answers as comparing the squashed copies did. */
    @Test
    void squashesToAgreesWithComparingSquashedCopies() {
        String alphabet = "  \t\n\r\f\u000b\u00a0\u2009\u001caAzZkK.,-\u00e9\u00c9\u0130\u212a\u03a3\u03c3\ud835\udc00";
        java.util.Random random = new java.util.Random(11);
        int equal = 0;
        for (int round = 0; round < 40_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = s.toString();
            // a title that often squashes the same: the line with its case and white space changed here and there
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                int dice = random.nextInt(12);
                t.append(dice == 0 ? Character.toUpperCase(c) : dice == 1 ? Character.toLowerCase(c) : dice == 2 && Chars.isRegexSpace(c) ? "\t " : String.valueOf(c));
            }
            if (random.nextInt(8) == 0) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String squashed = ArticleText.squash(t.toString());
            boolean expected = ArticleText.squash(line).equals(squashed);
            equal += expected ? 1 : 0;
            assertThat(ArticleText.squashesTo(line, squashed)).as("[%s] [%s]", line, squashed).isEqualTo(expected);
            assertThat(ArticleText.squashesTo(line.strip(), ArticleText.squash(line))).as("[%s]", line).isTrue();
        }
        assertThat(equal).isGreaterThan(5_000);
    }

    /** The cheap first-word check in front of the NOISE pattern never hides a line the pattern would drop. */
    @Test
    void datelinePreCheckLetsThroughEveryLineThePatternMatches() {
        List<String> datelines = List.of("WASHINGTON (AP) \u2014 The talks", "MOSCOW, July 7 (Reuters) - Putin", "KYIV, Ukraine \u2014 The",
                "U.N. - x", "ST. PETERSBURG -- y", "A.B - z", "O'HARE - w", "XYZ - v");
        for (String line : datelines) {
            assertThat(ArticleText.DATELINE.matcher(line).lookingAt()).as(line).isTrue();
            assertThat(ArticleText.mayBeDateline(line)).as(line).isTrue();
        }
        List<String> pieces = List.of("WASHINGTON", "MOSCOW,", "The", "U.", "N.", "Ukraine", "(AP)", "(Reuters)", "July", "7", "-", "--",
                "\u2014", "x", "'", ".", "A", "a", "\u00c9", "St.");
        java.util.Random random = new java.util.Random(3);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
                line.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String l = line.toString();
            if (ArticleText.DATELINE.matcher(l).lookingAt()) {
                matched++;
                assertThat(ArticleText.mayBeDateline(l)).as(l).isTrue();
            }
        }
        assertThat(matched).as("random lines the pattern takes as datelines").isGreaterThan(100);
        for (String text : dev.newsmon.extract.LabelledFixtures.texts().values()) {
            text.lines().map(String::strip).filter(line -> ArticleText.DATELINE.matcher(line).lookingAt())
                    .forEach(line -> assertThat(ArticleText.mayBeDateline(line)).as(line).isTrue());
        }
    }

    @Test
    void noisePreCheckLetsThroughEveryLineThePatternMatches() {
        List<String> noise = List.of("Show comments", "read all comments here", "Posted in: World", "Related articles: x", "RELATED: y",
                "Copyright 2019 Someone", "\u00a9 2020 Wire", "Story stream", "Recent articles", "Article search", "Connected content",
                "Regions & countries", "Most read", "Trending", "More from Europe", "Original URL:", "5 min read", "12 mins",
                "https://example.invalid/a", "<http://example.invalid/b>", "By Jane Doe", "by a staff writer", "Follow us on X",
                "Share this article", "Tweet", "EMAIL", "Advertisement", "Sign up for our newsletter", "Subscribe now",
                "Photo: A. Person", "Image credit: agency", "Illustration: x", "Video: y", "Graphic: z", "(Jane Doe/AFP via Getty Images)",
                "Evan Vucci/AP", "Updated 3 June 2019", "Last updated: 10:42 2019", "July 7, 2017", "Nov. 3, 2018 | 10:42", "2019-07-07 12:00",
                "The views expressed are the author's own", "This article was first published", "AP Photo/Someone", "Reuters photo by x");
        int matched = 0;
        for (String line : noise) {
            if (ArticleText.NOISE.matcher(line).matches()) {
                matched++;
                assertThat(ArticleText.mayBeNoise(line)).as(line).isTrue();
            }
        }
        assertThat(matched).as("noise examples the pattern drops").isGreaterThan(40);
        for (String text : dev.newsmon.extract.LabelledFixtures.texts().values()) {
            text.lines().map(String::strip).filter(line -> !line.isEmpty() && ArticleText.NOISE.matcher(line).matches())
                    .forEach(line -> assertThat(ArticleText.mayBeNoise(line)).as(line).isTrue());
        }
        assertThat(ArticleText.mayBeNoise("The treaty was extended in February 2021.")).isFalse();
        assertThat(ArticleText.mayBeNoise("Putin said on July 7 that talks went well.")).isFalse();
        // random short lines near the date-line alternative: whatever the pattern drops, the pre-check lets through
        List<String> words = List.of("July", "Sept.", "Nov.", "nov", "JAN", "Thursday", "Mayor", "The", "In", "x", "7", "7,", "12", "2017",
                "2018", "|", "-", "10:42", ",", ".", "a", "treaty", "2019-07-07", "(AFP)", "/AFP", "By", "ap", "photo");
        String[] glue = {" ", " ", "  ", "", ",", ".", " | ", "\t"};
        java.util.Random random = new java.util.Random(5);
        int dropped = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
                line.append(words.get(random.nextInt(words.size()))).append(k + 1 < n ? glue[random.nextInt(glue.length)] : "");
            }
            String l = line.toString();
            if (ArticleText.NOISE.matcher(l).matches()) {
                dropped++;
                assertThat(ArticleText.mayBeNoise(l)).as(l).isTrue();
            }
        }
        assertThat(dropped).isGreaterThan(200);
    }
}
