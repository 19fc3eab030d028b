package dev.newsmon.extract.text;

import static dev.newsmon.extract.text.Chars.isRegexSpace;
import static dev.newsmon.extract.text.Chars.lowerAscii;

/**
 * The date patterns {@link DateResolver} looks for, matched by hand over one sentence. Each {@code find}
 * method answers exactly as {@link java.util.regex.Matcher#find()} answered for the regex in its comment,
 * with the region the resolver set ({@link #region}) and transparent bounds: a match lies inside the
 * region, while word boundaries and the look-ahead see the whole sentence. The regexes, run over a small
 * window around every anchor word, were the largest part of the date finding (a sixth of the extractor's CPU);
 * they are kept in {@code RegexDateResolver} (test scope), which {@code DateResolverDifferentialTest}
 * compares this class against on the fixtures and on random sentences.
 *
 * <p>Why the hand-written matching can be short: every pattern starts at a word boundary before a letter
 * or digit; each repeated or optional part ({@code \s+}, {@code \d{1,2}}, {@code (?:st|nd|rd|th)?},
 * {@code \.?}, {@code (?:of\s+)?}) is followed by something its own characters cannot match, so giving
 * characters back never helps and taking all of them is what the regex ends up with; and of the month
 * alternatives that match at a position, only the longest can be followed by what the patterns ask
 * ({@code .}, {@code ,}, white space or a word boundary: after a shorter one comes a letter). Where giving
 * back does matter (an optional part of the day before a final {@code \b}; the relative phrases, whose
 * alternatives are tried in order until one is followed by a word boundary), the code tries the same
 * choices in the same order.
 *
 * <p>Character classes as in JDK 17 without UNICODE_CHARACTER_CLASS: {@code \d} is ASCII digits, {@code \s}
 * ASCII white space, {@code (?i)} folds ASCII letters only, and the {@code \b} word characters are letters,
 * digits and '_' by code point, plus non-spacing marks that follow a letter or digit.
 *
 * <p>One instance per sentence; the fields after a successful {@code find} describe the match.
 */
final class DateScanner {

    static final int MONTH_DAY_YEAR = 0;
    static final int DAY_MONTH_YEAR = 1;
    static final int MONTH_YEAR = 2;
    static final int MONTH_DAY = 3;
    static final int DAY_MONTH = 4;
    static final int MONTH_ALONE = 5;
    static final int WEEKDAY = 6;
    static final int YEAR_WITH_PREPOSITION = 7;
    static final int RELATIVE = 8;
    static final int ISO = 9;
    static final int BARE_YEAR = 10;

    /** Kinds of relative phrase, in the order the regex's named groups were tried. */
    static final int TODAY = 0;
    static final int YESTERDAY = 1;
    static final int TOMORROW = 2;
    static final int LAST_WEEK = 3;
    static final int NEXT_WEEK = 4;
    static final int THIS_WEEK = 5;
    static final int LAST_MONTH = 6;
    static final int NEXT_MONTH = 7;
    static final int THIS_MONTH = 8;
    static final int LAST_YEAR = 9;
    static final int NEXT_YEAR = 10;
    static final int THIS_YEAR = 11;
    static final int AGO = 12;
    static final int SEASON = 13;

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** (?i:last|next|this|early|late|mid|in|since|until|by|from|through|during|before|after) before a month. */
    private static final String[] MONTH_MODIFIERS = {"last", "next", "this", "early", "late", "mid", "in", "since", "until", "by",
        "from", "through", "during", "before", "after"};
    /** (?i:last|next|this|on|by|from|until|since|coming) before a weekday. */
    private static final String[] WEEKDAY_MODIFIERS = {"last", "next", "this", "on", "by", "from", "until", "since", "coming"};
    /** morning|afternoon|evening|night after a weekday (case as written). */
    private static final String[] PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"};
    /** (?i:in|by|since|...|beginning of) before a four-digit year. */
    private static final String[] YEAR_PREPOSITIONS = {"in", "by", "since", "until", "of", "from", "during", "before", "after",
        "through", "early", "late", "mid", "end of", "start of", "beginning of"};

