package dev.newsmon.alert.streams;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * Runs the decision rules without Kafka over analyzed articles (JSON lines, as {@code ./newsmon tail
 * newsmon.articles.analyzed} prints them), in publication order, and writes the alerts as JSON lines: a quick
 * way to see what a watchlist or rule change does to a labelled set before running the whole pipeline.
 *
 * <pre>java -cp alert-service/target/quarkus-app/app/*:alert-service/target/quarkus-app/lib/main/* \
 *   dev.newsmon.alert.streams.OfflineJudge analyzed.jsonl alerts.jsonl [watchlist.yaml]</pre>
 */
public final class OfflineJudge {

    private OfflineJudge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: OfflineJudge ANALYZED.jsonl ALERTS.jsonl [WATCHLIST.yaml]");
            System.exit(2);
        }
        Watchlist watchlist = WatchlistLoader.load(args.length > 2 ? Path.of(args[2]) : null);
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, AnalyzedArticle.class));
            }
        }
        articles.sort(Comparator.comparing(AnalyzedArticle::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        AlertRules rules = new AlertRules(watchlist);
        Map<String, ClaimHistory> histories = new HashMap<>();
        int alerts = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (AnalyzedArticle article : articles) {
                for (Claim claim : article.claims() == null ? List.<Claim>of() : article.claims()) {
                    String key = ClaimHistory.key(claim.issue(), claim.aspect());
                    Decision decision;
                    try {
                        decision = rules.decide(histories.get(key), claim);
                    } catch (InvalidClaimException e) {
                        System.err.println("refused: " + e.getMessage());
                        continue;
                    }
                    histories.put(key, decision.history());
                    System.out.printf("%-11s %-22s %-14s %-20s %-15s %s%n", claim.publishedAt() == null ? "" : claim.publishedAt().toString().substring(0, 10),
                            claim.issue(), claim.aspect(), claim.state(), decision.verdict(), decision.alerts() ? decision.alert().summary() : "");
                    if (decision.alerts()) {
                        out.write(Json.write(decision.alert()));
                        out.newLine();
                        alerts++;
                    }
                }
            }
        }
        System.out.println(alerts + " alerts written to " + args[1]);
    }
}
