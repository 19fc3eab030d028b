package dev.newsmon.extract.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds date expressions in a sentence and resolves them against the article's publication day:
 * absolute dates ("July 7, 2017", "7 July 2017", "2017-07-07"), partial ones ("on August 2",
 * "February 2021", "in 2021", "last July"), weekdays ("Sunday", "last Friday") and relative phrases
 * ("yesterday", "last year", "earlier this year", "two years ago").
 *
 * <p>A weekday or a month without a year is placed by the sentence's tense: a future marker ("will",
 * "is to", "expected") puts it on or after the publication day, a past marker on or before, and
 * without either the nearer occurrence wins. A month-day without a year is taken in the publication
 * year unless that is more than six months away, then in the adjacent year.
 *
 * <p>The patterns are matched by {@link DateScanner}, by hand, in windows around the words that can anchor
 * a date; it replaced the regexes this class first used (kept as {@code RegexDateResolver} in the tests,
 * which check both find the same dates at the same offsets).
 */
public final class DateResolver {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String YEAR = "year";

    /** A date expression: absolute offsets of the words, the resolved day (first day of the month or year) and its precision. */
    public record DateMention(int start, int end, LocalDate date, String precision) {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    private static final WordSet FULL_MONTH_NAMES = WordSet.of(List.of(MONTHS));
    private static final WordSet MONTH_NAMES = WordSet.of(java.util.stream.Stream.concat(java.util.Arrays.stream(MONTHS),
            java.util.stream.Stream.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")).toList());
    private static final WordSet WEEKDAYS = WordSet.of(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"));
    private static final WordSet RELATIVE_WORDS = WordSet.ignoringCase(List.of("today", "tonight", "morning", "afternoon", "evening",
            "yesterday", "tomorrow", "week", "month", "year", "ago", "spring", "summer", "fall", "autumn", "winter"));

    /** Kinds of anchor. */
    private static final int NONE = 0;
    private static final int DIGITS = 1;
    private static final int MONTH_NAME = 2;
    private static final int WEEKDAY = 3;
    private static final int RELATIVE_WORD = 4;
    private static final int YEAR_RUN = 5;

    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    /** The relative words by length. */
    private static final String[][] RELATIVE_BY_LENGTH = new String[10][];

    static {
        for (int length = 0; length < RELATIVE_BY_LENGTH.length; length++) {
            int l = length;
            RELATIVE_BY_LENGTH[length] = java.util.stream.Stream.of("today", "tonight", "morning", "afternoon", "evening", "yesterday",
                    "tomorrow", "week", "month", "year", "ago", "spring", "summer", "fall", "autumn", "winter")
                    .filter(w -> w.length() == l).toArray(String[]::new);
        }
    }

    private DateResolver() {
    }

    /**
     * One pass over the words finds what could anchor a date. The answer: [0] the used length, [1] a bit per kind of
     * anchor found (and {@link #YEAR_RUN} for a run of four digits), then three ints per anchor in text order: kind,
     * start, end. Its own method, short, so that the JIT compiles this loop over every character well.
     */
    private static int[] anchors(String s) {
        return anchorsOf(s);
    }

    /**
     * What can anchor a date in {@code s} (see the format above); for {@code SentenceLayout}'s test, which checks the
     * anchors it records in its own pass are these.
     */
    public static int[] anchorsOf(String s) {
        int n = s.length();
        int[] anchors = new int[14];
        int size = 2;
        int flags = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            int e = i + 1;
            int kind;
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                while (e < n && isDigit(s.charAt(e))) {
                    e++;
                }
                kind = DIGITS;
                flags |= e - i == 4 ? 1 << YEAR_RUN : 0;
            } else if (Chars.isLetter(c)) {
                boolean ascii = c < 128;
                for (char d; e < n && Chars.isLetter(d = s.charAt(e)); e++) {
                    ascii &= d < 128;
                }
                kind = ascii ? asciiWordAnchor(s, i, e) : wordAnchor(s, i, e);
            } else {
                i++;
                continue;
            }
            if (kind != NONE) {
                if (size + 3 > anchors.length) {
                    anchors = java.util.Arrays.copyOf(anchors, anchors.length * 2);
                }
                anchors[size++] = kind;
                anchors[size++] = i;
                anchors[size++] = e;
                flags |= 1 << kind;
            }
            i = e;
        }
        anchors[0] = size;
        anchors[1] = flags;
        return anchors;
    }

    /** The anchor kind of a run of letters {@code s[start, end)} (0 when it is none); {@code ascii}: all its letters are ASCII. */
    public static int letterRunAnchor(String s, int start, int end, boolean ascii) {
        return ascii ? asciiWordAnchor(s, start, end) : wordAnchor(s, start, end);
    }

    /** The longest word {@link #asciiWordAnchor} can take ("September", "Wednesday", "yesterday", "afternoon"). */
    private static final int LONGEST_ANCHOR_WORD = 9;
    /**
     * Per length and ASCII first letter, whether a run of ASCII letters of that shape can be an anchor: a month's full
     * name, its three-letter abbreviation or "Sept", a weekday (capitalised as written), a relative word (any case).
     */
    /** Per length and ASCII first letter, a bit per second letter (ASCII-folded, 'a' bit 0) that the words of that shape have. */
    private static final int[][] ANCHOR_SHAPES = new int[LONGEST_ANCHOR_WORD + 1][128];

    static {
        for (String month : MONTHS) {
            markShape(month.substring(0, 3), false);
            markShape(month, false);
        }
        markShape("Sept", false);
        for (String day : WEEKDAY_NAMES) {
            markShape(day, false);
        }
        for (String[] words : RELATIVE_BY_LENGTH) {
            for (String word : words) {
                markShape(word, true);
            }
        }
    }

    private static void markShape(String word, boolean anyCase) {
        int secondLetter = 1 << Chars.lowerAscii(word.charAt(1)) - 'a';
        ANCHOR_SHAPES[word.length()][word.charAt(0)] |= secondLetter;
        if (anyCase) {
            ANCHOR_SHAPES[word.length()][Character.toUpperCase(word.charAt(0))] |= secondLetter;
        }
    }

    /**
     * False when no run of ASCII letters {@code length} long starting with {@code first} and {@code second} can anchor a
     * date, so that {@link #letterRunAnchor} need not be asked: most words of a sentence are turned away by their length
     * and first two letters (whose case, for a month or weekday, this does not check: it errs towards true).
     */
    public static boolean mayAnchorAsciiRun(char first, char second, int length) {
        if (length > LONGEST_ANCHOR_WORD || length < 2 || first >= 128 || !Chars.isAsciiLetter(second)) {
            return false;
        }
        return (ANCHOR_SHAPES[length][first] >>> Chars.lowerAscii(second) - 'a' & 1) != 0;
    }

    /** The anchor kind of a run of digits, and the flag bit of a run of exactly four. */
    public static final int DIGIT_RUN_ANCHOR = DIGITS;
    public static final int FOUR_DIGIT_FLAG = 1 << YEAR_RUN;

    /** A run of letters as an anchor: a month name, a weekday (both capitalised as written), a relative word (any case). */
    private static int wordAnchor(String s, int start, int end) {
        char c = s.charAt(start);
        if (Character.isUpperCase(c) && MONTH_NAMES.contains(s, start, end)) {
            return MONTH_NAME;
        }
        if (Character.isUpperCase(c) && WEEKDAYS.contains(s, start, end)) {
            return WEEKDAY;
        }
        return RELATIVE_WORDS.contains(s, start, end) ? RELATIVE_WORD : NONE;
    }

    /** Whether {@code s[start, end)} is a month's full name, capitalised as written ("May", not "may" or "Sept"). */
    public static boolean isFullMonthName(CharSequence s, int start, int end) {
        return FULL_MONTH_NAMES.contains(s, start, end);
    }

    /** Whether {@code s[start, end)} is a weekday's name, capitalised as written. */
    public static boolean isWeekdayName(CharSequence s, int start, int end) {
        return WEEKDAYS.contains(s, start, end);
    }

    /** {@link #wordAnchor} for a run of ASCII letters, without hashing: compared by first letters and length. */
    private static int asciiWordAnchor(String s, int start, int end) {
        int length = end - start;
        char c = s.charAt(start);
        if (c >= 'A' && c <= 'Z') {
            if (length >= 3) {
                int month = DateScanner.monthOf(c, s.charAt(start + 1), s.charAt(start + 2));
                if (month != 0) {
                    String full = MONTHS[month - 1];
                    if (length == 3 || length == full.length() && s.startsWith(full, start)
                            || month == 9 && length == 4 && s.charAt(start + 3) == 't') {
                        return MONTH_NAME;
                    }
                }
            }
            for (String day : WEEKDAY_NAMES) {
                if (day.length() == length && s.startsWith(day, start)) {
                    return WEEKDAY;
                }
            }
        }
        if (length < RELATIVE_BY_LENGTH.length) {
            char first = Chars.lowerAscii(c);
            for (String word : RELATIVE_BY_LENGTH[length]) {
                // the first letter turns nearly every word away before the (costly) case-insensitive comparison
                if (word.charAt(0) == first && sameLetters(s, start, word)) {
                    return RELATIVE_WORD;
                }
            }
        }
        return NONE;
    }

    /**
     * {@code s.regionMatches(true, start, word, 0, word.length())} for a run of ASCII letters and a lower-case word: folding
     * ASCII letters is all that comparison does to them, and it was most of the anchor pass.
     */
    private static boolean sameLetters(String s, int start, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Chars.lowerAscii(s.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A digit as {@link Character#isDigit(char)} has it, ASCII first. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** The date expressions in {@code text[from, to)}, resolved against {@code published}; sorted by position, no overlaps. */
    public static List<DateMention> find(String text, int from, int to, LocalDate published) {
        return find(text, from, to, published, anchors(text.substring(from, to)));
    }

    /**
     * {@link #find(String, int, int, LocalDate)} with the sentence's anchors already found, as {@link #anchorsOf} finds them
     * (offsets from {@code from}): the clause layout reads the same runs of letters and digits in its own pass and records
     * them, so the sentence is not walked twice.
     */
    public static List<DateMention> find(String text, int from, int to, LocalDate published, int[] anchors) {
        int size = anchors[0];
        int flags = anchors[1];
        if (flags == 0) {
            return List.of(); // most sentences carry no date
        }
        String s = text.substring(from, to);
        int n = s.length();
        boolean hasDigit = (flags & 1 << DIGITS) != 0;
        boolean hasMonth = (flags & 1 << MONTH_NAME) != 0;
        boolean hasWeekday = (flags & 1 << WEEKDAY) != 0;
        boolean hasRelative = (flags & 1 << RELATIVE_WORD) != 0;
        boolean hasYearRun = (flags & 1 << YEAR_RUN) != 0;
        SentenceTense sentenceTense = new SentenceTense(s);
        List<DateMention> found = new ArrayList<>();
        DateScanner m = new DateScanner(s);
        if (hasYearRun) {
            // a match starts a run of exactly four digits (see DateScanner.findAt): only those are tried
            m.region(0, n);
            for (int k = 2; k < size; k += 3) {
                if (isFourDigitRun(anchors, k) && m.findAt(DateScanner.ISO, anchors[k + 1])) {
                    add(found, from, m, safeDate(m.year, m.month, m.day), DAY);
                }
            }
        }
        if (hasDigit && hasMonth) {
            // one pattern over every month window before the next pattern: the order the matches are added in decides overlaps
            for (int pattern : new int[] {DateScanner.MONTH_DAY_YEAR, DateScanner.DAY_MONTH_YEAR, DateScanner.MONTH_YEAR}) {
                boolean monthOnly = pattern == DateScanner.MONTH_YEAR;
                for (int k = 2; k < size; k += 3) {
                    if (anchors[k] != MONTH_NAME) {
                        continue;
                    }
                    window(m, anchors, k, n);
                    while (m.find(pattern)) {
                        add(found, from, m, safeDate(m.year, m.month, monthOnly ? 1 : m.day), monthOnly ? MONTH : DAY);
                    }
                }
            }
        }
        if (published != null) {
            if (hasDigit && hasMonth) {
                for (int pattern : new int[] {DateScanner.MONTH_DAY, DateScanner.DAY_MONTH}) {
                    for (int k = 2; k < size; k += 3) {
                        if (anchors[k] != MONTH_NAME) {
                            continue;
                        }
                        window(m, anchors, k, n);
                        while (m.find(pattern)) {
                            LocalDate d = safeDate(published.getYear(), m.month, m.day);
                            add(found, from, m, d == null ? null : nearestYear(d, published), DAY);
                        }
                    }
                }
            }
            if (hasWeekday) {
                for (int k = 2; k < size; k += 3) {
                    if (anchors[k] != WEEKDAY) {
                        continue;
                    }
                    window(m, anchors, k, n);
                    while (m.find(DateScanner.WEEKDAY)) {
                        DayOfWeek day = DayOfWeek.of(m.weekday);
                        boolean future = false;
                        boolean past = false;
                        if (weekdayDependsOnTense(m.modifier, day, published)) {
                            int tense = localTense(s, m.start, m.end);
                            future = tense == 0 ? sentenceTense.future() : tense > 0;
                            past = tense == 0 ? sentenceTense.past() : tense < 0;
                        }
                        add(found, from, m, weekday(m.modifier, day, published, future, past), DAY);
                    }
                }
            }
            if (hasRelative) {
                for (int k = 2; k < size; k += 3) {
                    if (anchors[k] != RELATIVE_WORD) {
                        continue;
                    }
                    window(m, anchors, k, n);
                    while (m.find(DateScanner.RELATIVE)) {
                        DateMention r = relative(m, from, published);
                        if (overlapsNone(found, r.start(), r.end())) {
                            found.add(r);
                        }
                    }
                }
            }
            if (hasMonth) {
                for (int k = 2; k < size; k += 3) {
                    if (anchors[k] != MONTH_NAME) {
                        continue;
                    }
                    window(m, anchors, k, n);
                    while (m.find(DateScanner.MONTH_ALONE)) {
                        String modifier = m.modifier == null ? "" : m.modifier;
                        if (m.monthLength == 3 && modifier.isEmpty()) {
                            continue; // the modal verb "May"; bare abbreviations
                        }
                        boolean future = false;
                        boolean past = false;
                        if (monthDependsOnTense(modifier, m.month, published)) {
                            int tense = localTense(s, m.start, m.end);
                            future = tense == 0 ? sentenceTense.future() : tense > 0;
                            past = tense == 0 ? sentenceTense.past() : tense < 0;
                        }
                        add(found, from, m, monthAlone(modifier, m.month, published, future, past), MONTH);
                    }
                }
            }
        }
        if (hasDigit) {
            // the pattern ends in a four-digit year, so only four-digit runs can anchor it
            for (int k = 2; k < size; k += 3) {
                if (anchors[k] != DIGITS || anchors[k + 2] - anchors[k + 1] != 4) {
                    continue;
                }
                window(m, anchors, k, n);
                while (m.find(DateScanner.YEAR_WITH_PREPOSITION)) {
                    if (namesADocument(s, m.start, m.yearStart, m.yearEnd)) {
                        continue;
                    }
                    add(found, from, m, safeDate(m.year, 1, 1), YEAR);
                }
            }
            if (hasYearRun) {
                m.region(0, n);
                for (int k = 2; k < size; k += 3) {
                    if (isFourDigitRun(anchors, k) && m.findAt(DateScanner.BARE_YEAR, anchors[k + 1])
                            && !attributiveYear(s, m.start, m.end)) {
                        add(found, from, m, safeDate(m.year, 1, 1), YEAR);
                    }
                }
            }
        }
        if (found.size() > 1) {
            found.sort(BY_START); // most sentences with a date have one
        }
        return found;
    }

    private static boolean isFourDigitRun(int[] anchors, int k) {
        return anchors[k] == DIGITS && anchors[k + 2] - anchors[k + 1] == 4;
    }

    private static final Comparator<DateMention> BY_START = Comparator.comparingInt(DateMention::start);

    /** The whole sentence's tense markers, looked for only when a date's own words have none (most dates never ask). */
    static final class SentenceTense {
        private final String sentence;
        /** {@link Tense#markers} of the whole sentence, -1 until asked: the rules that ask one flag always ask the other. */
        private int markers = -1;

        SentenceTense(String sentence) {
            this.sentence = sentence;
        }

        private int markers() {
            if (markers < 0) {
                markers = Tense.markers(sentence, 0, sentence.length(), false);
            }
            return markers;
        }

        boolean future() {
            return (markers() & Tense.FUTURE_MARKER) != 0;
        }

        boolean past() {
            return (markers() & Tense.PAST_MARKER) != 0;
        }
    }

    /**
     * The tense of the words leading to a date, from the previous comma: "It is to begin Sunday, Tillerson said" is future
     * although "said" is past; "Trump said on Tuesday that the US will ..." is past. 1 future, -1 past, 0 unknown.
     */
    static int localTense(String s, int start, int end) {
        int from = Math.max(s.lastIndexOf(',', start - 1), s.lastIndexOf(';', start - 1)) + 1;
        int markers = Tense.markers(s, from, end, true);
        if ((markers & Tense.FUTURE_MARKER) != 0) {
            return 1;
        }
        return (markers & Tense.PAST_MARKER) != 0 ? -1 : 0;
    }

    /**
     * The nouns of a document's name, matched as the regex {@code (?i)(?:treaty|treaties|agreement|accords?|act|convention|pact|
     * deal|law|protocol|memorandum|charter|declaration|resolution)} matched a whole word: ASCII letters folded, nothing else.
     * Compared in place: the regex and the copies it was run on showed in the profile for every bare year.
     */
    private static final String[] DOCUMENT_NOUNS = {"treaty", "treaties", "agreement", "accord", "accords", "act", "convention", "pact",
        "deal", "law", "protocol", "memorandum", "charter", "declaration", "resolution"};

    /** Whether {@code s[start, end)} is one of {@link #DOCUMENT_NOUNS}, ASCII letters compared ignoring case. */
    static boolean isDocumentNoun(String s, int start, int end) {
        for (String noun : DOCUMENT_NOUNS) {
            if (noun.length() == end - start && Chars.asciiFoldedAt(s, start, noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Intermediate-Range Nuclear Forces Treaty of 1987", "the Act of 2017", "the 1987 treaty": the year is
     * part of a name and says nothing about when the sentence's event happens.
     */
    static boolean namesADocument(String s, int matchStart, int yearStart, int yearEnd) {
        // the text before the year, stripped, is "of" in any case (no other character lower-cases to an ASCII 'o' or 'f')
        int leadStart = matchStart;
        int leadEnd = yearStart;
        while (leadStart < leadEnd && Character.isWhitespace(s.charAt(leadStart))) {
            leadStart++;
        }
        while (leadEnd > leadStart && Character.isWhitespace(s.charAt(leadEnd - 1))) {
            leadEnd--;
        }
        if (leadEnd - leadStart == 2 && Chars.asciiFoldedAt(s, leadStart, "of")) {
            int wordEnd = matchStart;
            while (wordEnd > 0 && s.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            // A capitalised word mid-sentence before "of" is a name ("Treaty of 1987"); at the start it is just a capital.
            if (wordStart < wordEnd && ((wordStart > 0 && Character.isUpperCase(s.charAt(wordStart)))
                    || isDocumentNoun(s, wordStart, wordEnd))) {
                return true;
            }
        }
        return followedByDocumentNoun(s, yearEnd);
    }

    private static boolean followedByDocumentNoun(String s, int yearEnd) {
        int wordStart = yearEnd;
        while (wordStart < s.length() && s.charAt(wordStart) == ' ') {
            wordStart++;
        }
        int wordEnd = wordStart;
        while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordStart > yearEnd && wordEnd > wordStart && isDocumentNoun(s, wordStart, wordEnd);
    }

    /** "the 1987 Intermediate-Range Nuclear Forces Treaty", "2016-era": a year that names a thing, not when something happens. */
    static boolean attributiveYear(String s, int start, int end) {
        // "of " and "the " before the year, in any case: no character outside ASCII lower-cases to one of their letters
        if (Chars.asciiFoldedAt(s, start - 3, "of ") && namesADocument(s, start - 3, start, end)) {
            return true;
        }
        if (followedByDocumentNoun(s, end)) {
            return true;
        }
        if (end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '%')) {
            return true;
        }
        // "the 2016 presidential election", "the 2018 Helsinki summit": after "the", a year followed by a word names
        // the thing; "in 2016" or "the year 2016" would be a date
        if (Chars.asciiFoldedAt(s, start - 4, "the ") && end + 1 < s.length() && s.charAt(end) == ' ' && Character.isLetter(s.charAt(end + 1))) {
            return true;
        }
        return start > 0 && (s.charAt(start - 1) == '$' || s.charAt(start - 1) == '#');
    }

    /**
     * The window around an anchor word (a month name, a weekday, a digit run, a relative word) where its patterns are
     * looked for: 14 characters before it, 24 after. The windows were there to keep the regexes from trying their
     * alternations at every position of a sentence; the scanner keeps them so that it finds exactly what they found.
     */
    private static void window(DateScanner m, int[] anchors, int k, int length) {
        m.region(Math.max(0, anchors[k + 1] - 14), Math.min(length, anchors[k + 2] + 24));
    }

    private static void add(List<DateMention> found, int offset, DateScanner m, LocalDate date, String precision) {
        if (date == null) {
            return;
        }
        int start = offset + m.start;
        int end = offset + m.end;
        if (overlapsNone(found, start, end)) {
            found.add(new DateMention(start, end, date, precision));
        }
    }

    static boolean overlapsNone(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return false;
            }
        }
        return true;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static LocalDate nearestYear(LocalDate candidate, LocalDate published) {
        long days = ChronoUnit.DAYS.between(published, candidate);
        if (days > 183) {
            return candidate.minusYears(1);
        }
        if (days < -183) {
            return candidate.plusYears(1);
        }
        return candidate;
    }

    /**
     * Whether {@link #weekday} reads its tense flags: not after a modifier that places the day itself ("last", "next", ...),
     * nor for the publication day's own weekday, which every rule places on the publication day. The tense walks are most
     * of a weekday's cost, so they are made only when they can change the day.
     */
    static boolean weekdayDependsOnTense(String modifier, DayOfWeek day, LocalDate published) {
        if (modifier != null) {
            switch (modifier) {
                case "last", "next", "coming", "since", "by", "until" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return day != published.getDayOfWeek();
    }

    /** Whether {@link #monthAlone} reads its tense flags: only without a modifier that places the month, and for another month. */
    static boolean monthDependsOnTense(String modifier, int month, LocalDate published) {
        switch (modifier) {
            case "last", "since", "next", "until", "this" -> {
                return false;
            }
            default -> {
                return month != published.getMonthValue();
            }
        }
    }

    /** {@code modifier} in lower case or null. */
    static LocalDate weekday(String modifier, DayOfWeek day, LocalDate published, boolean future, boolean past) {
        String mod = modifier == null ? "" : modifier;
        // days back to the previous-or-same and ahead to the next-or-same such weekday, as TemporalAdjusters counts them
        // (DateResolverTest compares every case with the adjusters); only the day the rule picks is built
        int published7 = published.getDayOfWeek().getValue();
        int back = Math.floorMod(published7 - day.getValue(), 7);
        int ahead = Math.floorMod(day.getValue() - published7, 7);
        switch (mod) {
            case "last":
                return published.minusDays(back == 0 ? 7 : back);
            case "next":
            case "coming":
                return published.plusDays(ahead == 0 ? 7 : ahead);
            case "since":
                return published.minusDays(back);
            case "by":
            case "until":
                return published.plusDays(ahead);
            default:
                if (future) {
                    return published.plusDays(ahead);
                }
                if (past) {
                    return published.minusDays(back);
                }
                return ahead < back ? published.plusDays(ahead) : published.minusDays(back);
        }
    }

    static LocalDate monthAlone(String modifier, int month, LocalDate published, boolean future, boolean past) {
        int year = published.getYear();
        int current = published.getMonthValue();
        switch (modifier) {
            case "last":
            case "since":
                return LocalDate.of(month < current ? year : year - 1, month, 1);
            case "next":
            case "until":
                return LocalDate.of(month > current ? year : year + 1, month, 1);
            case "this":
                return LocalDate.of(year, month, 1);
            default:
                if (month == current) {
                    return LocalDate.of(year, month, 1);
                }
                if (future && !past) {
                    return LocalDate.of(month > current ? year : year + 1, month, 1);
                }
                if (past && !future) {
                    return LocalDate.of(month < current ? year : year - 1, month, 1);
                }
                return nearestYear(LocalDate.of(year, month, 1), published);
        }
    }

    private static DateMention relative(DateScanner m, int offset, LocalDate p) {
        LocalDate d;
        String precision = DAY;
        switch (m.relativeKind) {
            case DateScanner.TODAY, DateScanner.THIS_WEEK -> d = p;
            case DateScanner.YESTERDAY -> d = p.minusDays(1);
            case DateScanner.TOMORROW -> d = p.plusDays(1);
            case DateScanner.LAST_WEEK -> d = p.minusWeeks(1);
            case DateScanner.NEXT_WEEK -> d = p.plusWeeks(1);
            case DateScanner.LAST_MONTH -> {
                d = p.minusMonths(1).withDayOfMonth(1);
                precision = MONTH;
            }
            case DateScanner.NEXT_MONTH -> {
                d = p.plusMonths(1).withDayOfMonth(1);
                precision = MONTH;
            }
            case DateScanner.THIS_MONTH -> {
                d = p.withDayOfMonth(1);
                precision = MONTH;
            }
            case DateScanner.LAST_YEAR -> {
                d = LocalDate.of(p.getYear() - 1, 1, 1);
                precision = YEAR;
            }
            case DateScanner.NEXT_YEAR -> {
                d = LocalDate.of(p.getYear() + 1, 1, 1);
                precision = YEAR;
            }
            case DateScanner.THIS_YEAR -> {
                d = LocalDate.of(p.getYear(), 1, 1);
                precision = YEAR;
            }
            case DateScanner.AGO -> {
                int count = m.count;
                switch (m.unit) {
                    case 0 -> d = p.minusDays(count);
                    case 1 -> d = p.minusWeeks(count);
                    case 2 -> {
                        d = p.minusMonths(count).withDayOfMonth(1);
                        precision = MONTH;
                    }
                    default -> {
                        d = LocalDate.of(p.getYear() - count, 1, 1);
                        precision = YEAR;
                    }
                }
            }
            default -> { // a season: spring, summer, fall or autumn, winter after last, this or next
                int startMonth = switch (m.season) {
                    case 0 -> 3;
                    case 1 -> 6;
                    case 4 -> 12;
                    default -> 9;
                };
                LocalDate thisOne = LocalDate.of(p.getYear(), startMonth, 1);
                d = switch (m.seasonLead) {
                    case "last" -> !thisOne.isAfter(p.minusMonths(3)) ? thisOne : thisOne.minusYears(1);
                    case "next" -> thisOne.isAfter(p) ? thisOne : thisOne.plusYears(1);
                    default -> thisOne;
                };
                precision = MONTH;
            }
        }
        return new DateMention(offset + m.start, offset + m.end, d, precision);
    }
}
