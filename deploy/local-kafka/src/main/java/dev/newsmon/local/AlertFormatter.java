package dev.newsmon.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.events.json.Json;

/**
 * Renders an Alert (JSON, as on {@code newsmon.alerts}) for people: type, issue, old state to new
 * state, then each side's date, source and evidence sentence. Reads the JSON tree rather than the
 * record so that alerts with added or missing fields still print.
 */
final class AlertFormatter {

    private AlertFormatter() {
    }

    static int formatStdin() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    System.out.println(format(line));
                }
            }
        } catch (IOException e) {
            throw new Tools.ToolException("cannot read stdin: " + e.getMessage());
        }
        return 0;
    }

    static String format(String json) {
        try {
            return format(Json.MAPPER.readTree(json));
        } catch (IOException e) {
            return "(not an alert: " + Http.snippet(json) + ")";
        }
    }

    static String format(JsonNode alert) {
        JsonNode previous = alert.path("previous");
        JsonNode current = alert.path("current");
        String issue = alert.path("issue").asText("?");
        String issueName = alert.path("issueName").asText("");
        String aspect = alert.path("aspect").asText(current.path("aspect").asText("?"));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-13s %s%s · %s: %s → %s%n",
                alert.path("type").asText("ALERT"),
                issue,
                issueName.isBlank() || issueName.equals(issue) ? "" : " (" + issueName + ")",
                aspect,
                stateOf(previous),
                stateOf(current)));
        out.append(side("now    ", current));
        out.append(side("earlier", previous));
        List<String> corroborating = new ArrayList<>();
        alert.path("corroboratingSources").forEach(s -> corroborating.add(s.asText()));
        if (!corroborating.isEmpty()) {
            out.append("  earlier state also reported by: ").append(String.join(", ", corroborating)).append('\n');
        }
        if (alert.hasNonNull("summary")) {
            out.append("  summary: ").append(alert.path("summary").asText()).append('\n');
        }
        return out.toString();
    }

    private static String stateOf(JsonNode claim) {
        if (claim.isMissingNode() || claim.isNull()) {
            return "?";
        }
        String state = claim.path("state").asText("?");
        List<String> qualifiers = new ArrayList<>();
        if ("negated".equalsIgnoreCase(claim.path("polarity").asText(""))) {
            qualifiers.add("not");
        }
        String modality = claim.path("modality").asText("asserted");
        if (!modality.equalsIgnoreCase("asserted")) {
            qualifiers.add(modality.toLowerCase());
        }
        return qualifiers.isEmpty() ? state : state + " (" + String.join(", ", qualifiers) + ")";
    }

    private static String side(String label, JsonNode claim) {
        if (claim.isMissingNode() || claim.isNull()) {
            return "";
        }
        String eventDate = claim.path("eventDate").asText("");
        String published = claim.path("publishedAt").asText("");
        String date = !eventDate.isBlank() ? eventDate : (published.length() >= 10 ? published.substring(0, 10) : "date unknown");
        StringBuilder line = new StringBuilder("  ").append(label).append("  ").append(date);
        if (!eventDate.isBlank() && published.length() >= 10 && !published.startsWith(eventDate)) {
            line.append(" (published ").append(published, 0, 10).append(')');
        }
        line.append("  ").append(claim.path("source").asText("unknown source"));
        if (claim.hasNonNull("attributedTo")) {
            line.append(", according to ").append(claim.path("attributedTo").asText());
        }
        line.append('\n');
        String sentence = claim.path("evidence").path("sentence").asText("");
        if (!sentence.isBlank()) {
            line.append("           \"").append(sentence.strip().replaceAll("\\s+", " ")).append("\"\n");
        }
        if (claim.hasNonNull("articleUrl")) {
            line.append("           ").append(claim.path("articleUrl").asText()).append('\n');
        }
        return line.toString();
    }
}
