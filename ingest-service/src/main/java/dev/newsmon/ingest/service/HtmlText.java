package dev.newsmon.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to clean plain text with jsoup, keeping the paragraph structure readers (and the claim
 * extractor) rely on: block elements become paragraphs separated by one blank line, {@code <br>}
 * becomes a line break, scripts, styles, forms and figure captions (photo credits) are dropped.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2007\\u202F]+");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "hr", "address", "center", "details", "summary", "body");
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, form, button, "
            + "select, nav, figcaption, svg, canvas, audio, video";

    private HtmlText() {
    }

    /** @return clean text, paragraphs separated by a blank line; empty string for null or empty input */
    public static String toText(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return "";
        }
        if (!LOOKS_LIKE_HTML.matcher(htmlOrText).find()) {
            return normalisePlain(Parser.unescapeEntities(htmlOrText, false));
        }
        Document doc = Jsoup.parseBodyFragment(htmlOrText);
        doc.select(DROPPED).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, doc.body());
        collector.flush();
        return String.join("\n\n", collector.paragraphs);
    }

    /**
     * Plain text: unify line ends, trim lines, collapse runs of spaces and of blank lines. One pass
     * over the characters (this runs on every pushed article): a line holding only ASCII blanks
     * ({@code [ \t\x0B\f]}) between two kept lines makes a paragraph break, other lines that clean
     * to nothing are dropped without one; inside a line runs of {@link #isSpace spaces} become one
     * space and the ends are stripped as {@link String#strip()} does. Same output as the regex
     * version it replaced (kept in the tests as the reference).
     */
    public static String normalisePlain(String text) {
        if (text == null) {
            return "";
        }
        // an array rather than charAt: the service runs on C1, which makes a call of each charAt
        char[] chars = text.toCharArray();
        int n = chars.length;
        StringBuilder out = new StringBuilder(n);
        StringBuilder collapsed = null;
        boolean paragraphBreak = false;
        int i = 0;
        while (i <= n) {
            int lineStart = i;
            boolean asciiBlank = true;
            // no space but single ' ': the line is already collapsed and can be copied as it is
            boolean collapsedAlready = true;
            char previous = 0;
            while (i < n) {
                char c = chars[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ' ') {
                    collapsedAlready &= previous != ' ';
                } else if (c == '\t' || c == '\u000B' || c == '\f') {
                    collapsedAlready = false;
                } else {
                    asciiBlank = false;
                    collapsedAlready &= c != '\u00A0' && c != '\u2007' && c != '\u202F';
                }
                previous = c;
                i++;
            }
            int lineEnd = i;
            if (i + 1 < n && chars[i] == '\r' && chars[i + 1] == '\n') {
                i++;
            }
            i++;
            if (asciiBlank) {
                paragraphBreak = true;
                continue;
            }
            char[] line = chars;
            int start = lineStart;
            int end = lineEnd;
            if (!collapsedAlready) {
                collapsed = collapse(chars, lineStart, lineEnd, collapsed);
                line = new char[collapsed.length()];
                collapsed.getChars(0, line.length, line, 0);
                start = 0;
                end = line.length;
            }
            while (start < end && Character.isWhitespace(line[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(line[end - 1])) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (out.length() > 0) {
                out.append(paragraphBreak ? "\n\n" : "\n");
            }
            out.append(line, start, end - start);
            paragraphBreak = false;
        }
        return out.toString();
    }

    private static StringBuilder collapse(char[] chars, int start, int end, StringBuilder reuse) {
        StringBuilder line = reuse == null ? new StringBuilder(end - start) : reuse;
        line.setLength(0);
        boolean lastWasSpace = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (isSpace(c)) {
                if (!lastWasSpace) {
                    line.append(' ');
                }
                lastWasSpace = true;
            } else {
                line.append(c);
                lastWasSpace = false;
            }
        }
        return line;
    }

    /** The horizontal spaces a line's runs collapse from, no-break spaces included. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F';
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String t = SPACES.matcher(text.getWholeText().replace('\n', ' ')).replaceAll(" ");
                if (current.length() > 0 && current.charAt(current.length() - 1) != '\n'
                        && current.charAt(current.length() - 1) != ' ' && t.startsWith(" ")) {
                    current.append(' ');
                }
                current.append(t.strip());
                if (t.endsWith(" ") && !t.isBlank()) {
                    current.append(' ');
                }
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("br")) {
                    if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
                        flush();
                    } else {
                        current.append('\n');
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                flush();
            }
        }

        void flush() {
            String text = normalisePlain(current.toString());
            current.setLength(0);
            if (!text.isEmpty()) {
                // A paragraph never contains a blank line: <br><br> already split it.
                paragraphs.add(text.replace("\n\n", "\n"));
            }
        }
    }
}
