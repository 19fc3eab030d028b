package dev.newsmon.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.TopicReader.TopicRecord;

/**
 * The pipeline benchmark: packaged services on a real broker, synthetic 5 KB articles (each raising one
 * alert, see {@link SyntheticArticles}) pushed as a warm-up, at a fixed rate and then as fast as possible,
 * compared with Kafka's own producer throughput for the same records in the same run. Run with
 * {@code ./newsmon bench} (or {@code ./mvnw -pl e2e -Pbench verify}); prints a Markdown report and writes
 * it to {@code e2e/target/bench/pipeline.md}.
 *
 * <p>Per phase it reports what was pushed, accepted, claimed, judged (alert-service's verdict counters),
 * alerted and delivered, with the alerts and webhooks expected but missing; latency from ingest acceptance
 * ({@code Claim.ingestedAt}) to the alert's {@code detectedAt} and to the webhook's arrival here; when each
 * stage finished its backlog (from the topics' end offsets, sampled every second); and the CPU seconds each
 * process used (from {@code /proc/PID/stat}), the cheapest profile of which service limits throughput.
 */
public final class PipelineBench {

    private static final int LANES = 4;
    /** A synthetic article as JSON, rounded up: for deciding whether a phase's bodies fit in memory. */
    private static final long APPROX_ARTICLE_JSON_BYTES = 8 * 1024;
    private static final String WARMUP = "warmup";
    private static final String FIXED = "fixed";
    private static final String MAX = "max";

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        // The HTTP clients' executors and Kafka's threads are not daemons; without this the JVM (and
        // ./newsmon bench) would wait for them after the report is out (or after a failure).
        System.exit(status);
    }

    private static void run() throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int rateSeconds = Integer.getInteger("bench.rate.seconds", 30);
        int maxArticles = Integer.getInteger("bench.max.articles", 20_000);
        int producerRecords = Integer.getInteger("bench.producer.records", 20_000);
        int warmupArticles = Integer.getInteger("bench.warmup.articles", 40_000);
        boolean profile = Boolean.getBoolean("bench.profile");
        Path root = Path.of(System.getProperty("newsmon.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("newsmon.e2e.work", "target/e2e")).resolve("bench");
        Path report = work.getParent().getParent().resolve("bench/pipeline.md");

        List<String> lines = new ArrayList<>();
        lines.add("Pipeline benchmark, " + LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES) + " UTC, "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average at start " + loadAverage());
        lines.add("");
        lines.add("Parameters: -Dbench.rate=" + rate + " -Dbench.rate.seconds=" + rateSeconds + " -Dbench.max.articles=" + maxArticles
                + " -Dbench.producer.records=" + producerRecords + " -Dbench.warmup.articles=" + warmupArticles
                + " -Dbench.profile=" + profile + "; "
                + SyntheticArticles.stories() + " stories (issue aspects), " + LANES + " push lanes.");
        log("starting broker and services");
        try (Stack stack = Stack.start(root, work)) {
            byte[] key = new byte[24];
            new SecureRandom().nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            try (WebhookReceiver receiver = new WebhookReceiver(secret);
                 Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers()))) {
                HttpResponse<String> created = stack.post("alert-service", "/api/subscriptions", "application/json",
                        Json.write(Map.of("name", "bench", "channel", "webhook", "webhookUrl", receiver.url(), "secret", secret)), Map.of());
                if (created.statusCode() >= 300) {
                    throw new IllegalStateException("cannot subscribe: " + created.statusCode() + " " + created.body());
                }
                Thread.sleep(3000);
                Map<String, Long> idleBefore = residentMegabytes(stack);

                SyntheticArticles articles = new SyntheticArticles(UUID.randomUUID().toString().substring(0, 8));
                Bench bench = new Bench(stack, receiver, admin, articles, profile ? work.resolve("profile") : null);
                try {
                    log("warm-up: " + warmupArticles + " articles as fast as possible");
                    PhaseResult warmup = bench.phase(WARMUP, warmupArticles, 10, 0);
                    if (warmup.alerts.isEmpty()) {
                        throw new IllegalStateException("the warm-up raised no alert (expected " + warmup.expectedAlerts
                                + "): the generated articles no longer yield updates. Extract-service made " + warmup.claims()
                                + " claims; alert-service verdicts " + warmup.verdicts() + ". Check SyntheticArticles against the"
                                + " watchlist and the rules (SyntheticArticlesTest, extract-service/evaluate, alert-service OfflineJudge).");
                    }
                    if (warmup.alerts.size() < warmup.expectedAlerts) {
                        log("WARNING: warm-up alerts expected " + warmup.expectedAlerts + ", received " + warmup.alerts.size()
                                + "; verdicts " + warmup.verdicts());
                    }

                    log("fixed rate: " + rate + " articles/s for " + rateSeconds + " s");
                    PhaseResult fixed = bench.phase(FIXED, rate * rateSeconds, Math.max(1, rate / 20), rate);

                    log("as fast as possible: " + maxArticles + " articles");
                    PhaseResult max = bench.phase(MAX, maxArticles, 50, 0);
                    Thread.sleep(3000);
                    Map<String, Long> idleAfter = residentMegabytes(stack);

                    // last, so that compiling the producer's code in this JVM (which also hosts the broker) does not
                    // land in a measured phase; the broker's own code is warm by now, as it is for the pipeline
                    log("Kafka producer baseline: " + producerRecords + " records of the same size");
                    double kafkaRate = kafkaProducerRate(stack, articles, producerRecords);

                    report(lines, rate, kafkaRate, List.of(warmup, fixed, max), idleBefore, idleAfter);
                } finally {
                    bench.close();
                }
            }
        }
        lines.add("");
        lines.add("Load average at the end: " + loadAverage());
        String text = String.join("\n", lines) + "\n";
        Files.createDirectories(report.getParent());
        Files.writeString(report, text);
        System.out.println(text);
        System.out.println("report written to " + report);
    }

    private static void report(List<String> lines, int rate, double kafkaRate, List<PhaseResult> phases,
            Map<String, Long> idleBefore, Map<String, Long> idleAfter) {
        PhaseResult fixed = phases.get(1);
        PhaseResult max = phases.get(2);
        double sustained = max.sustainedToLastAlert();
        lines.add("");
        lines.add("## Summary");
        lines.add("");
        lines.add("| measure | value |");
        lines.add("|---|---|");
        lines.add("| Kafka producer alone, same 5 KB records (acks=all, lz4), records/s | " + Math.round(kafkaRate) + " |");
        lines.add("| as fast as possible: ingest accepted, articles/s | " + Math.round(max.pushRate()) + " |");
        lines.add("| as fast as possible: sustained end to end (push start to last alert emitted), articles/s | " + Math.round(sustained) + " |");
        lines.add("| ratio pipeline / Kafka producer | " + String.format("%.3f", sustained / kafkaRate) + " |");
        lines.add("| at " + rate + " articles/s (achieved " + Math.round(fixed.pushRate()) + "): ingest to alert emitted p50 / p99 / max, ms | "
                + fixed.alertLatency() + " |");
        lines.add("| at " + rate + " articles/s: ingest to webhook received p50 / p99 / max, ms | " + fixed.webhookLatency() + " |");
        lines.add("| at " + rate + " articles/s: alerts received / expected, webhooks received / expected | " + fixed.alerts.size() + " / "
                + fixed.expectedAlerts + ", " + fixed.webhooks.size() + " / " + fixed.alerts.size() + " |");

        lines.add("");
        lines.add("## Phases");
        lines.add("");
        StringBuilder header = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (PhaseResult p : phases) {
            header.append(' ').append(p.title).append(" |");
            rule.append("---|");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        row(lines, phases, "articles pushed / accepted (new)", p -> p.pushed + " / " + p.acceptedNew.get());
        row(lines, phases, "push: seconds, articles/s (max behind schedule, ms)", p -> String.format("%.1f, %d (%d)", p.pushSeconds,
                Math.round(p.pushRate()), p.maxBehindScheduleMillis));
        row(lines, phases, "extract-service: articles / claims / failures", p -> p.delta("extract-service", "newsmon_extract_articles_total")
                + " / " + p.claims() + " / " + p.delta("extract-service", "newsmon_extract_failures_total"));
        row(lines, phases, "alert-service verdicts", p -> p.verdicts().toString().replace("{", "").replace("}", "").replace("=", " "));
        row(lines, phases, "alerts expected / received / missing", p -> p.expectedAlerts + " / " + p.alerts.size() + " / "
                + Math.max(0, p.expectedAlerts - p.alerts.size()));
        row(lines, phases, "webhooks received (distinct) / missing / duplicates / bad signature", p -> p.webhooks.size() + " / "
                + Math.max(0, p.alerts.size() - p.webhooks.size()) + " / " + p.duplicateWebhooks + " / " + p.badSignatures);
        row(lines, phases, "ingest to alert emitted p50 / p99 / max, ms", PhaseResult::alertLatency);
        row(lines, phases, "ingest to webhook received p50 / p99 / max, ms", PhaseResult::webhookLatency);
        row(lines, phases, "stage done after push start, s: extract / alert (last alert) / webhooks", p -> p.doneTimes());
        row(lines, phases, "sustained articles/s: to last alert / to last webhook", p -> Math.round(p.sustainedToLastAlert()) + " / "
                + Math.round(p.sustainedToLastWebhook()));
        row(lines, phases, "max backlog: extract (articles) / alert (claims, commits every 100 ms)", p -> p.maxExtractBacklog + " / " + p.maxAlertBacklog);
        for (String process : processes()) {
            row(lines, phases, "CPU s (ms per article): " + process, p -> p.cpu(process));
        }
        for (String module : Stack.SERVICES) {
            row(lines, phases, "max resident memory, MB: " + module, p -> String.valueOf(p.maxResidentMegabytes.getOrDefault(module, -1L)));
        }

        lines.add("");
        lines.add("| service | resident memory idle before the phases, MB | idle after, MB |");
        lines.add("|---|---|---|");
        for (String module : Stack.SERVICES) {
            lines.add("| " + module + " | " + idleBefore.get(module) + " | " + idleAfter.get(module) + " |");
        }

        lines.add("");
        lines.add("## Broker requests per article");
        lines.add("");
        lines.add("Requests the broker (in the bench JVM) served in each phase, by type, per article pushed. At low rates every"
                + " article travels in batches of its own, so these counts, not bytes, are what the broker's CPU follows.");
        lines.add("");
        List<Map<String, Long>> served = phases.stream().map(PhaseResult::requests).toList();
        Map<String, Long> servedLast = served.get(served.size() - 1);
        java.util.Set<String> types = new java.util.TreeSet<>();
        served.forEach(counts -> types.addAll(counts.keySet()));
        lines.add("| request | " + String.join(" | ", phases.stream().map(p -> p.title).toList()) + " |");
        lines.add("|---" + "|---".repeat(phases.size()) + "|");
        for (String type : types.stream().sorted(java.util.Comparator.comparingLong((String t) -> -servedLast.getOrDefault(t, 0L))).toList()) {
            lines.add("| " + type + " | " + perArticle(phases, served, counts -> counts.getOrDefault(type, 0L)) + " |");
        }
        lines.add("| all | " + perArticle(phases, served, counts -> counts.values().stream().mapToLong(Long::longValue).sum()) + " |");

        lines.add("");
        lines.add("Requests each service's Kafka clients sent, per article pushed (the clients' own `request-total` metrics"
                + " in the services' `/q/metrics`; only the clients bound to Micrometer: SmallRye channels and Kafka Streams,"
                + " not clients a service builds itself):");
        lines.add("");
        Map<String, List<Long>> byClient = new TreeMap<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseResult phase = phases.get(i);
            for (String module : Stack.SERVICES) {
                for (String series : phase.metricsAfter.getOrDefault(module, Map.of()).keySet()) {
                    if (KafkaClientRequests.isClientSeries(series)) {
                        int index = i;
                        byClient.computeIfAbsent(module + " " + KafkaClientRequests.label(series),
                                k -> new ArrayList<>(java.util.Collections.nCopies(phases.size(), 0L)))
                                .set(index, phase.delta(module, series));
                    }
                }
            }
        }
        lines.add("| client | " + String.join(" | ", phases.stream().map(p -> p.title).toList()) + " |");
        lines.add("|---" + "|---".repeat(phases.size()) + "|");
        byClient.forEach((client, counts) -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                cells.add(String.format("%.2f", counts.get(i) / (double) phases.get(i).pushed));
            }
            lines.add("| " + client + " | " + String.join(" | ", cells) + " |");
        });

        lines.add("");
        lines.add("## Where each process's CPU went, by thread");
        lines.add("");
        lines.add("The busiest thread groups of each process (Linux thread names, 15 characters, digits folded to #): ms of CPU"
                + " per article pushed, and share of the process's threads. `C# CompilerThre` is the JIT compiler: a large share"
                + " means the phase still ran partly unoptimised code.");
        for (PhaseResult phase : phases.subList(1, phases.size())) {
            lines.add("");
            lines.add("**" + phase.title + "**");
            lines.add("");
            for (String process : processes()) {
                lines.add("- " + process + ": " + String.join(", ", phase.busiestThreads(process, 6)));
            }
        }

        lines.add("");
        lines.add("## Bytes written per topic, as-fast-as-possible phase");
        lines.add("");
        lines.add("Where the broker's work goes: bytes producers wrote to each topic during the phase (the broker's"
                + " BytesInPerSec meter, batches as sent, compressed where the producer compresses), and per article pushed.");
        lines.add("");
        lines.add("| topic | MB | KB per article |");
        lines.add("|---|---|---|");
        max.bytesWritten().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                lines.add("| " + e.getKey() + " | " + String.format("%.1f", e.getValue() / 1e6) + " | "
                        + String.format("%.1f", e.getValue() / 1e3 / max.pushed) + " |"));

        lines.add("");
        lines.add("## Progress of the as-fast-as-possible phase");
        lines.add("");
        lines.add("Cumulative records since the phase started: raw articles written by ingest, analyzed articles written by"
                + " extract, claims committed by alert-service's Streams (commits every 100 ms), webhooks received.");
        lines.add("");
        lines.add("| s | ingested | extracted | judged (claims) | webhooks |");
        lines.add("|---|---|---|---|---|");
        Sample base = max.samples.isEmpty() ? null : max.samples.get(0);
        long shownUpTo = -5;
        for (int i = 0; i < max.samples.size(); i++) {
            Sample s = max.samples.get(i);
            boolean last = i == max.samples.size() - 1;
            long second = Math.round(s.secondsSinceStart);
            if (second - shownUpTo >= 5 || last) {
                lines.add("| " + second + " | " + (s.rawEnd - base.rawEnd) + " | " + (s.analyzedEnd - base.analyzedEnd) + " | "
                        + (s.alertCommitted - base.alertCommitted) + " | " + (s.webhooks - base.webhooks) + " |");
                shownUpTo = second;
            }
        }
        if (!max.profile.isEmpty()) {
            lines.add("");
            lines.add("## CPU profile of the as-fast-as-possible phase (JFR, settings=profile)");
            lines.add("");
            lines.addAll(max.profile);
        }
        lines.add("");
        lines.add("Notes: latencies start at ingest acceptance (`Claim.ingestedAt`, stamped by ingest-service) and end at the alert's"
                + " `detectedAt` (stamped when the rule fires, before alert-service's Kafka Streams transaction commits) or at the webhook's"
                + " arrival here; alerts become visible to the delivery consumer (read_committed) only at the next Streams commit"
                + " (commit.interval.ms 100), which the webhook figure includes. CPU of the bench JVM includes the Kafka broker, the load"
                + " generator, the webhook receiver and the 1 s progress sampler.");
    }

    /** One cell per phase: a count taken from the phase's request counts, per article pushed. */
    private static String perArticle(List<PhaseResult> phases, List<Map<String, Long>> served,
            java.util.function.ToLongFunction<Map<String, Long>> count) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            cells.add(String.format("%.2f", count.applyAsLong(served.get(i)) / (double) phases.get(i).pushed));
        }
        return String.join(" | ", cells);
    }

    private static List<String> processes() {
        List<String> processes = new ArrayList<>(Stack.SERVICES);
        processes.add("bench JVM (broker, generator, receiver)");
        return processes;
    }

    private interface Cell {
        String of(PhaseResult p);
    }

    private static void row(List<String> lines, List<PhaseResult> phases, String measure, Cell cell) {
        StringBuilder row = new StringBuilder("| ").append(measure).append(" |");
        for (PhaseResult p : phases) {
            row.append(' ').append(cell.of(p)).append(" |");
        }
        lines.add(row.toString());
    }

    private static Map<String, Long> residentMegabytes(Stack stack) {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String module : Stack.SERVICES) {
            rss.put(module, stack.services.get(module).residentKilobytes() / 1024);
        }
        return rss;
    }

    private static double kafkaProducerRate(Stack stack, SyntheticArticles articles, int count) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        String value = Json.write(articles.article(0, 0, "producer"));
        stack.broker.createTopics("newsmon.bench.producer");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            List<Future<RecordMetadata>> sends = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sends.add(producer.send(new ProducerRecord<>("newsmon.bench.producer", "k" + i, value)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void log(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }

    /** One second of progress: end offsets of the stages' output topics and alert-service's committed input offset. */
    record Sample(double secondsSinceStart, long rawEnd, long analyzedEnd, long claimsEnd, long alertCommitted, long webhooks) {
    }

    /** Everything measured in one phase. */
    static final class PhaseResult {
        final String name;
        final String title;
        final int pushed;
        final int expectedAlerts;
        final AtomicLong acceptedNew = new AtomicLong();
        final Instant start;
        double pushSeconds;
        long maxBehindScheduleMillis;
        List<Alert> alerts = List.of();
        List<WebhookReceiver.Delivery> webhooks = List.of();
        List<Long> toAlert = List.of();
        List<Long> toWebhook = List.of();
        int duplicateWebhooks;
        int badSignatures;
        volatile Instant extractDone;
        Instant caughtUp;
        final List<Sample> samples = new CopyOnWriteArrayList<>();
        volatile long maxExtractBacklog;
        volatile long maxAlertBacklog;
        final Map<String, Long> maxResidentMegabytes = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Double> cpuBefore = new LinkedHashMap<>();
        final Map<String, Double> cpuAfter = new LinkedHashMap<>();
        final Map<String, Map<String, Double>> threadsBefore = new LinkedHashMap<>();
        final Map<String, Map<String, Double>> threadsAfter = new LinkedHashMap<>();
        final Map<String, Long> requestsBefore = new TreeMap<>();
        final Map<String, Long> requestsAfter = new TreeMap<>();
        final List<String> profile = new ArrayList<>();
        int deliveriesAtStart;
        final Map<String, Long> bytesBefore = new HashMap<>();
        final Map<String, Long> bytesAfter = new HashMap<>();
        final Map<String, Map<String, Double>> metricsBefore = new HashMap<>();
        final Map<String, Map<String, Double>> metricsAfter = new HashMap<>();

        PhaseResult(String name, String title, int pushed, int expectedAlerts, Instant start) {
            this.name = name;
            this.title = title;
            this.pushed = pushed;
            this.expectedAlerts = expectedAlerts;
            this.start = start;
        }

        double pushRate() {
            return pushed / pushSeconds;
        }

        long delta(String module, String series) {
            return Math.round(metricsAfter.getOrDefault(module, Map.of()).getOrDefault(series, 0.0)
                    - metricsBefore.getOrDefault(module, Map.of()).getOrDefault(series, 0.0));
        }

        long claims() {
            return delta("extract-service", "newsmon_extract_claims_total");
        }

        Map<String, Long> verdicts() {
            Map<String, Long> verdicts = new TreeMap<>();
            String prefix = "newsmon_alert_claims_processed_total{verdict=\"";
            for (String series : metricsAfter.getOrDefault("alert-service", Map.of()).keySet()) {
                if (series.startsWith(prefix)) {
                    long n = delta("alert-service", series);
                    if (n > 0) {
                        verdicts.put(series.substring(prefix.length(), series.indexOf('"', prefix.length())), n);
                    }
                }
            }
            return verdicts;
        }

        String alertLatency() {
            return latency(toAlert);
        }

        String webhookLatency() {
            return latency(toWebhook);
        }

        private static String latency(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return "none measured";
            }
            return percentile(sorted, 50) + " / " + percentile(sorted, 99) + " / " + sorted.get(sorted.size() - 1);
        }

        Instant lastAlert() {
            return alerts.stream().map(Alert::detectedAt).max(Instant::compareTo).orElse(caughtUp);
        }

        Instant lastWebhook() {
            return webhooks.stream().map(WebhookReceiver.Delivery::receivedAt).max(Instant::compareTo).orElse(null);
        }

        double sustainedToLastAlert() {
            return pushed / seconds(lastAlert());
        }

        double sustainedToLastWebhook() {
            Instant last = lastWebhook();
            return last == null ? 0 : pushed / seconds(last);
        }

        String doneTimes() {
            Instant webhook = lastWebhook();
            return String.format("%s / %.1f / %s", extractDone == null ? "?" : String.format("%.1f", seconds(extractDone)),
                    seconds(lastAlert()), webhook == null ? "none" : String.format("%.1f", seconds(webhook)));
        }

        /** Bytes producers wrote to each topic during the phase. */
        Map<String, Long> bytesWritten() {
            return grown(bytesBefore, bytesAfter);
        }

        /** The counters that grew between two readings, by how much. */
        private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
            Map<String, Long> grown = new TreeMap<>();
            after.forEach((name, count) -> {
                long delta = count - before.getOrDefault(name, 0L);
                if (delta > 0) {
                    grown.put(name, delta);
                }
            });
            return grown;
        }

        String cpu(String process) {
            Double before = cpuBefore.get(process);
            Double after = cpuAfter.get(process);
            if (before == null || after == null || before < 0 || after < 0) {
                return "unknown";
            }
            double seconds = after - before;
            return String.format("%.1f (%.2f)", seconds, seconds * 1000 / pushed);
        }

        /** The process's busiest thread groups in the phase: name, ms of CPU per article, share of the process. */
        List<String> busiestThreads(String process, int top) {
            Map<String, Double> before = threadsBefore.getOrDefault(process, Map.of());
            Map<String, Double> used = new HashMap<>();
            threadsAfter.getOrDefault(process, Map.of()).forEach((name, seconds) -> {
                double delta = seconds - before.getOrDefault(name, 0.0);
                if (delta > 0) {
                    used.put(name, delta);
                }
            });
            double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
            return used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .map(e -> String.format("`%s` %.2f (%.0f %%)", e.getKey(), e.getValue() * 1000 / pushed, 100 * e.getValue() / total))
                    .toList();
        }

        /** Requests the broker served in the phase, by request type. */
        Map<String, Long> requests() {
            return grown(requestsBefore, requestsAfter);
        }

        private double seconds(Instant end) {
            return Duration.between(start, end).toNanos() / 1e9;
        }
    }

    /** The stack, the generator and the measuring tools shared by the phases. */
    static final class Bench implements AutoCloseable {
        private final Stack stack;
        private final WebhookReceiver receiver;
        private final Admin admin;
        private final SyntheticArticles articles;
        private final Pusher pusher;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-sampler");
            t.setDaemon(true);
            return t;
        });
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        /** Where JFR recordings of the as-fast-as-possible phase go; null: no profile. */
        private final Path profileDir;

        Bench(Stack stack, WebhookReceiver receiver, Admin admin, SyntheticArticles articles, Path profileDir) {
            this.profileDir = profileDir;
            this.stack = stack;
            this.receiver = receiver;
            this.admin = admin;
            this.articles = articles;
            this.pusher = new Pusher(stack, articles);
        }

        /**
         * Pushes {@code count} articles in batches ({@code perSecond} articles/s, or as fast as possible when 0),
         * waits until extract and alert have processed everything and every alert reached the webhook (or a
         * timeout), and collects what happened.
         */
        PhaseResult phase(String name, int count, int batchSize, int perSecond) throws Exception {
            String title = switch (name) {
                case WARMUP -> "warm-up";
                case FIXED -> "fixed " + perSecond + "/s";
                default -> "as fast as possible";
            };
            int expected = pusher.expectedAlerts(count, batchSize);
            // started before the CPU figures are taken, so attaching jcmd is not counted (the recording itself is)
            boolean profiling = profileDir != null && name.equals(MAX);
            jdk.jfr.Recording here = profiling ? startProfiles() : null;
            Map<String, Map<String, Double>> metricsBefore = metrics();
            Map<String, Double> cpuBefore = cpu();
            PhaseResult result = new PhaseResult(name, title, count, expected, Instant.now());
            result.metricsBefore.putAll(metricsBefore);
            result.cpuBefore.putAll(cpuBefore);
            result.threadsBefore.putAll(threadCpu());
            result.requestsBefore.putAll(brokerRequests());
            result.bytesBefore.putAll(topicBytes());
            result.deliveriesAtStart = receiver.count();
            Sample first = sample(result);
            long rawAtStart = first == null ? 0 : first.rawEnd;
            if (first != null) {
                result.samples.add(first);
            }
            var sampling = sampler.scheduleAtFixedRate(() -> {
                Sample s = sample(result);
                if (s != null) {
                    result.samples.add(s);
                    result.maxExtractBacklog = Math.max(result.maxExtractBacklog, s.rawEnd - s.analyzedEnd);
                    result.maxAlertBacklog = Math.max(result.maxAlertBacklog, s.claimsEnd - s.alertCommitted);
                    if (result.extractDone == null && s.rawEnd - rawAtStart >= count && s.analyzedEnd >= s.rawEnd) {
                        result.extractDone = Instant.now();
                    }
                }
                for (String module : Stack.SERVICES) {
                    result.maxResidentMegabytes.merge(module, stack.services.get(module).residentKilobytes() / 1024, Long::max);
                }
            }, 1, 1, TimeUnit.SECONDS);
            try {
                long started = System.nanoTime();
                pusher.push(name, count, batchSize, perSecond, result);
                result.pushSeconds = (System.nanoTime() - started) / 1e9;
                awaitCaughtUp(Duration.ofMinutes(15));
                result.caughtUp = Instant.now();
                awaitWebhooks(result, Duration.ofSeconds(60));
            } finally {
                sampling.cancel(false);
                if (here != null) {
                    stopProfiles(here, result);
                }
            }
            Sample last = sample(result);
            if (last != null) {
                result.samples.add(last);
            }
            Instant lastAnalyzed = lastRecordTime(Topics.ARTICLES_ANALYZED);
            Instant lastRaw = lastRecordTime(Topics.ARTICLES_RAW);
            // exact, where the 1 s samples only bound it; only when extract stamps its own time (a timestamp
            // copied from the raw record would equal the raw one)
            if (lastAnalyzed != null && lastRaw != null && lastAnalyzed.isAfter(lastRaw) && lastAnalyzed.isAfter(result.start)) {
                result.extractDone = lastAnalyzed;
            }
            result.cpuAfter.putAll(cpu());
            result.threadsAfter.putAll(threadCpu());
            result.requestsAfter.putAll(brokerRequests());
            result.metricsAfter.putAll(metrics());
            result.bytesAfter.putAll(topicBytes());
            collect(result);
            if (profiling && result.profile.isEmpty()) {
                summariseProfiles(result);
            }
            log(title + ": pushed " + count + " in " + String.format("%.1f", result.pushSeconds) + " s; alerts " + result.alerts.size()
                    + " of " + expected + " expected; webhooks " + result.webhooks.size() + "; verdicts " + result.verdicts()
                    + "; ingest to alert p50/p99/max ms " + result.alertLatency() + "; to webhook " + result.webhookLatency());
            if (result.alerts.size() != expected) {
                log("WARNING: " + title + ": alerts expected " + expected + ", received " + result.alerts.size());
            }
            return result;
        }

        private void collect(PhaseResult result) {
            List<TopicRecord> records = stack.reader.readAll(Topics.ALERTS, Duration.ofSeconds(120));
            Map<String, Alert> alerts = new LinkedHashMap<>();
            for (TopicRecord record : records) {
                Alert alert = Json.read(record.value(), Alert.class);
                if (result.name.equals(articles.phaseOf(alert.current().articleUrl()))) {
                    alerts.putIfAbsent(alert.alertId(), alert);
                }
            }
            result.alerts = List.copyOf(alerts.values());
            result.toAlert = result.alerts.stream()
                    .map(a -> Duration.between(a.current().ingestedAt(), a.detectedAt()).toMillis()).sorted().toList();

            Set<String> seen = new HashSet<>();
            List<WebhookReceiver.Delivery> webhooks = new ArrayList<>();
            List<Long> toWebhook = new ArrayList<>();
            String marker = phaseMarker(result.name);
            for (WebhookReceiver.Delivery d : receiver.deliveriesFrom(result.deliveriesAtStart)) {
                if (!d.body().contains(marker)) {
                    continue;
                }
                Alert alert = Json.read(d.body(), Alert.class);
                if (!result.name.equals(articles.phaseOf(alert.current().articleUrl()))) {
                    continue;
                }
                if (!d.signatureValid()) {
                    result.badSignatures++;
                    continue;
                }
                if (!seen.add(d.webhookId())) {
                    result.duplicateWebhooks++;
                    continue;
                }
                webhooks.add(d);
                toWebhook.add(Duration.between(alert.current().ingestedAt(), d.receivedAt()).toMillis());
            }
            result.webhooks = webhooks;
            result.toWebhook = toWebhook.stream().sorted().toList();
        }

        private String phaseMarker(String phase) {
            return articles.url(phase, 0, 0).replaceAll("/0/0$", "/");
        }

        /**
         * Until extract-service and alert-service have committed everything on their input topics, as
         * {@link Stack#caughtUp()} checks, but through the one admin client: creating clients every poll cost the
         * bench JVM (which hosts the broker) a fifth of its CPU in a profile.
         */
        private void awaitCaughtUp(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!(caughtUp("newsmon-extract", Topics.ARTICLES_RAW) && caughtUp("newsmon-alert", Topics.CLAIMS))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("pipeline did not catch up within " + timeout);
                }
                Thread.sleep(500);
            }
        }

        private boolean caughtUp(String group, String topic) throws Exception {
            TopicPartition partition = new TopicPartition(topic, 0);
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get(5, TimeUnit.SECONDS).get(partition).offset();
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS).get(partition);
            return end == 0 || committed != null && committed.offset() >= end;
        }

        /** Until the receiver holds a delivery for every alert of the phase, or nothing new arrived for the timeout. */
        private void awaitWebhooks(PhaseResult phase, Duration quiet) throws InterruptedException {
            String marker = phaseMarker(phase.name);
            // alerts the phase raised, from alert-service's verdict counters (cheaper than reading newsmon.alerts)
            Map<String, Map<String, Double>> now = metrics();
            long alerts = 0;
            for (String verdict : List.of("UPDATE", "CONTRADICTION")) {
                String series = "newsmon_alert_claims_processed_total{verdict=\"" + verdict + "\"}";
                alerts += Math.round(now.getOrDefault("alert-service", Map.of()).getOrDefault(series, 0.0)
                        - phase.metricsBefore.getOrDefault("alert-service", Map.of()).getOrDefault(series, 0.0));
            }
            if (alerts <= 0) { // counters unreadable or renamed: count on the topic
                alerts = stack.reader.readAll(Topics.ALERTS, Duration.ofSeconds(120)).stream()
                        .filter(r -> r.value() != null && r.value().contains(marker)).count();
            }
            Set<String> received = new HashSet<>();
            int scanned = phase.deliveriesAtStart;
            long lastChange = System.nanoTime();
            while (true) {
                // only the deliveries that arrived since the last look: rescanning thousands of bodies every poll
                // would load the bench JVM, which hosts the broker
                List<WebhookReceiver.Delivery> fresh = receiver.deliveriesFrom(scanned);
                scanned += fresh.size();
                for (WebhookReceiver.Delivery d : fresh) {
                    if (d.body().contains(marker)) {
                        received.add(d.webhookId());
                    }
                }
                if (received.size() >= alerts) {
                    return;
                }
                if (!fresh.isEmpty()) {
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange > quiet.toNanos()) {
                    log("WARNING: webhooks stopped at " + received.size() + " of " + alerts + " alerts");
                    return;
                }
                Thread.sleep(250);
            }
        }

        private Sample sample(PhaseResult phase) {
            try {
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                for (String topic : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ANALYZED, Topics.CLAIMS)) {
                    request.put(new TopicPartition(topic, 0), OffsetSpec.latest());
                }
                var ends = admin.listOffsets(request).all().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets("newsmon-alert").partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                OffsetAndMetadata alert = committed.get(new TopicPartition(Topics.CLAIMS, 0));
                long webhooks = receiver.count();
                return new Sample(Duration.between(phase.start, Instant.now()).toNanos() / 1e9,
                        ends.get(new TopicPartition(Topics.ARTICLES_RAW, 0)).offset(),
                        ends.get(new TopicPartition(Topics.ARTICLES_ANALYZED, 0)).offset(),
                        ends.get(new TopicPartition(Topics.CLAIMS, 0)).offset(),
                        alert == null ? 0 : alert.offset(), webhooks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (Exception e) {
                log("progress sample failed: " + e);
                return null;
            }
        }

        private jdk.jfr.Recording startProfiles() throws Exception {
            Files.createDirectories(profileDir);
            for (String module : Stack.SERVICES) {
                JfrProfile.start(stack.services.get(module).pid(), profileDir.resolve(module + ".jfr"));
            }
            return JfrProfile.startHere();
        }

        private void stopProfiles(jdk.jfr.Recording here, PhaseResult result) {
            try {
                for (String module : Stack.SERVICES) {
                    JfrProfile.stop(stack.services.get(module).pid());
                }
                here.stop();
                here.dump(profileDir.resolve("bench-jvm.jfr"));
                here.close();
            } catch (Exception e) {
                log("profiles not written: " + e);
                result.profile.add("(profiles not written: " + e + ")");
            }
        }

        /** Read after the phase's CPU figures are taken: reading the recordings costs this JVM some CPU. */
        private void summariseProfiles(PhaseResult result) {
            try {
                for (String module : Stack.SERVICES) {
                    result.profile.addAll(JfrProfile.summary(module, profileDir.resolve(module + ".jfr"), 8));
                }
                result.profile.addAll(JfrProfile.summary(processes().get(Stack.SERVICES.size()), profileDir.resolve("bench-jvm.jfr"), 8));
            } catch (Exception e) {
                log("profiles unreadable: " + e);
                result.profile.add("(profiles unreadable: " + e + ")");
            }
        }

        /** The producer timestamp of the topic's last record (single partition), or null. */
        private Instant lastRecordTime(String topic) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                long end = consumer.endOffsets(List.of(partition)).get(partition);
                if (end == 0) {
                    return null;
                }
                consumer.seek(partition, end - 1);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        long timestamp = -1;
                        for (var r : records) {
                            timestamp = r.timestamp();
                        }
                        return Instant.ofEpochMilli(timestamp);
                    }
                }
                return null;
            } catch (RuntimeException e) {
                log("last record of " + topic + " unreadable: " + e);
                return null;
            }
        }

        /**
         * Bytes producers have written to each topic so far: the broker runs in this JVM, so its per-topic
         * {@code BytesInPerSec} meter is readable over JMX. (Log sizes would not do: the log cleaner compacts the
         * changelog topics while the phase runs.) Falls back to log sizes when the meters are missing.
         */
        private Map<String, Long> topicBytes() {
            Map<String, Long> bytes = new TreeMap<>();
            try {
                var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
                var names = server.queryNames(new javax.management.ObjectName("kafka.server:type=BrokerTopicMetrics,name=BytesInPerSec,topic=*"), null);
                for (var name : names) {
                    bytes.put(name.getKeyProperty("topic"), ((Number) server.getAttribute(name, "Count")).longValue());
                }
                if (!bytes.isEmpty()) {
                    return bytes;
                }
                List<Integer> brokers = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream().map(n -> n.id()).toList();
                for (var dirs : admin.describeLogDirs(brokers).allDescriptions().get(10, TimeUnit.SECONDS).values()) {
                    for (var dir : dirs.values()) {
                        dir.replicaInfos().forEach((tp, info) -> bytes.merge(tp.topic() + " (log size)", info.size(), Long::sum));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log("topic byte counts unreadable: " + e);
            }
            return bytes;
        }

        private Map<String, Double> cpu() {
            return perProcess(ServiceProcess::cpuSeconds);
        }

        private Map<String, Map<String, Double>> threadCpu() {
            return perProcess(ServiceProcess::threadCpuSeconds);
        }

        /** A reading of each service process and of this JVM, by the names of {@link #processes()}. */
        private <T> Map<String, T> perProcess(java.util.function.LongFunction<T> reading) {
            Map<String, T> readings = new LinkedHashMap<>();
            for (String module : Stack.SERVICES) {
                readings.put(module, reading.apply(stack.services.get(module).pid()));
            }
            readings.put(processes().get(Stack.SERVICES.size()), reading.apply(ProcessHandle.current().pid()));
            return readings;
        }

        /** Requests served so far by the in-JVM broker, by type (its RequestsPerSec meters, summed over versions). */
        private static Map<String, Long> brokerRequests() {
            Map<String, Long> counts = new TreeMap<>();
            try {
                var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
                for (var name : server.queryNames(new javax.management.ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*"), null)) {
                    String type = name.getKeyProperty("request");
                    if (!"FetchConsumer".equals(type) && !"FetchFollower".equals(type)) { // subsets of Fetch
                        counts.merge(type, ((Number) server.getAttribute(name, "Count")).longValue(), Long::sum);
                    }
                }
            } catch (Exception e) {
                log("broker request counts unreadable: " + e);
            }
            return counts;
        }

        /** The newsmon counters of extract- and alert-service from their Prometheus endpoints, by series. */
        private Map<String, Map<String, Double>> metrics() {
            Map<String, Map<String, Double>> all = new HashMap<>();
            for (String module : Stack.SERVICES) {
                Map<String, Double> series = new HashMap<>();
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url(module, "/q/metrics")))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    for (String line : response.body().split("\n")) {
                        int space = line.lastIndexOf(' ');
                        if (line.startsWith("newsmon_") && line.contains("_total")) {
                            series.put(line.substring(0, space).replace(",}", "}"), Double.parseDouble(line.substring(space + 1)));
                        } else if (line.startsWith(KafkaClientRequests.PRODUCER) || line.startsWith(KafkaClientRequests.CONSUMER)) {
                            series.merge(KafkaClientRequests.seriesOf(line), Double.parseDouble(line.substring(space + 1)), Double::sum);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    log("metrics of " + module + " unreadable: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                all.put(module, series);
            }
            return all;
        }

        @Override
        public void close() {
            sampler.shutdownNow();
            pusher.close();
        }
    }

    /**
     * Pushes generated articles through the JSON batch form of the push API. Each story belongs to one of
     * {@value #LANES} lanes, and a lane sends its batches one after the other, so the articles of a story reach
     * ingest-service (and, through single-partition topics, alert-service) in the order they were generated:
     * otherwise a later article overtaking an earlier one would make the earlier one a late arrival, which
     * rightly raises no alert. Up to {@value #LANES} requests are in flight at once.
     */
    static final class Pusher implements AutoCloseable {
        private final Stack stack;
        private final SyntheticArticles articles;
        private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(LANES)).build();
        private final ExecutorService[] lanes = new ExecutorService[LANES];
        private final int[] cursor = new int[LANES];
        private int nextLane;

        Pusher(Stack stack, SyntheticArticles articles) {
            this.stack = stack;
            this.articles = articles;
            for (int i = 0; i < LANES; i++) {
                lanes[i] = Executors.newSingleThreadExecutor();
            }
        }

        /** Alerts the next {@code count} articles should raise: all but the first of each story. */
        int expectedAlerts(int count, int batchSize) {
            int[] perStory = new int[SyntheticArticles.stories()];
            int[] laneCursor = cursor.clone();
            int lane = nextLane;
            for (int sent = 0; sent < count; sent += batchSize) {
                for (int i = 0; i < Math.min(batchSize, count - sent); i++) {
                    perStory[storyOf(lane, laneCursor[lane]++)]++;
                }
                lane = (lane + 1) % LANES;
            }
            int expected = 0;
            for (int story = 0; story < perStory.length; story++) {
                int first = articles.generated(story);
                expected += perStory[story] - (first == 0 && perStory[story] > 0 ? 1 : 0);
            }
            return expected;
        }

        void push(String phase, int count, int batchSize, int perSecond, PhaseResult result) throws Exception {
            // Measured phases send bodies made beforehand, so that the bench JVM's CPU in the phase is the broker's,
            // the receiver's and the HTTP sends', not the generator's; the warm-up (and a phase too large to hold in
            // a quarter of the heap) makes each batch when it is due.
            boolean prepareAhead = !phase.equals(WARMUP) && (long) count * APPROX_ARTICLE_JSON_BYTES < Runtime.getRuntime().maxMemory() / 4;
            if (!prepareAhead && !phase.equals(WARMUP)) {
                log("note: " + count + " articles are too many to prepare ahead in this heap; the generator's CPU counts in the phase");
            }
            List<Batch> batches = new ArrayList<>();
            for (int sent = 0; sent < count; sent += batchSize) {
                int size = Math.min(batchSize, count - sent);
                int lane = nextLane;
                nextLane = (nextLane + 1) % LANES;
                int[] stories = new int[size];
                for (int i = 0; i < size; i++) {
                    stories[i] = storyOf(lane, cursor[lane]++);
                }
                Batch batch = new Batch(lane, sent, stories, null);
                batches.add(prepareAhead ? batch.withBody(body(batch, phase)) : batch);
            }
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            AtomicLong maxBehind = new AtomicLong();
            for (Batch batch : batches) {
                long due = perSecond > 0 ? start + (long) (batch.firstArticle() * 1e9 / perSecond) : 0;
                if (perSecond > 0) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                // made here, in order, when not made ahead: the generator numbers each story's articles as it goes
                String body = batch.body() != null ? batch.body() : body(batch, phase);
                done.add(lanes[batch.lane()].submit(() -> {
                    if (due > 0) {
                        maxBehind.accumulateAndGet(System.nanoTime() - due, Math::max);
                    }
                    send(body, result);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            result.maxBehindScheduleMillis = TimeUnit.NANOSECONDS.toMillis(maxBehind.get());
        }

        private String body(Batch batch, String phase) {
            List<Map<String, Object>> articlesOfBatch = new ArrayList<>(batch.stories().length);
            for (int story : batch.stories()) {
                articlesOfBatch.add(articles.next(story, phase));
            }
            return Json.write(articlesOfBatch);
        }

        /** One push request: its lane, the index of its first article in the phase, its stories, its body once made. */
        private record Batch(int lane, int firstArticle, int[] stories, String body) {
            Batch withBody(String made) {
                return new Batch(lane, firstArticle, stories, made);
            }
        }

        /** The lane's stories taken in turn: lane l owns stories l, l + LANES, l + 2 LANES, ... */
        private static int storyOf(int lane, int cursor) {
            int owned = (SyntheticArticles.stories() - lane + LANES - 1) / LANES;
            return lane + (cursor % owned) * LANES;
        }

        private void send(String requestBody, PhaseResult result) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("ingest-service", "/api/articles")))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + stack.token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(requestBody)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("push failed: " + response.statusCode() + " " + response.body());
            }
            Map<?, ?> body = Json.read(response.body(), Map.class);
            if (body.get("accepted") instanceof List<?> accepted) {
                for (Object a : accepted) {
                    if (a instanceof Map<?, ?> entry && "new".equals(entry.get("status"))) {
                        result.acceptedNew.incrementAndGet();
                    }
                }
            }
        }

        @Override
        public void close() {
            for (ExecutorService lane : lanes) {
                lane.shutdownNow();
            }
        }
    }

    /** Reads the Kafka clients' request counters out of a Prometheus line and names the client for the report. */
    static final class KafkaClientRequests {
        static final String PRODUCER = "kafka_producer_request_total{";
        static final String CONSUMER = "kafka_consumer_request_total{";
        private static final java.util.regex.Pattern CLIENT_ID = java.util.regex.Pattern.compile("client_id=\"([^\"]*)\"");
        private static final java.util.regex.Pattern UUID_PART = java.util.regex.Pattern.compile(
                "-?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        private KafkaClientRequests() {
        }

        /** The series key, its client id without the per-run UUID Kafka Streams puts into it. */
        static String seriesOf(String line) {
            String kind = line.startsWith(PRODUCER) ? "producer" : "consumer";
            java.util.regex.Matcher id = CLIENT_ID.matcher(line);
            String client = id.find() ? UUID_PART.matcher(id.group(1)).replaceAll("") : "?";
            return "kafka_" + kind + " " + client;
        }

        static boolean isClientSeries(String series) {
            return series.startsWith("kafka_producer ") || series.startsWith("kafka_consumer ");
        }

        static String label(String series) {
            return series.substring("kafka_".length());
        }
    }
}
