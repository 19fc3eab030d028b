package dev.newsmon.ingest.feed;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdom2.Document;
import org.jdom2.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads feed lists for bootstrapping: the YAML feeds file and OPML (the subscription-list format
 * every feed reader exports). OPML is parsed by the same hardened XML builder as feeds.
 */
public final class FeedListReader {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private FeedListReader() {
    }

    /** What was read: the feeds, and one message per entry that could not be read. */
    public record FeedList(List<FeedSpec> feeds, List<String> errors) {
    }

    public static FeedList read(String fileName, byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".opml") || fileName.toLowerCase(Locale.ROOT).endsWith(".xml")
                || head.startsWith("<") || head.startsWith("\uFEFF<")) {
            return readOpml(content);
        }
        return readYaml(content);
    }

    /**
     * YAML: either a list of feeds or {@code feeds: [...]}, each with {@code url} and optionally
     * {@code name}, {@code publisher}, {@code pollInterval} (10m, 1h, PT15M or seconds) and {@code fullText}.
     */
    public static FeedList readYaml(byte[] content) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(content);
        } catch (Exception e) {
            return new FeedList(List.of(), List.of("not valid YAML: " + e.getMessage()));
        }
        JsonNode list = root != null && root.isObject() ? root.get("feeds") : root;
        if (list == null || !list.isArray()) {
            return new FeedList(List.of(), List.of("expected a list of feeds, or a 'feeds:' key holding one"));
        }
        List<FeedSpec> feeds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = "feeds[" + i + "]";
            if (entry.isTextual()) {
                feeds.add(new FeedSpec(entry.asText(), null, null, null, null));
                continue;
            }
            if (!entry.isObject() || !entry.hasNonNull("url")) {
                errors.add(where + ": url is required");
                continue;
            }
            Integer interval = null;
            JsonNode pi = entry.hasNonNull("pollInterval") ? entry.get("pollInterval") : entry.get("pollIntervalSeconds");
            if (pi != null && !pi.isNull()) {
                try {
                    interval = pi.isNumber() ? pi.asInt() : parseSeconds(pi.asText());
                } catch (IllegalArgumentException e) {
                    errors.add(where + ": pollInterval " + e.getMessage());
                    continue;
                }
            }
            feeds.add(new FeedSpec(entry.get("url").asText(), text(entry, "name"), text(entry, "publisher"), interval,
                    entry.has("fullText") ? entry.get("fullText").asBoolean() : null));
        }
        return new FeedList(feeds, errors);
    }

    /** OPML: every outline with an {@code xmlUrl}, at any depth; {@code text} or {@code title} names it. */
    public static FeedList readOpml(byte[] content) {
        Document doc;
        try {
            doc = FeedParser.parseXml(content, null);
        } catch (FeedParseException e) {
            return new FeedList(List.of(), List.of("OPML " + e.getMessage()));
        }
        if (!"opml".equals(doc.getRootElement().getName())) {
            return new FeedList(List.of(), List.of("not OPML: root element is <" + doc.getRootElement().getName() + ">"));
        }
        List<FeedSpec> feeds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        collect(doc.getRootElement(), feeds, errors);
        return new FeedList(feeds, errors);
    }

    private static void collect(Element element, List<FeedSpec> feeds, List<String> errors) {
        for (Element child : element.getChildren()) {
            if (child.getName().equals("outline")) {
                String xmlUrl = child.getAttributeValue("xmlUrl");
                if (xmlUrl != null && !xmlUrl.isBlank()) {
                    String name = child.getAttributeValue("title");
                    if (name == null || name.isBlank()) {
                        name = child.getAttributeValue("text");
                    }
                    feeds.add(new FeedSpec(xmlUrl.strip(), blankToNull(name), null, null, null));
                }
            }
            collect(child, feeds, errors);
        }
    }

    /** "10m", "1h", "90s", "2d", "PT15M" or a bare number of seconds. */
    public static int parseSeconds(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return Integer.parseInt(t);
        }
        Matcher m = SHORT_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long seconds = switch (m.group(2)) {
                case "s" -> n;
                case "m" -> n * 60;
                case "h" -> n * 3600;
                default -> n * 86400;
            };
            return Math.toIntExact(seconds);
        }
        try {
            return Math.toIntExact(Duration.parse(text.strip().toUpperCase(Locale.ROOT)).toSeconds());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("must be a duration such as 10m, 1h, PT15M or a number of seconds, got '" + text + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? blankToNull(node.get(field).asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
