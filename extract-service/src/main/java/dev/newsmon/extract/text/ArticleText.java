package dev.newsmon.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an article's plain text into sentences worth reading, without ever changing the text: every
 * sentence keeps offsets into the original, so evidence points at the exact characters.
 *
 * <p>Scraped pages carry noise around the story: bylines, photo credits and captions, "Show comments",
 * "5 mins read", copyright lines, bare URLs, datelines such as "WASHINGTON (AP) —". Noise lines are
 * dropped; captions and headings are kept for tagging only; a dateline is skipped at the start of its
 * paragraph. A sentence broken over a blank line by the scraper (a line without final punctuation
 * followed by one starting in lower case) is joined again. Text beyond {@code maxChars} is not read
 * (cut at the last paragraph break before the limit) and the result says so.
 */
public final class ArticleText {

    /** Compiled once: String.split/replaceAll/matches would compile their pattern on every call. */
    private static final Pattern PUBLISHED_WITH_DATE = Pattern.compile(".*\\bpublished:\\s*\\d.*");

    /**
     * The alternatives of {@link #NOISE}, each with the first characters a line it matches can start with (ASCII letters in
     * either case; "/" stands for the one that can start with several characters but needs a "/" somewhere).
     */
    private static final String[][] NOISE_ALTERNATIVES = {
            {"^(show|hide|view|load|read|see) (all )?comments.*", "shvlr"},
            {"^posted in:.*", "p"},
            {"^related( article| articles| stories| story| content| coverage)?\\s*:.*", "r"},
            // a link to another story: "Read more: ...", "See also: ..."
            {"^(read more|read also|also read|see also)\\s*:.*", "rsa"},
            {"^(copyright|\u00a9).*", "c\u00a9"},
            {"^(story stream|recent articles|article search|connected content|regions (&|and) countries|most read|trending|more from .*)$", "srcamt"},
            {"^original url:?\\s*$", "o"},
            {"^\\d+\\s*(min|mins|minute|minutes)( read)?$", "0123456789"},
            {"^<?https?://\\S+>?$", "<h"},
            {"^by\\s+\\S+(\\s+\\S+){0,10}$", "b"},
            {"^follow (him|her|them|us|me) on.*", "f"},
            {"^(share|tweet|email|print|save)( this)?( article| story)?$", "step"},
            {"^advertisement$", "a"},
            {"^(sign up|subscribe)\\b.*", "s"},
            {"^(photo|image|illustration|video|graphic)( credit)?\\s*:.*", "pivg"},
            {"^\\(?[A-Za-z .'/-]*/(afp|ap|getty images|reuters|epa|tass|sputnik)[^)]*\\)?$", "/"},
            {"^(updated|last updated)\\b.*\\d.*", "ul"},
            {"^[a-z]{3,9}\\.? \\d{1,2},? \\d{4}(\\s*[|,-].*)?$", "abcdefghijklmnopqrstuvwxyz"},
            {"^\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}.*$", "0123456789"},
            {"^(the views expressed|this article (was|is|first))\\b.*", "t"},
            {"^(ap|reuters|afp) photo.*", "ar"}};

    static final Pattern NOISE = Pattern.compile(String.join("|", alternatives(NOISE_ALTERNATIVES)), Pattern.CASE_INSENSITIVE);

    /**
     * Per first character below 256, the {@link #NOISE} alternatives that can match a line starting with it, each compiled
     * alone: the alternation tried up to twenty of them in turn for each line that {@link #mayBeNoise} let through, and
     * those lines are nearly all noise. A line matches the pattern if and only if it matches one alternative.
     */
    private static final Pattern[][] NOISE_BY_FIRST = new Pattern[256][];
    /** The alternative that needs a "/" in the line. */
    private static final Pattern NOISE_WITH_SLASH;

    static {
        List<List<Pattern>> byFirst = new ArrayList<>();
        for (int c = 0; c < NOISE_BY_FIRST.length; c++) {
            byFirst.add(new ArrayList<>());
        }
        Pattern withSlash = null;
        for (String[] alternative : NOISE_ALTERNATIVES) {
            Pattern pattern = Pattern.compile(alternative[0], Pattern.CASE_INSENSITIVE);
            if (alternative[1].equals("/")) {
                withSlash = pattern;
                continue;
            }
            for (char first : alternative[1].toCharArray()) {
                byFirst.get(first).add(pattern);
                if (Chars.isAsciiLetter(first)) {
                    byFirst.get(Character.toUpperCase(first)).add(pattern); // CASE_INSENSITIVE folds ASCII letters only
                }
            }
        }
        for (int c = 0; c < NOISE_BY_FIRST.length; c++) {
            NOISE_BY_FIRST[c] = byFirst.get(c).toArray(new Pattern[0]);
        }
        NOISE_WITH_SLASH = withSlash;
    }

