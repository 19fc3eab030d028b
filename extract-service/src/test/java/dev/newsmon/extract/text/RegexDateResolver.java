package dev.newsmon.extract.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsmon.extract.text.DateResolver.DateMention;

/**
 * The reference for {@link DateResolver}: the date finder as it was before the hand-written scanner,
 * regexes run over small windows around anchor words, kept unchanged (only renamed) so that
 * {@code DateResolverDifferentialTest} can check the scanner answers exactly as it did. Only the matching is
 * kept here: what happens to a match (tense, document years, resolution against the publication day) is
 * {@link DateResolver}'s own code, called from both, so a change of those rules needs no copy here.
 *
 * <p>Finds date expressions in a sentence and resolves them against the article's publication day:
 * absolute dates ("July 7, 2017", "7 July 2017", "2017-07-07"), partial ones ("on August 2",
 * "February 2021", "in 2021", "last July"), weekdays ("Sunday", "last Friday") and relative phrases
 * ("yesterday", "last year", "earlier this year", "two years ago").
 */
final class RegexDateResolver {

    static final String DAY = DateResolver.DAY;
    static final String MONTH = DateResolver.MONTH;
    static final String YEAR = DateResolver.YEAR;


    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:])");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:((?i:last|next|this|early|late|mid|in|since|until|by|from|through|during|before|after))[\\s-]+)?(" + MONTHS + ")\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:((?i:last|next|this|on|by|from|until|since|coming))\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern YEAR_WITH_PREPOSITION = Pattern.compile(
            "\\b(?i:in|by|since|until|of|from|during|before|after|through|early|late|mid|end of|start of|beginning of)[\\s-]+(\\d{4})\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("\\b(19[4-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:"
            + "(?<today>today|tonight|this morning|this afternoon|this evening)"
            + "|(?<yesterday>yesterday)|(?<tomorrow>tomorrow)"
            + "|(?<lastweek>last week)|(?<nextweek>next week)|(?<thisweek>this week|earlier this week|later this week)"
            + "|(?<lastmonth>last month)|(?<nextmonth>next month)|(?<thismonth>this month|earlier this month|later this month)"
            + "|(?<lastyear>last year)|(?<nextyear>next year)|(?<thisyear>(?:earlier |later )?this year)"
            + "|(?<agoN>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?<agoUnit>days?|weeks?|months?|years?)\\s+ago"
            + "|(?<season>(?:last|this|next)\\s+(?:spring|summer|fall|autumn|winter))"
            + ")\\b");

    private static final WordSet MONTH_NAMES = WordSet.of(List.of(MONTHS.split("\\|")));
    private static final WordSet WEEKDAYS = WordSet.of(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"));
    private static final WordSet RELATIVE_WORDS = WordSet.ignoringCase(List.of("today", "tonight", "morning", "afternoon", "evening",
            "yesterday", "tomorrow", "week", "month", "year", "ago", "spring", "summer", "fall", "autumn", "winter"));


    private RegexDateResolver() {
    }

    /** The date expressions in {@code text[from, to)}, resolved against {@code published}; sorted by position, no overlaps. */
    public static List<DateMention> find(String text, int from, int to, LocalDate published) {
        String s = text.substring(from, to);
        // one pass over the words finds what could anchor a date; most sentences have none
        List<int[]> monthAnchors = new ArrayList<>(2);
        List<int[]> dayAnchors = new ArrayList<>(2);
        List<int[]> relativeAnchors = new ArrayList<>(2);
        List<int[]> digitAnchors = new ArrayList<>(2);
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                int e = i;
                while (e < n && Character.isDigit(s.charAt(e))) {
                    e++;
                }
                digitAnchors.add(new int[] {i, e});
                i = e;
            } else if (Character.isLetter(c)) {
                int e = i;
                while (e < n && Character.isLetter(s.charAt(e))) {
                    e++;
                }
                if (Character.isUpperCase(c) && MONTH_NAMES.contains(s, i, e)) {
                    monthAnchors.add(new int[] {i, e});
                } else if (Character.isUpperCase(c) && WEEKDAYS.contains(s, i, e)) {
                    dayAnchors.add(new int[] {i, e});
                } else if (RELATIVE_WORDS.contains(s, i, e)) {
                    relativeAnchors.add(new int[] {i, e});
                }
                i = e;
            } else {
                i++;
            }
        }
        boolean hasDigit = !digitAnchors.isEmpty();
        boolean hasMonth = !monthAnchors.isEmpty();
        boolean hasWeekday = !dayAnchors.isEmpty();
        boolean hasRelative = !relativeAnchors.isEmpty();
        if (!hasDigit && !hasMonth && !hasWeekday && !hasRelative) {
            return List.of(); // most sentences carry no date
        }
        DateResolver.SentenceTense sentenceTense = new DateResolver.SentenceTense(s);
        List<DateMention> found = new ArrayList<>();
        Matcher m = ISO.matcher(digitAnchors.stream().anyMatch(a -> a[1] - a[0] == 4) ? s : "");
        while (m.find()) {
            LocalDate d = DateResolver.safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            add(found, from, m, d, DAY);
        }
        if (hasDigit && hasMonth) {
            for (Matcher w : windows(MONTH_DAY_YEAR, s, monthAnchors)) {
                while (w.find()) {
                    add(found, from, w, DateResolver.safeDate(Integer.parseInt(w.group(3)), month(w.group(1)), Integer.parseInt(w.group(2))), DAY);
                }
            }
            for (Matcher w : windows(DAY_MONTH_YEAR, s, monthAnchors)) {
                while (w.find()) {
                    add(found, from, w, DateResolver.safeDate(Integer.parseInt(w.group(3)), month(w.group(2)), Integer.parseInt(w.group(1))), DAY);
                }
            }
            for (Matcher w : windows(MONTH_YEAR, s, monthAnchors)) {
                while (w.find()) {
                    add(found, from, w, DateResolver.safeDate(Integer.parseInt(w.group(2)), month(w.group(1)), 1), MONTH);
                }
            }
        }
        if (published != null) {
            if (hasDigit && hasMonth) {
                for (Matcher w : windows(MONTH_DAY, s, monthAnchors)) {
                    while (w.find()) {
                        LocalDate d = DateResolver.safeDate(published.getYear(), month(w.group(1)), Integer.parseInt(w.group(2)));
                        add(found, from, w, d == null ? null : DateResolver.nearestYear(d, published), DAY);
                    }
                }
                for (Matcher w : windows(DAY_MONTH, s, monthAnchors)) {
                    while (w.find()) {
                        LocalDate d = DateResolver.safeDate(published.getYear(), month(w.group(2)), Integer.parseInt(w.group(1)));
                        add(found, from, w, d == null ? null : DateResolver.nearestYear(d, published), DAY);
                    }
                }
            }
            if (hasWeekday) {
                for (Matcher w : windows(WEEKDAY, s, dayAnchors)) {
                    while (w.find()) {
                        int tense = DateResolver.localTense(s, w.start(), w.end());
                        add(found, from, w, DateResolver.weekday(w.group(1) == null ? null : w.group(1).toLowerCase(Locale.ROOT),
                                DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT)), published, tense == 0 ? sentenceTense.future() : tense > 0,
                                tense == 0 ? sentenceTense.past() : tense < 0), DAY);
                    }
                }
            }
            if (hasRelative) {
                for (Matcher w : windows(RELATIVE, s, relativeAnchors)) {
                    while (w.find()) {
                        DateMention r = relative(w, from, published);
                        if (r != null && DateResolver.overlapsNone(found, r.start(), r.end())) {
                            found.add(r);
                        }
                    }
                }
            }
            if (hasMonth) {
                for (Matcher w : windows(MONTH_ALONE, s, monthAnchors)) {
                    while (w.find()) {
                        String modifier = w.group(1) == null ? "" : w.group(1).toLowerCase(Locale.ROOT);
                        if (w.group(2).equals("May") && modifier.isEmpty() || w.group(2).length() == 3 && modifier.isEmpty()) {
                            continue; // the modal verb; bare abbreviations
                        }
                        int tense = DateResolver.localTense(s, w.start(), w.end());
                        add(found, from, w, DateResolver.monthAlone(modifier, month(w.group(2)), published, tense == 0 ? sentenceTense.future() : tense > 0,
                                tense == 0 ? sentenceTense.past() : tense < 0), MONTH);
                    }
                }
            }
        }
        if (hasDigit) {
            // the pattern ends in a four-digit year, so only four-digit runs can anchor it
            List<int[]> yearAnchors = digitAnchors.stream().filter(a -> a[1] - a[0] == 4).toList();
            for (Matcher w : windows(YEAR_WITH_PREPOSITION, s, yearAnchors)) {
                while (w.find()) {
                    if (DateResolver.namesADocument(s, w.start(), w.start(1), w.end(1))) {
                        continue;
                    }
                    add(found, from, w, DateResolver.safeDate(Integer.parseInt(w.group(1)), 1, 1), YEAR);
                }
            }
            m = BARE_YEAR.matcher(digitAnchors.stream().anyMatch(a -> a[1] - a[0] == 4) ? s : "");
            while (m.find()) {
                if (DateResolver.attributiveYear(s, m.start(), m.end())) {
                    continue;
                }
                add(found, from, m, DateResolver.safeDate(Integer.parseInt(m.group(1)), 1, 1), YEAR);
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /**
     * Matchers over small windows around anchor words (a month name, "day", a digit run, a relative word): the
     * patterns start with alternations that are costly to try at every position of a sentence.
     */
    private static Iterable<Matcher> windows(Pattern p, String s, List<int[]> anchors) {
        // one matcher, moved from window to window: each window is read to the end before the next is asked for
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        return () -> new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < anchors.size();
            }

            @Override
            public Matcher next() {
                int[] a = anchors.get(next++);
                return m.region(Math.max(0, a[0] - 14), Math.min(s.length(), a[1] + 24));
            }
        };
    }

    private static void add(List<DateMention> found, int offset, Matcher m, LocalDate date, String precision) {
        if (date == null) {
            return;
        }
        int start = offset + m.start();
        int end = offset + m.end();
        if (DateResolver.overlapsNone(found, start, end)) {
            found.add(new DateMention(start, end, date, precision));
        }
    }

    private static int month(String name) {
        return MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static DateMention relative(Matcher m, int offset, LocalDate p) {
        LocalDate d;
        String precision = DAY;
        if (m.group("today") != null) {
            d = p;
        } else if (m.group("yesterday") != null) {
            d = p.minusDays(1);
        } else if (m.group("tomorrow") != null) {
            d = p.plusDays(1);
        } else if (m.group("lastweek") != null) {
            d = p.minusWeeks(1);
        } else if (m.group("nextweek") != null) {
            d = p.plusWeeks(1);
        } else if (m.group("thisweek") != null) {
            d = p;
        } else if (m.group("lastmonth") != null) {
            d = p.minusMonths(1).withDayOfMonth(1);
            precision = MONTH;
        } else if (m.group("nextmonth") != null) {
            d = p.plusMonths(1).withDayOfMonth(1);
            precision = MONTH;
        } else if (m.group("thismonth") != null) {
            d = p.withDayOfMonth(1);
            precision = MONTH;
        } else if (m.group("lastyear") != null) {
            d = LocalDate.of(p.getYear() - 1, 1, 1);
            precision = YEAR;
        } else if (m.group("nextyear") != null) {
            d = LocalDate.of(p.getYear() + 1, 1, 1);
            precision = YEAR;
        } else if (m.group("thisyear") != null) {
            d = LocalDate.of(p.getYear(), 1, 1);
            precision = YEAR;
        } else if (m.group("agoN") != null) {
            String n = m.group("agoN").toLowerCase(Locale.ROOT);
            int count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
            String unit = m.group("agoUnit").toLowerCase(Locale.ROOT);
            if (unit.startsWith("day")) {
                d = p.minusDays(count);
            } else if (unit.startsWith("week")) {
                d = p.minusWeeks(count);
            } else if (unit.startsWith("month")) {
                d = p.minusMonths(count).withDayOfMonth(1);
                precision = MONTH;
            } else {
                d = LocalDate.of(p.getYear() - count, 1, 1);
                precision = YEAR;
            }
        } else if (m.group("season") != null) {
            String[] words = m.group("season").toLowerCase(Locale.ROOT).split("\\s+");
            int startMonth = switch (words[1]) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "winter" -> 12;
                default -> 9;
            };
            int year = p.getYear();
            LocalDate thisOne = LocalDate.of(year, startMonth, 1);
            d = switch (words[0]) {
                case "last" -> !thisOne.isAfter(p.minusMonths(3)) ? thisOne : thisOne.minusYears(1);
                case "next" -> thisOne.isAfter(p) ? thisOne : thisOne.plusYears(1);
                default -> thisOne;
            };
            precision = MONTH;
        } else {
            return null;
        }
        return new DateMention(offset + m.start(), offset + m.end(), d, precision);
    }
}
