package dev.newsmon.alert.streams;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

import dev.newsmon.events.Alert;
import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.Modality;
import dev.newsmon.events.Polarity;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.events.json.JsonSerde;
import dev.newsmon.events.watchlist.Aspect;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;

/**
 * CPU per claim of the judge with the history stored as one whole record per aspect ({@link WholeRecordJudge}, the
 * layout before {@code claim-history-v2}) and as small records ({@link ClaimJudge}), both with their in-memory history
 * cache, in one JVM, alternating rounds, medians of the thread's CPU time (ThreadMXBean, less sensitive to a busy
 * shared machine than wall time). Two harnesses:
 * <ul>
 * <li>{@code processor}: the processor and its serdes on in-memory stores without changelog ({@code process} only);</li>
 * <li>{@code topology}: the whole topology in a {@link TopologyTestDriver} with exactly-once, RocksDB stores and their
 *     changelogs (the driver's producer), timing {@code pipeInput}; also counts the history changelog's records and
 *     bytes per claim, uncompressed and lz4 over 16 KB runs of consecutive record values (the producer's default
 *     batch size; a whole-history record is one batch of its own).</li>
 * </ul>
 * Each round is a fresh judge and empty stores fed the same claims: many claims over the default watchlist's aspects,
 * so histories grow towards the per-aspect bound as in a long-running service. Both layouts must raise the same alerts
 * (checked every run). With a third argument, the claims of an analyzed-articles file (JSON lines, as
 * {@code extract-service/evaluate --analyzed} writes them, in publication order) are compared instead of timed.
 *
 * <pre>./mvnw -B -o -pl alert-service test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/alert-service/target/bench.cp" -Dmdep.includeScope=test
 * java -cp "alert-service/target/test-classes:alert-service/target/classes:$(cat alert-service/target/bench.cp)" \
 *   dev.newsmon.alert.streams.JudgeBench [claims=1000] [rounds=7] [all|memory,rocksdb,topology]
 * java -cp ... dev.newsmon.alert.streams.JudgeBench --compare analyzed.jsonl</pre>
 */
public final class JudgeBench {

    private JudgeBench() {
    }

    /** The history layout under test. */
    enum Layout {
        WHOLE_RECORD, RECORDS
    }

    public static void main(String[] args) throws Exception {
        Watchlist watchlist = WatchlistLoader.loadDefault();
        if (args.length >= 2 && args[0].equals("--compare")) {
            compareFile(watchlist, Path.of(args[1]));
            return;
        }
        int claimCount = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String harness = args.length > 2 ? args[2] : "all";
        List<Claim> claims = claims(watchlist, claimCount, new Random(42));
        long aspects = claims.stream().map(c -> c.issue() + "/" + c.aspect()).distinct().count();
        System.out.printf("%d claims over %d aspects, %d rounds, load average %.2f%n", claims.size(), aspects, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        AlertRules rules = new AlertRules(watchlist);
        if (harness.equals("all") || harness.contains("memory")) {
            bench("memory: processor on in-memory stores, no changelog", rounds, claims.size(),
                    layout -> run(rules, claims, layout, true, new int[0], false, false));
        }
        if (harness.equals("all") || harness.contains("rocksdb")) {
            bench("rocksdb: processor on RocksDB stores, no changelog", rounds, claims.size(),
                    layout -> run(rules, claims, layout, true, new int[0], false, true));
        }
        if (harness.equals("all") || harness.contains("topology")) {
            bench("topology: TopologyTestDriver, RocksDB, changelogs, exactly-once, a commit per claim", rounds, claims.size(),
                    layout -> runTopology(rules, claims, layout));
        }
    }

    private interface Runner {
        Result run(Layout layout);
    }

    private static void bench(String name, int rounds, int claims, Runner runner) {
        // warm-up, and the same alerts from both
        Result old = runner.run(Layout.WHOLE_RECORD);
        Result now = runner.run(Layout.RECORDS);
        if (!old.alerts.equals(now.alerts) || !old.verdicts.equals(now.verdicts)) {
            throw new IllegalStateException(name + ": the two layouts decided differently");
        }
        System.out.printf("%s: alerts per run %d, identical verdicts and alerts in both layouts%n", name, now.alerts.size());
        long[] before = new long[rounds];
        long[] after = new long[rounds];
        long[] beforeProcess = new long[rounds];
        long[] afterProcess = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Result b = runner.run(Layout.WHOLE_RECORD);
            Result a = runner.run(Layout.RECORDS);
            before[i] = b.cpuNanos;
            after[i] = a.cpuNanos;
            beforeProcess[i] = b.processCpuNanos;
            afterProcess[i] = a.processCpuNanos;
        }
        double b = median(before) / 1e3 / claims;
        double a = median(after) / 1e3 / claims;
        double bp = median(beforeProcess) / 1e3 / claims;
        double ap = median(afterProcess) / 1e3 / claims;
        System.out.printf("  CPU per claim, median of %d: judging thread: whole record %.0f µs, records %.0f µs (%.1fx); "
                + "whole process (GC, RocksDB threads): whole record %.0f µs, records %.0f µs (%.1fx); load average now %.2f%n",
                rounds, b, a, b / a, bp, ap, bp / ap, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  history store writes per claim (keys and values as serialized, what the changelog carries uncompressed): "
                + "whole record %.1f records, %.0f bytes; records %.1f records, %.0f bytes (%.0fx fewer bytes)%n",
                old.storeWrites / (double) claims, old.storeBytes / (double) claims, now.storeWrites / (double) claims,
                now.storeBytes / (double) claims, old.storeBytes / (double) now.storeBytes);
        if (old.changelogRecords > 0) {
            System.out.printf("  history changelog per claim: whole record %.1f records, %.0f bytes (lz4 %.0f); records %.1f records, %.0f bytes (lz4 %.0f); %.0fx fewer bytes (lz4 %.0fx)%n",
                    old.changelogRecords / (double) claims, old.changelogBytes / (double) claims, old.changelogLz4Bytes / (double) claims,
                    now.changelogRecords / (double) claims, now.changelogBytes / (double) claims, now.changelogLz4Bytes / (double) claims,
                    old.changelogBytes / (double) now.changelogBytes, old.changelogLz4Bytes / (double) now.changelogLz4Bytes);
        }
    }