    private static String[] alternatives(String[][] alternatives) {
        String[] out = new String[alternatives.length];
        for (int i = 0; i < alternatives.length; i++) {
            out[i] = alternatives[i][0];
        }
        return out;
    }

    /** {@code NOISE.matcher(line).matches()}, trying only the alternatives that can match a line with its first character. */
    static boolean matchesNoise(String line) {
        if (line.isEmpty() || line.charAt(0) >= NOISE_BY_FIRST.length) {
            return NOISE.matcher(line).matches();
        }
        for (Pattern alternative : NOISE_BY_FIRST[line.charAt(0)]) {
            if (alternative.matcher(line).matches()) {
                return true;
            }
        }
        return line.indexOf('/') >= 0 && NOISE_WITH_SLASH.matcher(line).matches();
    }

    /** Markers of a photo caption or credit inside a line. */
    private static final Pattern CAPTION = Pattern.compile(
            "\\b(photo|photograph|image|illustration|pictured|file photo|credit)\\s*:|\\bAP Photo\\b|Getty Images|/AFP\\b|/Reuters\\b|\\(Photo\\b",
            Pattern.CASE_INSENSITIVE);

    /** "WASHINGTON (AP) — ", "MOSCOW, July 7 (Reuters) - ", "KYIV, Ukraine — " at the start of a paragraph. */
    static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\- ]{1,40}[A-Z.](,\\s+[A-Z][A-Za-z.]+(\\s+\\d{1,2})?)?(\\s*\\([A-Za-z. ]{1,25}\\))?\\s*[-\u2013\u2014]{1,2}\\s+");

    private static final int HEADING_MAX_WORDS = 8;
    private static final int NOISE_MAX_CHARS = 200;
    private static final int CAPTION_MAX_CHARS = 400;

    private ArticleText() {
    }

    /** The sentences of an article. */
    public record Prepared(String text, boolean truncated, int analysedChars, List<Sentence> sentences) {
    }

    public static Prepared prepare(String text, String title, int maxChars) {
        String body = text == null ? "" : text;
        int limit = body.length();
        boolean truncated = false;
        if (body.length() > maxChars) {
            truncated = true;
            int cut = body.lastIndexOf('\n', maxChars);
            limit = cut > maxChars / 2 ? cut : maxChars;
        }
        List<Line> lines = lines(body, limit);
        String normalisedTitle = title == null ? "" : squash(title);
        List<Sentence> sentences = new ArrayList<>();
        // a short line is read once as the line after another (is it a credit?) and again as itself: kept between the two
        LineText next = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineText current = next != null && next.index == i ? next : new LineText(body, line, i);
            next = null;
            String content = current.content;
            String lower = current.lower;
            if (content.length() <= NOISE_MAX_CHARS && isNoise(content, lower)
                    || Math.abs(content.length() - normalisedTitle.length()) <= 8 && squashesTo(content, normalisedTitle)) {
                continue;
            }
            Sentence.Kind kind;
            boolean creditNext = false;
            if (i + 1 < lines.size() && lines.get(i + 1).paragraph == line.paragraph && isShortEnoughForCredit(lines.get(i + 1))) {
                next = new LineText(body, lines.get(i + 1), i + 1);
                creditNext = isCreditLine(next);
            }
            if (lower != null && current.isCaption() || creditNext) {
                kind = Sentence.Kind.CAPTION;
            } else if (!endsLikeSentence(content) && wordCount(content) <= HEADING_MAX_WORDS
                    && !(i + 1 < lines.size() && startsLowerCase(body, lines.get(i + 1)))) {
                kind = Sentence.Kind.HEADING;
            } else {
                kind = Sentence.Kind.BODY;
            }
            int start = line.start;
            int end = line.end;
            if (line.firstOfParagraph && mayBeDateline(content)) {
                int dateline = datelineEnd(content);
                if (dateline >= 0 && dateline < content.length()) {
                    start += dateline;
                }
            }
            int paragraph = line.paragraph;
            // a sentence the scraper broke over a line or paragraph break
            while (kind == Sentence.Kind.BODY && !endsLikeSentence(body, start, end) && i + 1 < lines.size()
                    && startsLowerCase(body, lines.get(i + 1))) {
                i++;
                end = lines.get(i).end;
            }
            if (kind == Sentence.Kind.HEADING) {
                sentences.add(new Sentence(sentences.size(), start, end, body.substring(start, end), paragraph, kind));
                continue;
            }
            for (int[] span : SentenceSplitter.split(body, start, end)) {
                sentences.add(new Sentence(sentences.size(), span[0], span[1], body.substring(span[0], span[1]), paragraph, kind));
            }
        }
        return new Prepared(body, truncated, limit, sentences);
    }

    private record Line(int start, int end, int paragraph, boolean firstOfParagraph) {
    }

    /** Non-blank lines of text[0, limit), trimmed, with their paragraph number. */
    private static List<Line> lines(String text, int limit) {
        List<Line> out = new ArrayList<>();
        int paragraph = 0;
        boolean blankSeen = true;
        int pos = 0;
        while (pos < limit) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 || nl > limit ? limit : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                if (!blankSeen) {
                    paragraph++;
                }
                blankSeen = true;
            } else {
                out.add(new Line(s, e, paragraph, blankSeen));
                blankSeen = false;
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    /**
     * A line's text and, when it is short enough for the noise and caption hints, its lower-case copy (long paragraphs need
     * neither), with the caption test's answer once asked.
     */
    private static final class LineText {
        final int index;
        final String content;
        final String lower;
        private int caption = -1;

        LineText(String body, Line line, int index) {
            this.index = index;
            this.content = body.substring(line.start, line.end);
            this.lower = content.length() <= CAPTION_MAX_CHARS ? content.toLowerCase(Locale.ROOT) : null;
        }

        /** {@link #isCaption}; only for a line with its lower-case copy. */
        boolean isCaption() {
            if (caption < 0) {
                caption = ArticleText.isCaption(content, lower) ? 1 : 0;
            }
            return caption == 1;
        }
    }

    private static boolean isShortEnoughForCredit(Line line) {
        return line.end - line.start < 80; // asked about every next line: most are paragraphs, not worth cutting out
    }

    private static boolean isCreditLine(LineText line) {
        String content = line.content;
        return content.startsWith("(") && content.endsWith(")") && content.contains("/") || line.isCaption() && wordCount(content) <= 8;
    }

    /** Phrases that mark a whole line as page furniture wherever they occur in it. */
    private static final String[] NOISE_INSIDE = {"comments powered by", "all rights reserved", "can be reached at"};
    /** Page furniture too, when a date follows it. */
    private static final String PUBLISHED = "published:";
    /**
     * Cheap markers; the CAPTION pattern confirms. Every match of the pattern holds one of them (its words, lower-cased), and
     * which one is found first does not matter: "getty images" is not among them, since every line holding it holds "image".
     */
    private static final String[] CAPTION_HINTS = {"photo", "illustration", "image", "pictured", "credit"};
    /** The caption hints that hold a "/": looked for only in a line that has one (few do). */
    private static final String[] CAPTION_HINTS_WITH_SLASH = {"/afp", "/reuters"};

    private static boolean isNoise(String content, String lower) {
        for (String inside : NOISE_INSIDE) {
            if (lower.contains(inside)) {
                return true;
            }
        }
        // "published:" only in a line with a colon (few have one): lower-casing turns no character into one
        if (lower.indexOf(':') >= 0 && lower.contains(PUBLISHED) && PUBLISHED_WITH_DATE.matcher(lower).matches()) {
            return true;
        }
        return mayBeNoise(content) && matchesNoise(content);
    }

    /** First words (lower case) with which a {@link #NOISE} alternative can begin. */
    private static final WordSet NOISE_FIRST_WORDS = WordSet.ignoringCase(java.util.List.of("show", "hide", "view", "load", "read", "see", "posted",
            "related", "also", "copyright", "story", "recent", "article", "connected", "regions", "most", "trending", "more", "original", "http",
            "https", "by", "follow", "share", "tweet", "email", "print", "save", "advertisement", "sign", "subscribe", "photo", "image",
            "illustration", "video", "graphic", "updated", "last", "ap", "reuters", "afp"));

    /**
     * False when no {@link #NOISE} alternative can match, decided from the first word: the case-insensitive
     * alternation is costly and nearly every line is running text. Errs towards true; the pattern decides.
     */
    static boolean mayBeNoise(String content) {
        if (content.indexOf('/') >= 0) {
            return true; // "(Name/AFP via Getty Images)"
        }
        int e = 0;
        while (e < content.length() && Chars.isAsciiLetter(content.charAt(e))) {
            e++;
        }
        if (e == 0) {
            return true; // starts with a digit, a symbol or a non-ASCII letter
        }
        // the first word is ASCII letters: folding it in place is what lower-casing a copy did
        if (NOISE_FIRST_WORDS.contains(content, 0, e)) {
            return true;
        }
        if (e == 3 && content.regionMatches(true, 0, "the", 0, 3)) {
            return content.regionMatches(true, 0, "the views expressed", 0, 19);
        }
        if (e == 4 && content.regionMatches(true, 0, "this", 0, 4)) {
            return content.regionMatches(true, 0, "this article", 0, 12);
        }
        // "July 7, 2017", "Nov. 3, 2018 | 10:42": the alternative ^[a-z]{3,9}\.? \d{1,2}... needs the whole first word
        // (nothing after it could be a letter), then an optional full stop, one space and a digit
        int p = e < content.length() && content.charAt(e) == '.' ? e + 1 : e;
        return e >= 3 && e <= 9 && p + 1 < content.length() && content.charAt(p) == ' '
                && content.charAt(p + 1) >= '0' && content.charAt(p + 1) <= '9';
    }

    /**
     * The {@link #DATELINE} pattern's first two characters, [A-Z] and [A-Z.'\- ]: nearly every paragraph ("The ...")
     * fails here, before a matcher is made for it.
     */
    static boolean mayBeDateline(String content) {
        if (content.length() < 3 || content.charAt(0) < 'A' || content.charAt(0) > 'Z') {
            return false;
        }
        // [A-Z.'\- ]{1,40} then [A-Z.]: the second and third characters are both in the first class ("U.S. officials"
        // passes, "The" and "A senior" do not); and the pattern ends in a dash, which most lines that pass lack
        if (!inDatelinePrefix(content.charAt(1)) || !inDatelinePrefix(content.charAt(2))) {
            return false;
        }
        return content.indexOf('-') >= 0 || content.indexOf('\u2013') >= 0 || content.indexOf('\u2014') >= 0;
    }

    /**
     * Where {@link #DATELINE} ends when {@code lookingAt} matches it at the start of {@code s}, else -1: the pattern's
     * backtracking done by hand (the regex engine was most of the cost of the paragraphs that pass {@link #mayBeDateline}).
     * Only the first run of {@code [A-Z.'\- ]{1,40}} can give characters back usefully: it holds spaces and hyphens, so
     * the engine tries every shorter length, longest first. Every later part is followed by something its own characters
     * cannot start (a name's letters by white space, "(" or a dash; white space by a digit, a capital, "(" or a dash), so
     * giving back never helps there and one pass decides; an optional group is tried present first, then absent.
     * {@code ArticleTextTest} compares it with the pattern.
     */
    static int datelineEnd(String s) {
        int n = s.length();
        if (n == 0 || !isAsciiCapital(s.charAt(0))) {
            return -1;
        }
        int run = 0;
        while (run < 40 && 1 + run < n && inDatelinePrefix(s.charAt(1 + run))) {
            run++;
        }
        for (int length = run; length >= 1; length--) {
            int last = 1 + length;
            if (last < n && (isAsciiCapital(s.charAt(last)) || s.charAt(last) == '.')) {
                int end = datelinePlace(s, last + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** {@code (,\s+[A-Z][A-Za-z.]+(\s+\d{1,2})?)?} then the rest, from {@code i}: the match's end or -1. */
    private static int datelinePlace(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == ',') {
            int name = skipRegexSpace(s, i + 1);
            if (name > i + 1 && name < n && isAsciiCapital(s.charAt(name))) {
                int nameEnd = name + 1;
                while (nameEnd < n && (Chars.isAsciiLetter(s.charAt(nameEnd)) || s.charAt(nameEnd) == '.')) {
                    nameEnd++;
                }
                if (nameEnd > name + 1) {
                    int day = skipRegexSpace(s, nameEnd);
                    if (day > nameEnd && day < n && isAsciiDigit(s.charAt(day))) {
                        int dayEnd = day + 1 < n && isAsciiDigit(s.charAt(day + 1)) ? day + 2 : day + 1;
                        int end = datelineAgency(s, dayEnd);
                        if (end >= 0) {
                            return end;
                        }
                    }
                    int end = datelineAgency(s, nameEnd);
                    if (end >= 0) {
                        return end;
                    }
                }
            }
        }
        return datelineAgency(s, i);
    }

    /** {@code (\s*\([A-Za-z. ]{1,25}\))?} then the dash, from {@code i}: the match's end or -1. */
    private static int datelineAgency(String s, int i) {
        int n = s.length();
        int open = skipRegexSpace(s, i);
        if (open < n && s.charAt(open) == '(') {
            int close = open + 1;
            while (close < n && close - open - 1 < 25 && (Chars.isAsciiLetter(s.charAt(close)) || s.charAt(close) == '.' || s.charAt(close) == ' ')) {
                close++;
            }
            if (close > open + 1 && close < n && s.charAt(close) == ')') {
                int end = datelineDash(s, close + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return datelineDash(s, i);
    }

    /** {@code \s*[-\u2013\u2014]{1,2}\s+} from {@code i}: its end or -1. */
    private static int datelineDash(String s, int i) {
        int n = s.length();
        int dash = skipRegexSpace(s, i);
        int dashEnd = dash;
        while (dashEnd < n && dashEnd - dash < 2 && isDash(s.charAt(dashEnd))) {
            dashEnd++;
        }
        if (dashEnd == dash) {
            return -1;
        }
        int end = skipRegexSpace(s, dashEnd);
        return end > dashEnd ? end : -1;
    }

    private static int skipRegexSpace(String s, int i) {
        while (i < s.length() && Chars.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static boolean isAsciiCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The class {@code [A-Z.'\- ]}. */
    private static boolean inDatelinePrefix(char c) {
        return c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-' || c == ' ';
    }

    private static boolean isCaption(String content, String lower) {
        for (String hint : CAPTION_HINTS) {
            if (lower.contains(hint)) {
                return CAPTION.matcher(content).find();
            }
        }
        if (lower.indexOf('/') >= 0) {
            for (String hint : CAPTION_HINTS_WITH_SLASH) {
                if (lower.contains(hint)) {
                    return CAPTION.matcher(content).find();
                }
            }
        }
        return false;
    }

    private static boolean endsLikeSentence(String s) {
        return endsLikeSentence(s, 0, s.length());
    }

    /** {@code endsLikeSentence(text.substring(from, to))}, without the copy (asked for every paragraph). */
    private static boolean endsLikeSentence(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        char c = text.charAt(to - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ':' || c == ')';
    }

    private static boolean startsLowerCase(String text, Line line) {
        return Character.isLowerCase(text.charAt(line.start));
    }

    /** {@code Chars.splitOnRegexSpace(s.strip()).length} (0 for a blank line), counted without cutting the words out. */
    static int wordCount(String s) {
        // strip() drops Character.isWhitespace code points, none of which is outside the BMP: char by char is the same
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return 0;
        }
        // every \s character is white space, so the stripped text starts and ends outside a run: one word more than runs
        int runs = 0;
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            boolean space = Chars.isRegexSpace(s.charAt(i));
            if (space && !inRun) {
                runs++;
            }
            inRun = space;
        }
        return runs + 1;
    }

    static String squash(String s) {
        return collapseWhitespace(s).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code squash(s).equals(squashed)}, without its three copies when {@code s} is ASCII and has no white space at either
     * end (every line, as {@link #lines} trims them): then {@code strip} has nothing to remove, and lower case is ASCII
     * folding, character for character. Asked for every line about as long as the title.
     */
    static boolean squashesTo(String s, String squashed) {
        int n = s.length();
        if (n == 0 || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return squash(s).equals(squashed);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return squash(s).equals(squashed); // the rest may lower-case otherwise ("\u0130", the Kelvin sign)
            }
            char folded;
            if (Chars.isRegexSpace(c)) {
                while (i + 1 < n && Chars.isRegexSpace(s.charAt(i + 1))) {
                    i++;
                }
                folded = ' ';
            } else {
                folded = Chars.lowerAscii(c);
            }
            // what is compared so far is a prefix of squash(s) whatever follows, so a difference decides
            if (k == squashed.length() || squashed.charAt(k) != folded) {
                return false;
            }
            k++;
        }
        return k == squashed.length();
    }

    /** Every run of white space (what the regex class \\s matches) as one space; a loop, since evidence is built for every tag. */
    public static String collapseWhitespace(String s) {
        // nearly every sentence holds no white space but single spaces, which six vectorised searches tell faster than the
        // loop below reading every character: then every run is one space and the text stays as it is
        if (s.indexOf("  ") < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\f') < 0
                && s.indexOf('\u000B') < 0) {
            return s;
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Chars.isRegexSpace(c)) {
                int e = i + 1;
                while (e < n && Chars.isRegexSpace(s.charAt(e))) {
                    e++;
                }
                if (out == null) {
                    if (c == ' ' && e == i + 1) {
                        continue; // a single space stays as it is
                    }
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append(' ');
                i = e - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

}
