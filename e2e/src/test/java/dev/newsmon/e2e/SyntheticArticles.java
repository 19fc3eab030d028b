package dev.newsmon.e2e;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated articles of about 5 KB for the pipeline benchmark, each of which should raise exactly one
 * UPDATE alert.
 *
 * <p>Articles are spread over {@link #STORIES} (one per watched issue aspect, so the claims spread over
 * alert-service's histories as real traffic does). Article n of a story reports, in its lead sentence, one
 * of two states of that aspect with an explicit day: state A on day 0, B on day 1, A on day 2, and so on.
 * Why this yields one alert per article (checked with extract-service's evaluation and alert-service's
 * {@code OfflineJudge}, see docs/benchmarks.md):
 * <ul>
 * <li>the lead names the issue by a strong alias and the state by one of its cues in the watchlist, in the
 * past tense and the article's own voice (affirmed, asserted), so the extractor tags the issue and makes one
 * claim;</li>
 * <li>the two states are never an {@code incompatible} pair of the vocabulary, so the judge sees a change of
 * state (UPDATE), not a CONTRADICTION;</li>
 * <li>each claim carries its own day, later than every earlier article of the story, so it is the newest
 * knowledge and never a restated old fact. Dates start in 2001 and advance one day per article of the story,
 * so about 13 years of articles fit before the present;</li>
 * <li>no modal word near the cue: "the planned summit was postponed" reads as expected, and an expected
 * postponement is not yet a state.</li>
 * </ul>
 * The first article of each story is the baseline and raises nothing; every later one raises one alert, as
 * long as the articles of a story reach alert-service in order (the benchmark sends each story's articles
 * from one sender, and the topics have one partition). The filler paragraphs are neutral prose that names no
 * watched issue ({@code SyntheticArticlesTest} checks all of this against the default watchlist).
 */
final class SyntheticArticles {

    /** One watched issue aspect and the two sentences that move it back and forth between two states. */
    record Story(String issue, String aspect, String stateA, String sentenceA, String stateB, String sentenceB) {

        String state(int n) {
            return n % 2 == 0 ? stateA : stateB;
        }

        String lead(int n, LocalDate day) {
            return String.format(Locale.ROOT, n % 2 == 0 ? sentenceA : sentenceB, DAY.format(day));
        }
    }

    static final List<Story> STORIES = List.of(
            new Story("new-start", "status", "extended", "The New START treaty was extended on %s.",
                    "suspended", "The New START treaty was suspended on %s."),
            new Story("inf-treaty", "status", "in-force", "The INF treaty remains in effect as of %s, the foreign ministry said.",
                    "violation-alleged", "Washington accused Moscow of violating the INF treaty on %s."),
            new Story("syria-ceasefire", "status", "in-effect", "The Syria ceasefire took effect on %s.",
                    "violated", "The Syria ceasefire was violated on %s."),
            new Story("ukraine", "peace-process", "ongoing", "Ukraine peace talks resumed on %s.",
                    "stalled", "Ukraine peace talks stalled on %s."),
            new Story("ukraine", "envoy", "appointed", "A special envoy for Ukraine was appointed on %s.",
                    "resigned", "The special envoy for Ukraine resigned on %s."),
            new Story("north-korea", "diplomacy", "ongoing", "North Korea and the United States resumed talks on %s.",
                    "stalled", "Talks with North Korea stalled on %s."),
            new Story("iran-nuclear", "status", "extended", "The Iran nuclear deal was extended on %s.",
                    "suspended", "The Iran nuclear deal was suspended on %s."),
            new Story("summit-meeting", "meeting", "scheduled", "The U.S.-Russia summit was scheduled on %s.",
                    "postponed", "The U.S.-Russia summit was postponed on %s."),
            new Story("summit-meeting", "next-meeting", "scheduled", "The next U.S.-Russia summit was scheduled on %s.",
                    "postponed", "The next U.S.-Russia summit was postponed on %s."),
            new Story("sanctions", "status", "imposed", "The European Union imposed new sanctions on Russia on %s.",
                    "eased", "The European Union eased sanctions on Russia on %s."),
            new Story("election-interference", "allegation", "alleged", "Investigators accused Russia of election interference on %s.",
                    "denied", "Moscow denied any election interference on %s."),
            new Story("diplomatic-property", "status", "seized", "The United States seized the Russian diplomatic compounds on %s.",
                    "return-demanded", "Moscow demanded the return of the Russian diplomatic compounds on %s."),
            new Story("cyber", "cooperation", "ongoing", "Russia and the United States resumed talks on cyber security on %s.",
                    "stalled", "Talks between Russia and the United States on cyber security stalled on %s."));

    static final List<String> FILLER = List.of(
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

    static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    static final int TARGET_CHARS = 5000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Random random = new Random(42);
    private final String runId;
    private final int[] nextOfStory = new int[STORIES.size()];

    SyntheticArticles(String runId) {
        this.runId = runId;
    }

    static int stories() {
        return STORIES.size();
    }

    /**
     * The next article of the story, as the JSON object the push API accepts; the phase becomes part of its
     * URL so that the benchmark can tell which phase an alert belongs to.
     */
    synchronized Map<String, Object> next(int story, String phase) {
        return article(story, nextOfStory[story]++, phase);
    }

    /** How many articles of the story were generated so far. */
    synchronized int generated(int story) {
        return nextOfStory[story];
    }

    Map<String, Object> article(int story, int n, String phase) {
        Story s = STORIES.get(story);
        LocalDate day = FIRST_DAY.plusDays(n);
        StringBuilder text = new StringBuilder();
        text.append(s.lead(n, day)).append("\n\n");
        while (text.length() < TARGET_CHARS) {
            for (int k = 0; k < 5; k++) {
                text.append(filler()).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "Bench wire report " + story + "-" + n);
        article.put("published", day.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant().toString());
        article.put("source", "Bench Wire " + (n % 7));
        article.put("url", url(phase, story, n));
        article.put("text", text.toString().strip());
        return article;
    }

    String url(String phase, int story, int n) {
        return "https://bench.newsmon.invalid/" + runId + "/" + phase + "/" + story + "/" + n;
    }

    /** The phase an article URL (as carried by its claims) was generated in, or null for another URL. */
    String phaseOf(String articleUrl) {
        String prefix = "https://bench.newsmon.invalid/" + runId + "/";
        if (articleUrl == null || !articleUrl.startsWith(prefix)) {
            return null;
        }
        String rest = articleUrl.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(0, slash);
    }

    private synchronized String filler() {
        return FILLER.get(random.nextInt(FILLER.size()));
    }
}