    /**
     * @param histories every aspect's history as the store holds it at the end (the view the REST queries get)
     */
    record Result(long cpuNanos, long processCpuNanos, List<String> alerts, List<Verdict> verdicts, Map<String, ClaimHistory> histories,
            long storeWrites, long storeBytes, long changelogRecords, long changelogBytes, long changelogLz4Bytes) {
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Counts what the store serializes: every put's key and value (reads serialize only a key per cache miss). */
    private static final class CountingSerde<T> implements org.apache.kafka.common.serialization.Serde<T> {
        private final org.apache.kafka.common.serialization.Serde<T> inner;
        long records;
        long bytes;

        CountingSerde(org.apache.kafka.common.serialization.Serde<T> inner) {
            this.inner = inner;
        }

        @Override
        public org.apache.kafka.common.serialization.Serializer<T> serializer() {
            org.apache.kafka.common.serialization.Serializer<T> serializer = inner.serializer();
            return (topic, data) -> {
                byte[] out = serializer.serialize(topic, data);
                records++;
                bytes += out == null ? 0 : out.length;
                return out;
            };
        }

        @Override
        public org.apache.kafka.common.serialization.Deserializer<T> deserializer() {
            return inner.deserializer();
        }
    }

    static Result run(Watchlist watchlist, List<Claim> claims, boolean cache) {
        return run(watchlist, claims, Layout.RECORDS, cache, new int[0], false);
    }

    /** As {@link #run(Watchlist, List, Layout, boolean, int[], boolean)} with the store emptied at {@code reopenAt}. */
    static Result run(Watchlist watchlist, List<Claim> claims, boolean cache, int reopenAt) {
        return run(watchlist, claims, Layout.RECORDS, cache, new int[] {reopenAt}, true);
    }

    static Result run(Watchlist watchlist, List<Claim> claims, Layout layout, boolean cache, int[] reopenAt, boolean emptyStore) {
        return run(new AlertRules(watchlist), claims, layout, cache, reopenAt, emptyStore);
    }

    /**
     * The processor alone on in-memory stores.
     *
     * @param reopenAt   indexes of the claims before which the processor is closed and initialised again, as when a
     *                   task is suspended or revived and its stores restored
     * @param emptyStore also empty the history store before init(), as when the store was restored to an older
     *                   state (an aborted transaction)
     */
    static Result run(AlertRules rules, List<Claim> claims, Layout layout, boolean cache, int[] reopenAt, boolean emptyStore) {
        return run(rules, claims, layout, cache, reopenAt, emptyStore, false);
    }

    /** @param rocksDb RocksDB stores (without changelog) instead of in-memory ones */
    static Result run(AlertRules rules, List<Claim> claims, Layout layout, boolean cache, int[] reopenAt, boolean emptyStore,
            boolean rocksDb) {
        Path stateDir = rocksDb ? tempDir() : null;
        try {
            return run(rules, claims, layout, cache, reopenAt, emptyStore, stateDir);
        } finally {
            if (stateDir != null) {
                deleteTree(stateDir);
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("judge-bench");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Result run(AlertRules rules, List<Claim> claims, Layout layout, boolean cache, int[] reopenAt, boolean emptyStore,
            Path stateDir) {
        MockProcessorContext<String, Object> context = stateDir == null ? new MockProcessorContext<>()
                : new MockProcessorContext<>(new Properties(), new org.apache.kafka.streams.processor.TaskId(0, 0), stateDir.toFile());
        String historyStore = layout == Layout.RECORDS ? StreamsNames.HISTORY_STORE : WholeRecordJudge.STORE;
        @SuppressWarnings({"unchecked", "rawtypes"})
        CountingSerde<Object> historySerde = new CountingSerde<>(layout == Layout.RECORDS
                ? (org.apache.kafka.common.serialization.Serde) new JsonSerde<>(HistoryRecord.class)
                : (org.apache.kafka.common.serialization.Serde) new JsonSerde<>(ClaimHistory.class));
        CountingSerde<String> keySerde = new CountingSerde<>(Serdes.String());
        KeyValueStore<String, Object> histories = Stores.keyValueStoreBuilder(
                stateDir == null ? Stores.inMemoryKeyValueStore(historyStore) : Stores.persistentKeyValueStore(historyStore),
                keySerde, historySerde)
                .withLoggingDisabled().build();
        KeyValueStore<String, Alert> alertStore = Stores.keyValueStoreBuilder(
                stateDir == null ? Stores.inMemoryKeyValueStore(StreamsNames.ALERTS_STORE) : Stores.persistentKeyValueStore(StreamsNames.ALERTS_STORE),
                Serdes.String(), new JsonSerde<>(Alert.class))
                .withLoggingDisabled().build();
        histories.init(context.getStateStoreContext(), histories);
        alertStore.init(context.getStateStoreContext(), alertStore);
        context.addStateStore(histories);
        context.addStateStore(alertStore);
        List<Verdict> verdicts = new ArrayList<>();
        StreamsMetrics metrics = new StreamsMetrics() {
            @Override
            public void claimJudged(Claim claim, Verdict verdict) {
                verdicts.add(verdict);
            }
        };
        Processor<String, byte[], String, Object> judge = layout == Layout.RECORDS
                ? new ClaimJudge(rules, metrics, cache) : new WholeRecordJudge(rules, metrics, cache);
        judge.init(context);
        List<Record<String, byte[]>> records = claims.stream()
                .map(c -> new Record<>(c.issue(), Json.write(c).getBytes(StandardCharsets.UTF_8), 0L))
                .toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> alerts = new ArrayList<>();
        long cpu = 0;
        long processStart = processCpuNanos();
        for (int i = 0; i < records.size(); i++) {
            Record<String, byte[]> record = records.get(i);
            final int index = i;
            if (Arrays.stream(reopenAt).anyMatch(at -> at == index)) {
                judge.close();
                if (emptyStore) {
                    List<String> keys = new ArrayList<>();
                    try (var all = histories.all()) {
                        all.forEachRemaining(kv -> keys.add(kv.key));
                    }
                    keys.forEach(histories::delete);
                }
                judge.init(context);
            }
            long start = threads.getCurrentThreadCpuTime();
            judge.process(record);
            cpu += threads.getCurrentThreadCpuTime() - start;
            for (MockProcessorContext.CapturedForward<? extends String, ?> forward : context.forwarded()) {
                if (forward.record().value() instanceof Alert a) {
                    alerts.add(describe(a));
                }
            }
            context.resetForwards();
        }
        judge.close();
        long processCpu = processCpuNanos() - processStart;
        long writes = historySerde.records;
        long bytes = historySerde.bytes + keySerde.bytes;
        Map<String, ClaimHistory> stored = new TreeMap<>();
        try (KeyValueIterator<String, Object> all = histories.all()) {
            if (layout == Layout.RECORDS) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                KeyValueIterator<String, HistoryRecord> typed = (KeyValueIterator) all;
                HistoryRecords.read(typed).forEach(s -> stored.put(ClaimHistory.key(s.history().issue(), s.history().aspect()), s.history()));
            } else {
                all.forEachRemaining(kv -> stored.put(kv.key, (ClaimHistory) kv.value));
            }
        }
        histories.close();
        alertStore.close();
        return new Result(cpu, processCpu, alerts, verdicts, stored, writes, bytes, 0, 0, 0);
    }

    static String describe(Alert a) {
        return a.alertId() + " " + a.type() + " " + a.previous().claimId() + " " + a.current().claimId() + " " + a.summary()
                + " " + a.corroboratingSources();
    }

    /** The whole topology through a TopologyTestDriver (RocksDB stores, changelogs, exactly-once). */
    static Result runTopology(Watchlist watchlist, List<Claim> claims, Layout layout) {
        return runTopology(new AlertRules(watchlist), claims, layout);
    }

    static Result runTopology(AlertRules rules, List<Claim> claims, Layout layout) {
        List<Verdict> verdicts = new ArrayList<>();
        StreamsMetrics metrics = new StreamsMetrics() {
            @Override
            public void claimJudged(Claim claim, Verdict verdict) {
                verdicts.add(verdict);
            }
        };
        Topology topology = layout == Layout.RECORDS ? AlertTopology.build(rules, metrics) : WholeRecordTopology.build(rules, metrics);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "judge-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        Path stateDir = tempDir();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        String changelog = "judge-bench-" + (layout == Layout.RECORDS ? StreamsNames.HISTORY_STORE : WholeRecordJudge.STORE) + "-changelog";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LZ4Compressor lz4 = LZ4Factory.fastestInstance().fastCompressor();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, Alert> output = driver.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(), new JsonSerde<>(Alert.class));
            TestOutputTopic<byte[], byte[]> changes = driver.createOutputTopic(changelog, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<byte[]> values = claims.stream().map(c -> Json.write(c).getBytes(StandardCharsets.UTF_8)).toList();
            List<String> alerts = new ArrayList<>();
            long cpu = 0;
            long records = 0;
            long bytes = 0;
            long lz4Bytes = 0;
            java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
            long processCpu = 0;
            for (int i = 0; i < values.size(); i++) {
                long processStart = processCpuNanos();
                long start = threads.getCurrentThreadCpuTime();
                input.pipeInput(claims.get(i).issue(), values.get(i));
                cpu += threads.getCurrentThreadCpuTime() - start;
                processCpu += processCpuNanos() - processStart;
                for (TestRecord<byte[], byte[]> change : changes.readRecordsToList()) {
                    records++;
                    int size = change.key().length + (change.value() == null ? 0 : change.value().length);
                    bytes += size;
                    if (batch.size() > 0 && batch.size() + size > 16384) {
                        lz4Bytes += lz4.compress(batch.toByteArray()).length;
                        batch.reset();
                    }
                    batch.writeBytes(change.key());
                    if (change.value() != null) {
                        batch.writeBytes(change.value());
                    }
                }
                output.readValuesToList().forEach(a -> alerts.add(describe(a)));
            }
            if (batch.size() > 0) {
                lz4Bytes += lz4.compress(batch.toByteArray()).length;
            }
            Map<String, ClaimHistory> stored = new TreeMap<>();
            if (layout == Layout.RECORDS) {
                KeyValueStore<String, HistoryRecord> store = driver.getKeyValueStore(StreamsNames.HISTORY_STORE);
                try (KeyValueIterator<String, HistoryRecord> all = store.all()) {
                    HistoryRecords.read(all).forEach(s -> stored.put(ClaimHistory.key(s.history().issue(), s.history().aspect()), s.history()));
                }
            } else {
                KeyValueStore<String, ClaimHistory> store = driver.getKeyValueStore(WholeRecordJudge.STORE);
                try (KeyValueIterator<String, ClaimHistory> all = store.all()) {
                    all.forEachRemaining(kv -> stored.put(kv.key, kv.value));
                }
            }
            return new Result(cpu, processCpu, alerts, verdicts, stored, records, bytes, records, bytes, lz4Bytes);
        } finally {
            deleteTree(stateDir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** The claims of an analyzed-articles file through both layouts' topologies: same verdicts, alerts and histories? */
    private static void compareFile(Watchlist watchlist, Path analyzed) throws java.io.IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(analyzed, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, AnalyzedArticle.class));
            }
        }
        articles.sort(Comparator.comparing(AnalyzedArticle::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Claim> claims = articles.stream().flatMap(a -> a.claims() == null ? java.util.stream.Stream.<Claim>empty() : a.claims().stream()).toList();
        Result old = runTopology(watchlist, claims, Layout.WHOLE_RECORD);
        Result now = runTopology(watchlist, claims, Layout.RECORDS);
        System.out.printf("%d claims; whole record: %d alerts, records: %d alerts; verdicts %s, alerts %s, histories %s%n", claims.size(),
                old.alerts.size(), now.alerts.size(), old.verdicts.equals(now.verdicts) ? "identical" : "DIFFERENT",
                old.alerts.equals(now.alerts) ? "identical" : "DIFFERENT", old.histories.equals(now.histories) ? "identical" : "DIFFERENT");
        now.alerts.forEach(System.out::println);
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
