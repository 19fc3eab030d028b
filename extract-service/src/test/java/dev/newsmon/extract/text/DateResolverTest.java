package dev.newsmon.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsmon.extract.text.DateResolver.DateMention;

class DateResolverTest {

    /** The weekday rule as first written, with the JDK's adjusters: the reference for its arithmetic. */
    private static LocalDate weekdayByAdjusters(String modifier, java.time.DayOfWeek day, LocalDate published, boolean future,
            boolean past) {
        LocalDate before = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        LocalDate after = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        switch (modifier == null ? "" : modifier) {
            case "last":
                return published.with(java.time.temporal.TemporalAdjusters.previous(day));
            case "next":
            case "coming":
                return published.with(java.time.temporal.TemporalAdjusters.next(day));
            case "since":
                return before;
            case "by":
            case "until":
                return after;
            default:
                if (future) {
                    return after;
                }
                if (past) {
                    return before;
                }
                long back = java.time.temporal.ChronoUnit.DAYS.between(before, published);
                long ahead = java.time.temporal.ChronoUnit.DAYS.between(published, after);
                return ahead < back ? after : before;
        }
    }

    @Test
    void weekdayArithmeticAgreesWithTheAdjusters() {
        String[] modifiers = {null, "", "last", "next", "this", "on", "by", "from", "until", "since", "coming"};
        for (LocalDate published = LocalDate.of(2018, 12, 20); published.isBefore(LocalDate.of(2019, 1, 20)); published = published.plusDays(1)) {
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (String modifier : modifiers) {
                    for (int tense = 0; tense < 4; tense++) {
                        boolean future = (tense & 1) != 0;
                        boolean past = (tense & 2) != 0;
                        assertThat(DateResolver.weekday(modifier, day, published, future, past))
                                .as("%s %s from %s, future %s, past %s", modifier, day, published, future, past)
                                .isEqualTo(weekdayByAdjusters(modifier, day, published, future, past));
                    }
                }
            }
        }
    }

    private static final LocalDate FRIDAY_7_JULY_2017 = LocalDate.of(2017, 7, 7);

    private static List<DateMention> find(String s, LocalDate published) {
        return DateResolver.find(s, 0, s.length(), published);
    }

    private static DateMention only(String s, LocalDate published) {
        List<DateMention> found = find(s, published);
        assertThat(found).as(s).hasSize(1);
        return found.get(0);
    }

    /** Where the resolver skips the tense walks, the day placed does not depend on the tense flags. */
    @Test
    void tenseIsSkippedOnlyWhereItCannotChangeTheDate() {
        String[] modifiers = {null, "", "last", "next", "this", "on", "by", "from", "until", "since", "coming"};
        String[] monthModifiers = {"", "last", "next", "this", "early", "late", "mid", "in", "since", "until", "by", "from", "through",
            "during", "before", "after"};
        int skipped = 0;
        for (LocalDate published = LocalDate.of(2018, 12, 20); published.isBefore(LocalDate.of(2020, 1, 20)); published = published.plusDays(1)) {
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                for (String modifier : modifiers) {
                    if (!DateResolver.weekdayDependsOnTense(modifier, day, published)) {
                        skipped++;
                        LocalDate none = DateResolver.weekday(modifier, day, published, false, false);
                        for (int tense = 1; tense < 4; tense++) {
                            assertThat(DateResolver.weekday(modifier, day, published, (tense & 1) != 0, (tense & 2) != 0))
                                    .as("%s %s from %s, tense %s", modifier, day, published, tense).isEqualTo(none);
                        }
                    }
                }
            }
            for (int month = 1; month <= 12; month++) {
                for (String modifier : monthModifiers) {
                    if (!DateResolver.monthDependsOnTense(modifier, month, published)) {
                        skipped++;
                        LocalDate none = DateResolver.monthAlone(modifier, month, published, false, false);
                        for (int tense = 1; tense < 4; tense++) {
                            assertThat(DateResolver.monthAlone(modifier, month, published, (tense & 1) != 0, (tense & 2) != 0))
                                    .as("%s %s from %s, tense %s", modifier, month, published, tense).isEqualTo(none);
                        }
                    }
                }
            }
        }
        assertThat(skipped).isGreaterThan(10_000);
    }

    private static final java.util.regex.Pattern DOCUMENT_NOUN = java.util.regex.Pattern.compile(
            "(?i)(?:treaty|treaties|agreement|accords?|act|convention|pact|deal|law|protocol|memorandum|charter|declaration|resolution)");

    /** The document-year tests as first written, with the regex and lower-cased copies: the reference for the in-place ones. */
    private static boolean namesADocumentByRegex(String s, int matchStart, int yearStart, int yearEnd) {
        String lead = s.substring(matchStart, yearStart).strip().toLowerCase(java.util.Locale.ROOT);
        if (lead.equals("of")) {
            int wordEnd = matchStart;
            while (wordEnd > 0 && s.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart < wordEnd && ((wordStart > 0 && Character.isUpperCase(s.charAt(wordStart)))
                    || DOCUMENT_NOUN.matcher(s.substring(wordStart, wordEnd)).matches())) {
                return true;
            }
        }
        return followedByDocumentNounByRegex(s, yearEnd);
    }

    private static boolean followedByDocumentNounByRegex(String s, int yearEnd) {
        int wordStart = yearEnd;
        while (wordStart < s.length() && s.charAt(wordStart) == ' ') {
            wordStart++;
        }
        int wordEnd = wordStart;
        while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordStart > yearEnd && wordEnd > wordStart && DOCUMENT_NOUN.matcher(s.substring(wordStart, wordEnd)).matches();
    }

    private static boolean attributiveYearByRegex(String s, int start, int end) {
        String lead = s.substring(Math.max(0, start - 3), start).toLowerCase(java.util.Locale.ROOT);
        if (lead.equals("of ") && namesADocumentByRegex(s, start - 3, start, end)) {
            return true;
        }
        if (followedByDocumentNounByRegex(s, end)) {
            return true;
        }
        if (end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '%')) {
            return true;
        }
        String before = s.substring(Math.max(0, start - 4), start).toLowerCase(java.util.Locale.ROOT);
        if (before.endsWith("the ") && end + 1 < s.length() && s.charAt(end) == ' ' && Character.isLetter(s.charAt(end + 1))) {
            return true;
        }
        return start > 0 && (s.charAt(start - 1) == '$' || s.charAt(start - 1) == '#');
    }

    @Test
    void documentYearTestsAgreeWithTheRegexOnRandomText() {
        String[] words = {"of", "OF", "Of", "of-", "the", "THE", "tHe", "Treaty", "treaty", "TREATIES", "treatie", "accord", "Accords",
            "accordsx", "act", "ACT", "acts", "pact", "deal", "Deals", "law", "protocol", "memorandum", "charter", "declaration",
            "resolution", "agreement", "convention", "Act", "\u0130", "\u212a", "tr\u00e9aty", "\u0130the", "\u00c9", "in", "x"};
        String[] glue = {" ", " ", "  ", "\t", "\u00a0", "\u2003", "-", "$", "#", "%", ",", "", "\n"};
        java.util.Random random = new java.util.Random(17);
        int documents = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int before = random.nextInt(4);
            for (int k = 0; k < before; k++) {
                text.append(words[random.nextInt(words.length)]).append(glue[random.nextInt(glue.length)]);
            }
            int start = text.length();
            text.append(1900 + random.nextInt(200));
            int end = text.length();
            int after = random.nextInt(3);
            for (int k = 0; k < after; k++) {
                text.append(glue[random.nextInt(glue.length)]).append(words[random.nextInt(words.length)]);
            }
            String s = text.toString();
            boolean expected = attributiveYearByRegex(s, start, end);
            documents += expected ? 1 : 0;
            assertThat(DateResolver.attributiveYear(s, start, end)).as("[%s] year at %d", s, start).isEqualTo(expected);
            for (int from = 0; from <= start; from++) {
                assertThat(DateResolver.namesADocument(s, from, start, end)).as("[%s] from %d, year at %d", s, from, start)
                        .isEqualTo(namesADocumentByRegex(s, from, start, end));
            }
        }
        assertThat(documents).isGreaterThan(2_000);
    }

    @Test
    void futureWeekdayIsAfterPublication() {
        DateMention d = only("The ceasefire is to begin on Sunday, Tillerson said.", FRIDAY_7_JULY_2017);
        assertThat(d.date()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(d.precision()).isEqualTo("day");
        assertThat(only("The truce takes effect Sunday.", FRIDAY_7_JULY_2017).date()).isEqualTo(LocalDate.of(2017, 7, 9));
    }

    @Test
    void pastWeekdayIsOnOrBeforePublication() {
        assertThat(only("The leaders met on Friday in Hamburg.", LocalDate.of(2017, 7, 8)).date()).isEqualTo(FRIDAY_7_JULY_2017);
        assertThat(only("It went into effect Sunday morning.", LocalDate.of(2017, 7, 9)).date()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(only("Trump said on Tuesday that the US would leave the deal.", LocalDate.of(2018, 5, 9)).date())
                .isEqualTo(LocalDate.of(2018, 5, 8));
    }

    @Test
    void monthDayWithoutYearTakesThePublicationYear() {
        DateMention d = only("The treaty expires on August 2.", LocalDate.of(2019, 6, 27));
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(only("It was signed on December 8.", LocalDate.of(2018, 1, 10)).date()).isEqualTo(LocalDate.of(2017, 12, 8));
    }

    @Test
    void aYearThatNamesADocumentIsNotAnEventDate() {
        LocalDate published = LocalDate.of(2018, 10, 21);
        List<DateMention> found = find("The United States will withdraw from the Intermediate-Range Nuclear Forces Treaty of 1987, "
                + "the president said on Saturday, 20 October 2018.", published);
        assertThat(found).extracting(DateMention::date).contains(LocalDate.of(2018, 10, 20))
                .noneMatch(date -> date.getYear() == 1987);
        assertThat(find("Both sides still cite the 1987 treaty as a model.", published)).isEmpty();
        assertThat(find("Congress passed the Countering America's Adversaries Act of 2017 quickly.", published)).isEmpty();
        assertThat(only("Most of 2019 passed without talks.", published).date()).isEqualTo(LocalDate.of(2019, 1, 1));
        // a year between "the" and a word names an event, it does not date the sentence's claim
        assertThat(find("Investigators concluded that Moscow interfered in the 2016 presidential election.", published)).isEmpty();
        assertThat(find("Aides still talk about the 2018 summit in Finland.", published)).isEmpty();
        assertThat(only("Moscow interfered in 2016, the report said.", published).date()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(only("The talks stalled at the end of 2019.", published).date()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void yearsMonthsAndRelativePhrases() {
        DateMention year = only("The treaty expires in 2021.", FRIDAY_7_JULY_2017);
        assertThat(year.date()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(year.precision()).isEqualTo("year");
        DateMention month = only("In February 2021 the treaty was extended.", LocalDate.of(2026, 2, 6));
        assertThat(month.date()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(month.precision()).isEqualTo("month");
        assertThat(only("They last met last July.", LocalDate.of(2018, 2, 1)).date()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(only("Sanctions were imposed last year.", FRIDAY_7_JULY_2017).date()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(only("Earlier this year, the U.S. suspended it.", LocalDate.of(2019, 6, 27)).date()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(only("It happened yesterday.", FRIDAY_7_JULY_2017).date()).isEqualTo(LocalDate.of(2017, 7, 6));
        assertThat(only("They met two years ago.", FRIDAY_7_JULY_2017).date()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(only("On July 7, 2017, the summit opened.", LocalDate.of(2019, 1, 1)).date()).isEqualTo(FRIDAY_7_JULY_2017);
        assertThat(only("Published 2017-07-10 in Beijing.", FRIDAY_7_JULY_2017).date()).isEqualTo(LocalDate.of(2017, 7, 10));
    }

    @Test
    void namesAndModalsAreNotDates() {
        assertThat(find("The U.S. suspended the 1987 Intermediate-Range Nuclear Forces Treaty.", LocalDate.of(2019, 6, 27))).isEmpty();
        assertThat(find("Russia may suspend the treaty.", LocalDate.of(2022, 11, 30))).isEmpty();
        assertThat(find("Revenue rose to $2019 million.", LocalDate.of(2022, 11, 30))).isEmpty();
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "Prefix. The ceasefire went into effect Sunday morning.";
        List<DateMention> found = DateResolver.find(s, 8, s.length(), LocalDate.of(2017, 7, 9));
        assertThat(found).hasSize(1);
        assertThat(s.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Sunday morning");
    }
}