    /** The relative phrases written out, in the order the regex tries its alternatives, with their kinds. */
    private static final String[] RELATIVE_PHRASES = {"today", "tonight", "this morning", "this afternoon", "this evening",
        "yesterday", "tomorrow", "last week", "next week", "this week", "earlier this week", "later this week", "last month",
        "next month", "this month", "earlier this month", "later this month", "last year", "next year",
        "earlier this year", "later this year", "this year"};
    private static final int[] RELATIVE_KINDS = {TODAY, TODAY, TODAY, TODAY, TODAY, YESTERDAY, TOMORROW, LAST_WEEK, NEXT_WEEK,
        THIS_WEEK, THIS_WEEK, THIS_WEEK, LAST_MONTH, NEXT_MONTH, THIS_MONTH, THIS_MONTH, THIS_MONTH, LAST_YEAR, NEXT_YEAR,
        THIS_YEAR, THIS_YEAR, THIS_YEAR};
    /** a|an|one|...|ten before "days ago"; the value of each. */
    private static final String[] NUMBER_WORDS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};
    private static final int[] NUMBER_VALUES = {1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    /** day|week|month|year, each with an optional "s", before "ago". */
    private static final String[] AGO_UNITS = {"day", "week", "month", "year"};
    private static final String[] SEASON_LEADS = {"last", "this", "next"};
    private static final String[] SEASONS = {"spring", "summer", "fall", "autumn", "winter"};

    /** Per pattern, the ASCII characters a match can start with (every other position is passed over at once). */
    private static final boolean[][] FIRST = new boolean[11][128];
    /** Indexes into RELATIVE_PHRASES and NUMBER_WORDS by first letter, in the regex's order. */
    private static final int[][] PHRASES_BY_LETTER = byFirstLetter(RELATIVE_PHRASES);
    private static final int[][] NUMBERS_BY_LETTER = byFirstLetter(NUMBER_WORDS);
    private static final int[] NO_WORDS = {};

    static {
        String months = "JFMASOND";
        String digits = "0123456789";
        allow(MONTH_DAY_YEAR, months);
        allow(MONTH_YEAR, months);
        allow(MONTH_DAY, months);
        allow(DAY_MONTH_YEAR, digits);
        allow(DAY_MONTH, digits);
        allow(ISO, digits);
        allow(BARE_YEAR, "12");
        allow(MONTH_ALONE, months + firstLetters(MONTH_MODIFIERS));
        allow(WEEKDAY, "MTWFS" + firstLetters(WEEKDAY_MODIFIERS));
        allow(YEAR_WITH_PREPOSITION, firstLetters(YEAR_PREPOSITIONS));
        allow(RELATIVE, digits + firstLetters(RELATIVE_PHRASES) + firstLetters(NUMBER_WORDS) + firstLetters(SEASON_LEADS));
    }

    private static void allow(int pattern, String chars) {
        for (char c : chars.toCharArray()) {
            FIRST[pattern][c] = true;
        }
    }

    /** The first letters of lower-case words, in both cases (the words are matched ignoring ASCII case). */
    private static String firstLetters(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(w.charAt(0)).append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }

    private static int[][] byFirstLetter(String[] words) {
        int[][] out = new int[26][];
        for (int letter = 0; letter < 26; letter++) {
            char c = (char) ('a' + letter);
            out[letter] = java.util.stream.IntStream.range(0, words.length).filter(k -> words[k].charAt(0) == c).toArray();
        }
        return out;
    }

    private final String s;
    private final int n;
    private int regionEnd;
    private int next;

    /** The last match: its bounds in the sentence. */
    int start;
    int end;
    /** Its parts, as far as the pattern has them: month 1-12, day of month, year, weekday 1-7 (Monday first). */
    int month;
    int day;
    int year;
    int weekday;
    /** Length of the month name as written ("Aug" 3, "Sept" 4, "August" 6). */
    int monthLength;
    /** The lower-case modifier before a month or weekday ("last", "in", ...), or null without one. */
    String modifier;
    /** The year's digits of a year with a preposition. */
    int yearStart;
    int yearEnd;
    /** A relative phrase: its kind, the count and unit index of "N units ago", the lead and season index of a season. */
    int relativeKind;
    int count;
    int unit;
    String seasonLead;
    int season;

    DateScanner(String sentence) {
        this.s = sentence;
        this.n = sentence.length();
    }

    /** Matches are looked for in {@code [from, to)} from the next {@link #find}, as after {@code Matcher.region(from, to)}. */
    DateScanner region(int from, int to) {
        next = from;
        regionEnd = to;
        return this;
    }

    /** The next match of {@code pattern} in the region, as {@code Matcher.find()} would return it. */
    boolean find(int pattern) {
        int to = regionEnd;
        for (int i = next; i < to; i++) {
            char c = s.charAt(i);
            // every pattern's first character is an ASCII letter or digit right after a word boundary
            if (c >= 128 || !FIRST[pattern][c] || wordBefore(i)) {
                continue;
            }
            int e = matchAt(pattern, i, to);
            if (e >= 0) {
                start = i;
                end = e;
                next = e;
                return true;
            }
        }
        next = to;
        return false;
    }

    /**
     * What {@link #find} gives when its scan reaches {@code i}: true, with the match's fields set and the scan moved past it,
     * if {@code pattern} matches starting at {@code i} (not before where the last match ended). For the ISO date and the
     * bare year, whose matches start a run of exactly four ASCII digits after a non-word character, the resolver tries only
     * the starts of such runs, in order, and so finds what a scan of the whole sentence finds.
     */
    boolean findAt(int pattern, int i) {
        if (i < next || i >= regionEnd) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= 128 || !FIRST[pattern][c] || wordBefore(i)) {
            return false;
        }
        int e = matchAt(pattern, i, regionEnd);
        if (e < 0) {
            return false;
        }
        start = i;
        end = e;
        next = e;
        return true;
    }

    private int matchAt(int pattern, int i, int to) {
        return switch (pattern) {
            case MONTH_DAY_YEAR -> monthDayYear(i, to);
            case DAY_MONTH_YEAR -> dayMonthYear(i, to);
            case MONTH_YEAR -> monthYear(i, to);
            case MONTH_DAY -> monthDay(i, to);
            case DAY_MONTH -> dayMonth(i, to);
            case MONTH_ALONE -> monthAlone(i, to);
            case WEEKDAY -> weekday(i, to);
            case YEAR_WITH_PREPOSITION -> yearWithPreposition(i, to);
            case RELATIVE -> relative(i, to);
            case ISO -> iso(i, to);
            case BARE_YEAR -> bareYear(i, to);
            default -> throw new IllegalArgumentException("pattern " + pattern);
        };
    }

    /** \b(MONTHS)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b */
    private int monthDayYear(int i, int to) {
        int p = monthThenDay(i, to);
        if (p < 0) {
            return -1;
        }
        p = optional(ordinalSuffix(p, to), to, ',');
        return year(p, to, false);
    }

    /** (MONTHS)\.?\s+(\d{1,2}), the start both month-first patterns share: sets {@code day}, returns the end of the digits or -1. */
    private int monthThenDay(int i, int to) {
        int p = monthName(i, to);
        if (p < 0) {
            return -1;
        }
        p = optional(p, to, '.');
        int q = spaces(p, to);
        if (q == p) {
            return -1;
        }
        p = digits(q, to, 2);
        if (p == q) {
            return -1;
        }
        day = number(q, p);
        return p;
    }

    /** \b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(MONTHS)\.?,?\s+(\d{4})\b */
    private int dayMonthYear(int i, int to) {
        int p = dayBeforeMonth(i, to);
        if (p < 0) {
            return -1;
        }
        p = monthName(p, to);
        if (p < 0) {
            return -1;
        }
        p = optional(optional(p, to, '.'), to, ',');
        return year(p, to, false);
    }

    /** \b(MONTHS)\.?,?\s+(?:of\s+)?(\d{4})\b */
    private int monthYear(int i, int to) {
        int p = monthName(i, to);
        if (p < 0) {
            return -1;
        }
        p = optional(optional(p, to, '.'), to, ',');
        return year(p, to, true);
    }

    /** \b(MONTHS)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:]) */
    private int monthDay(int i, int to) {
        int p = monthThenDay(i, to);
        if (p < 0) {
            return -1;
        }
        // without the suffix (or with one digit) the \b would fall between two word characters: no other way to match
        p = ordinalSuffix(p, to);
        if (!boundary(p) || p < n && (isDigit(s.charAt(p)) || s.charAt(p) == ':')) {
            return -1;
        }
        return p;
    }

    /** \b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(MONTHS)\b */
    private int dayMonth(int i, int to) {
        int p = dayBeforeMonth(i, to);
        if (p < 0) {
            return -1;
        }
        p = monthName(p, to);
        return p >= 0 && boundary(p) ? p : -1;
    }

    /** \b(?:((?i:last|next|this|early|late|mid|in|since|until|by|from|through|during|before|after))[\s-]+)?(MONTHS)\b */
    private int monthAlone(int i, int to) {
        int k = wordIgnoringCase(MONTH_MODIFIERS, i, to);
        if (k >= 0) {
            int p = i + MONTH_MODIFIERS[k].length();
            int q = spacesOrHyphens(p, to);
            if (q > p) {
                int e = monthName(q, to);
                if (e >= 0 && boundary(e)) {
                    modifier = MONTH_MODIFIERS[k];
                    monthLength = e - q;
                    return e;
                }
            }
        }
        int e = monthName(i, to);
        if (e >= 0 && boundary(e)) {
            modifier = null;
            monthLength = e - i;
            return e;
        }
        return -1;
    }

    /**
     * \b(?:((?i:last|next|this|on|by|from|until|since|coming))\s+)?(Monday|...|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b
     */
    private int weekday(int i, int to) {
        int k = wordIgnoringCase(WEEKDAY_MODIFIERS, i, to);
        if (k >= 0) {
            int p = i + WEEKDAY_MODIFIERS[k].length();
            int q = spaces(p, to);
            if (q > p) {
                int e = weekdayAndPartOfDay(q, to);
                if (e >= 0) {
                    modifier = WEEKDAY_MODIFIERS[k];
                    return e;
                }
            }
        }
        int e = weekdayAndPartOfDay(i, to);
        if (e >= 0) {
            modifier = null;
        }
        return e;
    }

    private int weekdayAndPartOfDay(int i, int to) {
        int p = -1;
        if (i >= to) {
            return -1;
        }
        char first = s.charAt(i);
        for (int k = 0; k < WEEKDAY_NAMES.length; k++) {
            // the first letter turns away most positions (any word after a modifier's first letter is tried here)
            if (WEEKDAY_NAMES[k].charAt(0) == first && word(WEEKDAY_NAMES[k], i, to)) {
                weekday = k + 1;
                p = i + WEEKDAY_NAMES[k].length();
                break;
            }
        }
        if (p < 0) {
            return -1;
        }
        int q = spaces(p, to);
        if (q > p) {
            for (String part : PARTS_OF_DAY) {
                if (word(part, q, to)) {
                    int e = q + part.length();
                    if (boundary(e)) {
                        return e;
                    }
                    break; // "Sunday mornings": then the day alone, if a boundary follows it
                }
            }
        }
        return boundary(p) ? p : -1;
    }

    /** \b(?i:in|by|since|until|of|from|during|before|after|through|early|late|mid|end of|start of|beginning of)[\s-]+(\d{4})\b */
    private int yearWithPreposition(int i, int to) {
        int k = wordIgnoringCase(YEAR_PREPOSITIONS, i, to);
        if (k < 0) {
            return -1;
        }
        int p = i + YEAR_PREPOSITIONS[k].length();
        int q = spacesOrHyphens(p, to);
        if (q == p) {
            return -1;
        }
        int e = digits(q, to, 4);
        if (e - q != 4 || !boundary(e)) {
            return -1;
        }
        yearStart = q;
        yearEnd = e;
        year = number(q, e);
        return e;
    }

    /** \b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b */
    private int iso(int i, int to) {
        int p = digits(i, to, 4);
        if (p - i != 4 || p >= to || s.charAt(p) != '-' && s.charAt(p) != '/') {
            return -1;
        }
        year = number(i, p);
        int q = digits(p + 1, to, 2);
        if (q == p + 1 || q >= to || s.charAt(q) != '-' && s.charAt(q) != '/') {
            return -1;
        }
        month = number(p + 1, q);
        int e = digits(q + 1, to, 2);
        if (e == q + 1 || !boundary(e)) {
            return -1;
        }
        day = number(q + 1, e);
        return e;
    }

    /** \b(19[4-9]\d|20[0-4]\d)\b */
    private int bareYear(int i, int to) {
        if (i + 4 > to || !isDigit(s.charAt(i + 3))) {
            return -1;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        char c = s.charAt(i + 2);
        boolean nineteen = a == '1' && b == '9' && c >= '4' && c <= '9';
        boolean twenty = a == '2' && b == '0' && c >= '0' && c <= '4';
        if (!(nineteen || twenty) || !boundary(i + 4)) {
            return -1;
        }
        year = number(i, i + 4);
        return i + 4;
    }

    /**
     * (?i)\b(?:today|tonight|this morning|...|(?:earlier |later )?this year
     * |(a|an|one|...|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago|(?:last|this|next)\s+(?:spring|summer|fall|autumn|winter))\b
     */
    private int relative(int i, int to) {
        char first = lowerAscii(s.charAt(i));
        boolean letter = first >= 'a' && first <= 'z';
        for (int k : letter ? PHRASES_BY_LETTER[first - 'a'] : NO_WORDS) {
            String phrase = RELATIVE_PHRASES[k];
            if (wordIgnoringCase(phrase, i, to) && boundary(i + phrase.length())) {
                relativeKind = RELATIVE_KINDS[k];
                return i + phrase.length();
            }
        }
        int e = ago(i, to);
        if (e >= 0) {
            relativeKind = AGO;
            return e;
        }
        for (String lead : SEASON_LEADS) {
            if (wordIgnoringCase(lead, i, to)) {
                int p = i + lead.length();
                int q = spaces(p, to);
                if (q > p) {
                    for (int k = 0; k < SEASONS.length; k++) {
                        if (wordIgnoringCase(SEASONS[k], q, to) && boundary(q + SEASONS[k].length())) {
                            relativeKind = SEASON;
                            seasonLead = lead;
                            season = k;
                            return q + SEASONS[k].length();
                        }
                    }
                }
                break; // the leads differ in their first letters: no other can match here
            }
        }
        return -1;
    }

    /** (a|an|one|...|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago\b, trying the numbers in the regex's order. */
    private int ago(int i, int to) {
        char first = lowerAscii(s.charAt(i));
        for (int k : first >= 'a' && first <= 'z' ? NUMBERS_BY_LETTER[first - 'a'] : NO_WORDS) {
            if (wordIgnoringCase(NUMBER_WORDS[k], i, to)) {
                int e = agoAfterNumber(i + NUMBER_WORDS[k].length(), to);
                if (e >= 0) {
                    count = NUMBER_VALUES[k];
                    return e;
                }
            }
        }
        int p = digits(i, to, 2);
        if (p > i) {
            int e = agoAfterNumber(p, to);
            if (e >= 0) {
                count = number(i, p);
                return e;
            }
        }
        return -1;
    }

    private int agoAfterNumber(int p, int to) {
        int q = spaces(p, to);
        if (q == p) {
            return -1;
        }
        for (int k = 0; k < AGO_UNITS.length; k++) {
            if (wordIgnoringCase(AGO_UNITS[k], q, to)) {
                int u = q + AGO_UNITS[k].length();
                if (u < to && lowerAscii(s.charAt(u)) == 's') {
                    u++;
                }
                int r = spaces(u, to);
                if (r == u || !wordIgnoringCase("ago", r, to) || !boundary(r + 3)) {
                    return -1;
                }
                unit = k;
                return r + 3;
            }
        }
        return -1;
    }

    /** (\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)? : the end, where the month must start; -1 if there is no such day. */
    private int dayBeforeMonth(int i, int to) {
        int p = digits(i, to, 2);
        if (p == i) {
            return -1;
        }
        day = number(i, p);
        p = ordinalSuffix(p, to);
        int q = spaces(p, to);
        if (q == p) {
            return -1;
        }
        if (q + 2 <= to && s.charAt(q) == 'o' && s.charAt(q + 1) == 'f') {
            int r = spaces(q + 2, to);
            if (r > q + 2) {
                return r; // without "of " the month would have to start at the 'o'
            }
        }
        return q;
    }

    /** ,?\s+(?:of\s+)?(\d{4})\b after a month or day; the end or -1. The "of" only where the pattern has it. */
    private int year(int p, int to, boolean ofAllowed) {
        int q = spaces(p, to);
        if (q == p) {
            return -1;
        }
        if (ofAllowed && q + 2 <= to && s.charAt(q) == 'o' && s.charAt(q + 1) == 'f') {
            int r = spaces(q + 2, to);
            if (r > q + 2) {
                q = r;
            }
        }
        int e = digits(q, to, 4);
        if (e - q != 4 || !boundary(e)) {
            return -1;
        }
        year = number(q, e);
        return e;
    }

    /**
     * The longest month name or abbreviation (case as written) at {@code i} that ends by {@code to}: its end, with
     * {@link #month} set; -1 if none.
     */
    private int monthName(int i, int to) {
        if (i + 3 > to) {
            return -1;
        }
        int m = monthOf(s.charAt(i), s.charAt(i + 1), s.charAt(i + 2));
        if (m == 0) {
            return -1;
        }
        month = m;
        String full = MONTH_NAMES[m - 1];
        if (i + full.length() <= to && s.startsWith(full, i)) {
            return i + full.length();
        }
        if (m == 9 && i + 4 <= to && s.charAt(i + 3) == 't') {
            return i + 4;
        }
        return i + 3;
    }

    /** The month whose three-letter abbreviation is {@code a b c} (case as written), 0 if none. */
    static int monthOf(char a, char b, char c) {
        return switch (a) {
            case 'J' -> b == 'a' && c == 'n' ? 1 : b == 'u' && c == 'n' ? 6 : b == 'u' && c == 'l' ? 7 : 0;
            case 'F' -> b == 'e' && c == 'b' ? 2 : 0;
            case 'M' -> b == 'a' && c == 'r' ? 3 : b == 'a' && c == 'y' ? 5 : 0;
            case 'A' -> b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : 0;
            case 'S' -> b == 'e' && c == 'p' ? 9 : 0;
            case 'O' -> b == 'c' && c == 't' ? 10 : 0;
            case 'N' -> b == 'o' && c == 'v' ? 11 : 0;
            case 'D' -> b == 'e' && c == 'c' ? 12 : 0;
            default -> 0;
        };
    }

    /** (?:st|nd|rd|th)? */
    private int ordinalSuffix(int p, int to) {
        if (p + 2 <= to) {
            char a = s.charAt(p);
            char b = s.charAt(p + 1);
            if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
                return p + 2;
            }
        }
        return p;
    }

    private int optional(int p, int to, char c) {
        return p < to && s.charAt(p) == c ? p + 1 : p;
    }

    private int spaces(int p, int to) {
        while (p < to && isRegexSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private int spacesOrHyphens(int p, int to) {
        while (p < to && (isRegexSpace(s.charAt(p)) || s.charAt(p) == '-')) {
            p++;
        }
        return p;
    }

    /** The end of up to {@code max} ASCII digits from {@code p}. */
    private int digits(int p, int to, int max) {
        int limit = Math.min(to, p + max);
        while (p < limit && isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private int number(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code word} as written at {@code i}, ending by {@code to}. */
    private boolean word(String word, int i, int to) {
        return i + word.length() <= to && s.startsWith(word, i);
    }

    /** A lower-case {@code word} at {@code i}, ending by {@code to}, ASCII letters folded as {@code (?i)} does. */
    private boolean wordIgnoringCase(String word, int i, int to) {
        int len = word.length();
        if (i + len > to) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = s.charAt(i + k);
            char w = word.charAt(k);
            if (c != w && lowerAscii(c) != w) {
                return false;
            }
        }
        return true;
    }

    /** The first of {@code words} (lower case, none a prefix of another) at {@code i}, ignoring ASCII case; -1 if none. */
    private int wordIgnoringCase(String[] words, int i, int to) {
        char first = lowerAscii(s.charAt(i));
        for (int k = 0; k < words.length; k++) {
            if (words[k].charAt(0) == first && wordIgnoringCase(words[k], i, to)) {
                return k;
            }
        }
        return -1;
    }

    /** The regex {@code \b} at {@code i}, seeing the whole sentence (transparent bounds). */
    private boolean boundary(int i) {
        return wordBefore(i) != wordAt(i);
    }

    private boolean wordBefore(int i) {
        if (i <= 0) {
            return false;
        }
        char c = s.charAt(i - 1);
        if (c < 128) {
            return Chars.isAsciiWordChar(c);
        }
        int cp = Character.codePointBefore(s, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBaseCharacter(i - 1);
    }

    private boolean wordAt(int i) {
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        if (c < 128) {
            return Chars.isAsciiWordChar(c);
        }
        int cp = Character.codePointAt(s, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBaseCharacter(i);
    }

    private static boolean isWord(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /** As the regex engine decides whether a non-spacing mark belongs to a word: a letter or digit before it, marks between. */
    private boolean hasBaseCharacter(int i) {
        for (int x = i; x >= 0; x--) {
            int cp = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
