package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.LabelledFixtures;

/**
 * {@link DateResolver} (the hand-written {@link DateScanner}) finds exactly the dates {@link RegexDateResolver}
 * (the regexes it replaced) finds: same offsets, days and precisions, on every sentence and line of the
 * labelled fixtures and the demo folders, and on random sentences built from date vocabulary and its traps.
 * {@code -Ddates.rounds=N} runs more random sentences than the default.
 */
class DateResolverDifferentialTest {

    /** A Friday, a month end, a leap day, a year end, and none (only absolute dates then). */
    private static final List<LocalDate> PUBLISHED = java.util.Arrays.asList(LocalDate.of(2017, 7, 7), LocalDate.of(2019, 1, 31),
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), null);

    private static int compared;
    private static int withDates;

    private static void assertAgrees(String text, int from, int to, LocalDate published) {
        List<DateResolver.DateMention> expected = RegexDateResolver.find(text, from, to, published);
        assertThat(DateResolver.find(text, from, to, published))
                .as("dates in [%s] published %s", text.substring(from, to), published)
                .isEqualTo(expected);
        compared++;
        withDates += expected.isEmpty() ? 0 : 1;
    }

    private static void assertAgreesOnText(String text) {
        var prepared = ArticleText.prepare(text, "", Integer.MAX_VALUE);
        for (Sentence sentence : prepared.sentences()) {
            for (LocalDate published : PUBLISHED) {
                assertAgrees(prepared.text(), sentence.start(), sentence.end(), published);
            }
        }
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                for (LocalDate published : PUBLISHED) {
                    assertAgrees(text, lineStart, i, published);
                    // a slice that starts inside a word, as a sentence cut from a longer text can
                    assertAgrees(text, Math.max(0, lineStart - 3), i, published);
                }
                lineStart = i + 1;
            }
        }
    }

    @Test
    void agreesOnEverySentenceAndLineOfTheFixtures() {
        compared = 0;
        withDates = 0;
        for (String text : LabelledFixtures.texts().values()) {
            assertAgreesOnText(text);
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(withDates).isGreaterThan(500);
    }

    @Test
    void agreesOnTheDemoFolders() throws IOException {
        compared = 0;
        Path demo = Path.of("..", "demo");
        assertThat(demo).as("the repository's demo folder").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(demo)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertAgreesOnText(Files.readString(file));
        }
    }

    @Test
    void agreesOnHandPickedEdgeCases() {
        List<String> cases = List.of("It ends earlier this years.", "See you this weekend.", "They met an  days ago, two\tweeks  ago.",
                "It began Sunday   morning and Sunday mornings.", "on\tSunday night", "ON SUNDAY", "On Sunday evenings", "in-July", "mid - July",
                "through              July", "through       July 2019", "end of 2019", "End  of 2019", "beginning of 2020", "BEGINNING OF 2020",
                "2017-07-07x", "2017-7-7", "2017/07/07 and 2017-02-30", "Aug. 12:30", "Aug 1st:", "1st of March 2017", "5 of March",
                "5 ofMarch", "March of 2017", "March, 2017", "Jan.,  2017", "Sept.  5th,   2017", "5th Sept. 2017", "31 June 2017",
                "the Treaty of 1987", "the 1987 Treaty", "Act of 2017 and of 2018", "in 2019-era", "the 2019 World Cup", "since 1939",
                "by 2049 and by 2050", "Today, yesterday and tomorrow", "last spring, this fall, next winter", "last springs",
                "ten days ago, 10 days ago, 100 days ago, 00 days ago", "A year ago. An hour ago. One Month Ago.", "later this month",
                "earlier this week", "Earlier This Year", "last July", "next May", "May 5", "may 5", "in May", "In may", "Mayor May Day",
                "until Monday", "since Friday", "coming Tuesday", "last Wednesday", "this Thursday", "by Saturday",
                "\u0301July 4", "é July 4", "July\u0301 4", "x_July 4", "July 4_", "٢٠١٩ and 2019", "wee\u212A ago", "\u0130n 2019");
        for (String s : cases) {
            for (LocalDate published : PUBLISHED) {
                assertAgrees(s, 0, s.length(), published);
                for (int from = 1; from < Math.min(s.length(), 8); from++) {
                    assertAgrees(s, from, s.length(), published);
                }
            }
        }
    }

    private static final List<String> WORDS = List.of(
            // months, their abbreviations, and words that start like them
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jan.", "Aug.", "Sept.", "Sep.", "Dec.,",
            "MARCH", "march", "may", "Mayor", "Marching", "Augusta", "Junes", "Septa", "Septembers", "Decembers", "Octo", "Ma", "Ju",
            // weekdays
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "sunday", "Sundays", "Friday's", "SUNDAY",
            "morning", "afternoon", "evening", "night", "mornings", "nightfall", "Morning",
            // modifiers and prepositions
            "last", "Last", "LAST", "next", "this", "This", "early", "late", "mid", "Mid", "in", "In", "IN", "since", "until", "by",
            "from", "through", "during", "before", "after", "on", "On", "coming", "of", "end of", "start of", "beginning of", "End Of",
            "earlier", "later", "Earlier", "within", "inn", "midst",
            // numbers, days, years, ISO dates, times, money
            "1", "2", "7", "9", "12", "29", "30", "31", "32", "0", "00", "07", "123", "2017", "2021", "1987", "1939", "1940", "2049",
            "2050", "20171", "1st", "2nd", "3rd", "4th", "21st", "22nd", "2nda", "11th", "2017-07-07", "2017/7/7", "2017-13-40",
            "2019-02-29", "2020-2-29", "12:30", "2:00", "$2019", "#2019", "2019%", "2016-era", "٢٠١٩", "2018-19",
            // relative words
            "today", "Today", "TODAY", "tonight", "todays", "this morning", "yesterday", "tomorrow", "week", "weeks", "weekend",
            "month", "months", "year", "years", "Year", "ago", "Ago", "agony", "a", "A", "an", "An", "one", "two", "three", "ten",
            "eleven", "days", "day", "Days", "spring", "summer", "fall", "autumn", "winter", "springs", "this week", "last year",
            "earlier this year", "later this month", "two years ago", "10 days ago", "an hour ago",
            // document nouns, verbs that set the tense, names
            "treaty", "Treaty", "Act", "accord", "Accords", "agreement", "the", "The", "said", "will", "was", "is to", "expected",
            "signed", "meet", "met", "Tillerson", "Intermediate-Range", "_", "é", "naïve", "x",
            // letters that fold to ASCII only outside ASCII rules (Kelvin sign, dotted capital I), non-ASCII letters in words
            "wee\u212A", "\u0130n", "Mayé", "Julyé", "éJuly", "yearß", "Sundayñ");
    private static final String[] GLUE = {" ", " ", " ", " ", " ", "  ", ", ", ",", ". ", ".", "-", " - ", "\t", "\n", "", "(", ")",
        ":", "'", "\u2019", "\u00a0", " \u0301", "\u0301", "_", "       ", "              ", " of ", " the "};

    @Test
    void agreesOnRandomSentencesOfDateVocabulary() {
        compared = 0;
        withDates = 0;
        int rounds = Integer.getInteger("dates.rounds", 15_000);
        Random random = new Random(20261123);
        List<LocalDate> published = new ArrayList<>(PUBLISHED);
        for (int k = 0; k < 20; k++) {
            published.add(LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        for (int round = 0; round < rounds; round++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(14);
            for (int k = 0; k < words; k++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String s = text.toString();
            LocalDate day = published.get(random.nextInt(published.size()));
            assertAgrees(s, 0, s.length(), day);
            int from = random.nextInt(Math.max(1, s.length() / 3));
            int to = s.length() - random.nextInt(Math.max(1, s.length() / 3));
            if (from <= to) {
                assertAgrees(s, from, to, day);
            }
        }
        // most random sentences hold a date: the comparison is not between two empty lists
        assertThat(withDates).isGreaterThan(compared / 2);
    }
}
