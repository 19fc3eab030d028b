package dev.newsmon.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated articles of about 5 KB for the pipeline benchmark. Each one reports the state of the
 * leaders' next meeting on its own day, and the state alternates, so that every article is a real
 * update for alert-service and the benchmark measures the whole path to a delivered alert. The
 * filler paragraphs are neutral prose that tags no watched issue.
 */
final class SyntheticArticles {

    private static final List<String> STATES = List.of(
            "The two presidents will hold a summit in Vienna next month, officials confirmed on %s.",
            "The planned summit between the two presidents was postponed on %s, officials said.");

    private static final List<String> FILLER = List.of(
            "Traffic in the capital moved slowly through the morning as road crews repainted lanes near the river.",
            "A regional bakery chain said it would open four more branches after a year of steady bread sales.",
            "The city orchestra announced a season of chamber concerts in restored railway halls.",
            "Farmers in the valley reported an early harvest of apples and pears after a mild spring.",
            "The municipal library extended its opening hours so that students could study into the evening.",
            "Weather forecasters expected light rain over the coast and clear skies further inland.",
            "A local football club unveiled a new training ground built on the site of an old brickworks.",
            "Engineers finished inspecting the suspension bridge and found the cables in good condition.",
            "Museum curators catalogued a donation of maps drawn by surveyors two centuries ago.",
            "Ferry operators added an extra crossing on weekends to cope with the number of day visitors.");

    private final Random random = new Random(42);
    private final String runId;

    SyntheticArticles(String runId) {
        this.runId = runId;
    }

    /** The i-th article as the JSON object the push API accepts. */
    Map<String, Object> article(int i) {
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(i);
        StringBuilder text = new StringBuilder();
        text.append(String.format(STATES.get(i % 2), day)).append("\n\n");
        while (text.length() < 5000) {
            for (int s = 0; s < 5; s++) {
                text.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
            }
            text.append("\n\n");
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "Leaders' meeting, day " + i);
        article.put("published", day.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant().toString());
        article.put("source", "Bench Wire " + (i % 7));
        article.put("url", "https://bench.newsmon.invalid/" + runId + "/" + i);
        article.put("text", text.toString().strip());
        return article;
    }

    static Instant now() {
        return Instant.now();
    }
}
