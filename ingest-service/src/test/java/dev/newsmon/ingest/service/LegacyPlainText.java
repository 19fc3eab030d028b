package dev.newsmon.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link HtmlText#normalisePlain} as it was before the single-pass rewrite (regex split into
 * paragraphs and lines, regex replace per line), kept unchanged as the differential test's reference.
 */
final class LegacyPlainText {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private LegacyPlainText() {
    }

    static String normalisePlain(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String para : BLANK_LINES.split(unified)) {
            StringBuilder p = new StringBuilder();
            for (String line : para.split("\n")) {
                String clean = SPACES.matcher(line).replaceAll(" ").strip();
                if (!clean.isEmpty()) {
                    if (p.length() > 0) {
                        p.append('\n');
                    }
                    p.append(clean);
                }
            }
            if (p.length() > 0) {
                paragraphs.add(p.toString());
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
