package dev.newsmon.alert.streams;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.json.JsonSerde;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * CPU per claim of the judge (the topology's processor with its serdes, on in-memory stores: RocksDB and the
 * changelog cost the same either way) with and without its history cache, in one JVM, alternating rounds,
 * reporting medians of the thread's CPU time around {@code process} (ThreadMXBean, less sensitive to a busy
 * shared machine than wall time). Each round is a fresh processor and empty stores fed the same claims: many claims over the default watchlist's aspects, so histories grow to the per-aspect bound as
 * in a long-running service. Also checks both variants raise the same alerts.
 *
 * <pre>./mvnw -B -o -pl alert-service test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/alert-service/target/bench.cp" -Dmdep.includeScope=test
 * java -cp "alert-service/target/test-classes:alert-service/target/classes:$(cat alert-service/target/bench.cp)" \
 *   dev.newsmon.alert.streams.JudgeBench [claims=1000] [rounds=7]</pre>
 */
public final class JudgeBench {

    private JudgeBench() {
    }

    public static void main(String[] args) {
        int claimCount = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Watchlist watchlist = WatchlistLoader.loadDefault();
        List<Claim> claims = claims(watchlist, claimCount, new Random(42));
        long aspects = claims.stream().map(c -> c.issue() + "/" + c.aspect()).distinct().count();
        System.out.printf("%d claims over %d aspects, %d rounds, load average %.2f%n", claims.size(), aspects, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // warm-up, and the same alerts from both
        List<String> uncachedAlerts = run(watchlist, claims, false).alerts;
        List<String> cachedAlerts = run(watchlist, claims, true).alerts;
        if (!uncachedAlerts.equals(cachedAlerts)) {
            throw new IllegalStateException("cached and uncached judges raised different alerts");
        }
        System.out.println("alerts per run: " + cachedAlerts.size() + " (identical with and without the cache)");

        long[] uncached = new long[rounds];
        long[] cached = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            uncached[i] = run(watchlist, claims, false).cpuNanos;
            cached[i] = run(watchlist, claims, true).cpuNanos;
        }
        double before = median(uncached) / 1e3 / claims.size();
        double after = median(cached) / 1e3 / claims.size();
        System.out.printf("CPU per claim, median of %d: uncached %.0f µs, cached %.0f µs (%.1fx); load average now %.2f%n",
                rounds, before, after, before / after, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    record Result(long cpuNanos, List<String> alerts) {
    }

    static Result run(Watchlist watchlist, List<Claim> claims, boolean cache) {
        return run(watchlist, claims, cache, -1);
    }

    /**
     * @param reopenAt index of the claim before which the processor is closed, its history store emptied and the
     *                 processor initialised again, as when a task is revived after an aborted transaction and its
     *                 store restored to an older state; -1 for never
     */
    static Result run(Watchlist watchlist, List<Claim> claims, boolean cache, int reopenAt) {
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        KeyValueStore<String, ClaimHistory> histories = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StreamsNames.HISTORY_STORE), Serdes.String(), new JsonSerde<>(ClaimHistory.class))
                .withLoggingDisabled().build();
        KeyValueStore<String, Alert> alertStore = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StreamsNames.ALERTS_STORE), Serdes.String(), new JsonSerde<>(Alert.class))
                .withLoggingDisabled().build();
        histories.init(context.getStateStoreContext(), histories);
        alertStore.init(context.getStateStoreContext(), alertStore);
        context.addStateStore(histories);
        context.addStateStore(alertStore);
        ClaimJudge judge = new ClaimJudge(new AlertRules(watchlist), StreamsMetrics.NONE, cache);
        judge.init(context);
        List<Record<String, byte[]>> records = claims.stream()
                .map(c -> new Record<>(c.issue(), Json.write(c).getBytes(StandardCharsets.UTF_8), 0L))
                .toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> alerts = new ArrayList<>();
        long cpu = 0;
        for (int i = 0; i < records.size(); i++) {
            Record<String, byte[]> record = records.get(i);
            if (i == reopenAt) {
                judge.close();
                List<String> keys = new ArrayList<>();
                try (var all = histories.all()) {
                    all.forEachRemaining(kv -> keys.add(kv.key));
                }
                keys.forEach(histories::delete);
                judge.init(context);
            }
            long start = threads.getCurrentThreadCpuTime();
            judge.process(record);
            cpu += threads.getCurrentThreadCpuTime() - start;
            for (MockProcessorContext.CapturedForward<? extends String, ?> forward : context.forwarded()) {
                if (forward.record().value() instanceof Alert a) {
                    alerts.add(a.type() + " " + a.previous().claimId() + " " + a.current().claimId() + " " + a.summary()
                            + " " + a.corroboratingSources());
                }
            }
            context.resetForwards();
        }
        judge.close();
        return new Result(cpu, alerts);
    }

    /** Claims a day apart per aspect, a state of the aspect's vocabulary each, with realistic text sizes. */
    static List<Claim> claims(Watchlist watchlist, int count, Random random) {
        List<String[]> aspects = new ArrayList<>();
        for (WatchedIssue issue : watchlist.issues()) {
            for (Aspect aspect : issue.aspects()) {
                aspects.add(new String[] {issue.id(), aspect.id()});
            }
        }
        Polarity[] polarities = {Polarity.AFFIRMED, Polarity.AFFIRMED, Polarity.AFFIRMED, Polarity.NEGATED};
        Modality[] modalities = Modality.values();
        String[] sources = {"Harbour Post", "Example Wire", "Daily Ledger", "Evening Courier", "Metro Times", "River Gazette"};
        Instant start = Instant.parse("2017-01-02T08:00:00Z");
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] aspect = aspects.get(i % aspects.size());
            Vocabulary vocabulary = watchlist.vocabulary(aspect[0], aspect[1]).orElseThrow();
            List<StateDef> states = vocabulary.states();
            StateDef state = states.get(random.nextInt(states.size()));
            Instant published = start.plus(i / aspects.size(), ChronoUnit.DAYS).plusSeconds(random.nextInt(36_000));
            LocalDate eventDate = random.nextInt(3) == 0 ? null : LocalDate.ofInstant(published, java.time.ZoneOffset.UTC)
                    .minusDays(random.nextInt(4));
            String article = "a-bench-" + (i / 3);
            String sentence = "Officials said on Tuesday that the " + aspect[1] + " of " + aspect[0] + " was now " + state.label()
                    + ", according to people familiar with the talks who asked not to be named because the matter was sensitive.";
            claims.add(new Claim("c-bench-" + i, article, 1, "https://bench.newsmon.invalid/" + article,
                    "Headline about " + aspect[0] + " number " + i, sources[random.nextInt(sources.length)], published,
                    aspect[0], aspect[1], state.id(), polarities[random.nextInt(polarities.length)],
                    modalities[random.nextInt(modalities.length)], random.nextInt(4) == 0 ? "a spokesperson" : null,
                    eventDate, eventDate == null ? null : "day", new Evidence(sentence, 0, sentence.length()),
                    0.5 + random.nextInt(50) / 100.0, published.plusSeconds(30)));
        }
        return claims;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
