package dev.newsmon.extract.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.watchlist.WatchlistLoader;

/** What the rule and labelled-set tests share beside {@link ExtractorTest}'s article builders: claim look-ups and the watchlist source. */
public final class ClaimFixtures {

    /**
     * This repository's watchlist, read from its source: in a one-module build ({@code -pl extract-service}) the installed
     * events artifact may lag behind it, and tests of new vocabulary must see the vocabulary committed next to them.
     */
    public static final Extractor SOURCE = new Extractor(WatchlistLoader.load(Path.of("../events/src/main/resources/watchlist/default.yaml")));

    private ClaimFixtures() {
    }

    /** An article of one text analysed with {@link #SOURCE}. */
    static AnalyzedArticle analyzeWithSource(String published, String title, String text) {
        return SOURCE.analyze(ExtractorTest.article(published, title, text));
    }

    static List<Claim> claims(AnalyzedArticle a, String issue) {
        return a.claims().stream().filter(c -> c.issue().equals(issue)).toList();
    }

    public static Optional<Claim> find(AnalyzedArticle a, String issue, String state) {
        return a.claims().stream().filter(c -> c.issue().equals(issue) && c.state().equals(state)).findFirst();
    }

    static Claim claim(AnalyzedArticle a, String issue, String state) {
        return find(a, issue, state).orElseThrow(() -> new AssertionError("no " + issue + " " + state + " claim in " + a.claims()));
    }
}
