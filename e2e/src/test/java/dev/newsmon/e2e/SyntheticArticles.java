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

    /*
     * Filler sentences are put together from these parts at random ("The municipal library in Eastbrook
     * repainted the wooden benches before the autumn fair."), so that an article compresses about as well as
     * real prose does: ten fixed sentences repeated made lz4 shrink 5 KB to 0.6 KB and flattered the broker
     * and Kafka's producer baseline. None of the words names a watched issue or refers back to one.
     */
    static final List<String> SUBJECTS = List.of("The regional bakery chain", "A small theatre company", "The municipal library",
            "Local farmers", "The city orchestra", "A group of volunteers", "The harbour authority", "Museum curators", "Ferry operators",
            "The football club", "Road crews", "The school board", "Several shop owners", "The botanical garden", "Bus drivers",
            "The water utility", "A cycling club", "Market traders", "The fire brigade", "A team of surveyors", "The county archive",
            "Beekeepers", "The swimming pool staff", "A family-run hotel", "The railway museum", "Allotment holders", "A local brewery",
            "The children's hospital", "Park rangers", "The chess society");
    static final List<String> PLACES = List.of("in Eastbrook", "near the old quarry", "on the northern bank", "in the old quarter",
            "along the canal", "at the edge of town", "in Marlow Green", "on Harbour Street", "in the upper valley", "near the ring road",
            "in Westfield", "beside the cathedral", "in the market square", "on the coastal path", "in Ashby", "near the railway station",
            "in the lower town", "across the estuary", "in Millbrook", "on the hillside farms", "in Norwood", "near the sports ground",
            "in the harbour district", "on Orchard Lane", "in Kingsford");
    static final List<String> VERBS = List.of("repainted", "cleaned", "rebuilt", "inspected", "catalogued", "restored", "decorated",
            "measured", "photographed", "mapped", "insulated", "replanted", "resurfaced", "tidied", "surveyed", "sorted", "counted",
            "painted", "polished", "fenced", "weeded", "tested", "weighed", "washed", "varnished", "trimmed", "labelled", "stocked",
            "rewired", "swept");
    static final List<String> OBJECTS = List.of("the wooden benches", "forty metres of footpath", "the bandstand", "a row of lime trees",
            "the reading room", "the old signal box", "the greenhouse roof", "two hundred bird boxes", "the clock tower",
            "the tram shelters", "the cricket pavilion", "the rose beds", "the stone bridge", "the town's fountains",
            "the school playground", "the chapel windows", "a collection of postcards", "the river steps", "the public toilets",
            "the bicycle racks", "the orchard walls", "the fishing boats", "the village hall", "the allotment sheds",
            "the lighthouse lamp", "the bowling green", "a mural of local birds", "the canal locks", "the museum's fossils",
            "the windmill sails");
    static final List<String> TAILS = List.of("before the autumn fair", "over three quiet weekends", "with help from local students",
            "after a mild spring", "ahead of the summer season", "in light rain", "during the school holidays",
            "for the first time in a decade", "with donated materials", "under a clear sky", "despite a cold wind",
            "at a cost of %d pounds", "in about %d hours", "with %d helpers", "early in the morning", "late in the afternoon",
            "as visitors watched", "to the delight of residents", "without closing the road", "on a tight budget",
            "in time for the harvest", "as part of a yearly routine", "while the shops stayed open", "with new tools",
            "after weeks of preparation");

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
        String tail = pick(TAILS);
        if (tail.contains("%d")) {
            tail = String.format(Locale.ROOT, tail, 2 + random.nextInt(899));
        }
        return pick(SUBJECTS) + " " + pick(PLACES) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + tail + ".";
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
