package dev.newsmon.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.TopicReader.TopicRecord;

/**
 * The pipeline benchmark: packaged services on a real broker, synthetic 5 KB articles pushed at a
 * fixed rate and then as fast as possible, compared with Kafka's own producer throughput for the same
 * records in the same run. Run with {@code ./newsmon bench} (or {@code ./mvnw -pl e2e -Pbench verify});
 * prints a Markdown report and writes it to {@code e2e/target/bench/pipeline.md}.
 */
public final class PipelineBench {

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int rateSeconds = Integer.getInteger("bench.rate.seconds", 30);
        int maxArticles = Integer.getInteger("bench.max.articles", 20_000);
        int producerRecords = Integer.getInteger("bench.producer.records", 20_000);
        Path root = Path.of(System.getProperty("newsmon.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("newsmon.e2e.work", "target/e2e")).resolve("bench");
        Path report = work.getParent().getParent().resolve("bench/pipeline.md");

        List<String> lines = new ArrayList<>();
        lines.add("Pipeline benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        log("starting broker and services");
        try (Stack stack = Stack.start(root, work)) {
            byte[] key = new byte[24];
            new SecureRandom().nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
                HttpResponse<String> created = stack.post("alert-service", "/api/subscriptions", "application/json",
                        Json.write(Map.of("name", "bench", "channel", "webhook", "webhookUrl", receiver.url(), "secret", secret)), Map.of());
                if (created.statusCode() >= 300) {
                    throw new IllegalStateException("cannot subscribe: " + created.statusCode() + " " + created.body());
                }
                Thread.sleep(3000);
                lines.add("");
                lines.add("| service | resident memory idle (MB) |");
                lines.add("|---|---|");
                for (String module : Stack.SERVICES) {
                    lines.add("| " + module + " | " + stack.services.get(module).residentKilobytes() / 1024 + " |");
                }

                SyntheticArticles articles = new SyntheticArticles(UUID.randomUUID().toString().substring(0, 8));
                Pusher pusher = new Pusher(stack, articles);
                log("warm-up: 500 articles");
                pusher.pushAsFastAsPossible(500, 10);
                awaitCaughtUp(stack, Duration.ofMinutes(5));

                log("Kafka producer baseline: " + producerRecords + " records of the same size");
                double kafkaRate = kafkaProducerRate(stack, articles, producerRecords);

                log("fixed rate: " + rate + " articles/s for " + rateSeconds + " s");
                int alertsBefore = stack.reader.readAll(Topics.ALERTS).size();
                int deliveriesBefore = receiver.deliveries().size();
                pusher.pushAtRate(rate, rateSeconds);
                awaitCaughtUp(stack, Duration.ofMinutes(5));
                Thread.sleep(3000);
                List<Alert> fixedAlerts = alertsSince(stack, alertsBefore);
                List<WebhookReceiver.Delivery> fixedDeliveries = receiver.deliveries().subList(deliveriesBefore, receiver.deliveries().size());
                List<Long> toAlert = fixedAlerts.stream()
                        .map(a -> Duration.between(a.current().ingestedAt(), a.detectedAt()).toMillis()).sorted().toList();
                List<Long> toWebhook = fixedDeliveries.stream()
                        .map(d -> Duration.between(Json.read(d.body(), Alert.class).current().ingestedAt(), d.receivedAt()).toMillis())
                        .sorted().toList();

                log("as fast as possible: " + maxArticles + " articles");
                Map<String, Long> rssUnderLoad = new java.util.concurrent.ConcurrentHashMap<>();
                long start = System.nanoTime();
                pusher.pushAsFastAsPossible(maxArticles, 50);
                for (String module : Stack.SERVICES) {
                    rssUnderLoad.put(module, stack.services.get(module).residentKilobytes() / 1024);
                }
                double pushSeconds = (System.nanoTime() - start) / 1e9;
                awaitCaughtUp(stack, Duration.ofMinutes(15));
                double endToEndSeconds = (System.nanoTime() - start) / 1e9;
                double sustained = maxArticles / endToEndSeconds;

                lines.add("");
                lines.add("| measure | value |");
                lines.add("|---|---|");
                lines.add("| Kafka producer alone, same 5 KB records (acks=all, lz4), records/s | " + Math.round(kafkaRate) + " |");
                lines.add("| ingest accepted, articles/s (push phase, " + maxArticles + " articles) | " + Math.round(maxArticles / pushSeconds) + " |");
                lines.add("| sustained end to end (until extract and alert caught up), articles/s | " + Math.round(sustained) + " |");
                lines.add("| ratio pipeline / Kafka producer | " + String.format("%.2f", sustained / kafkaRate) + " |");
                lines.add("| at " + rate + " articles/s: alerts measured | " + toAlert.size() + " |");
                lines.add("| at " + rate + " articles/s: ingest to alert p50 / p99, ms | " + percentile(toAlert, 50) + " / " + percentile(toAlert, 99) + " |");
                lines.add("| at " + rate + " articles/s: ingest to webhook received p50 / p99, ms | " + percentile(toWebhook, 50) + " / " + percentile(toWebhook, 99) + " |");
                for (String module : Stack.SERVICES) {
                    lines.add("| " + module + " resident memory under load, MB | " + rssUnderLoad.get(module) + " |");
                }
            }
        }
        String text = String.join("\n", lines) + "\n";
        Files.createDirectories(report.getParent());
        Files.writeString(report, text);
        System.out.println(text);
        System.out.println("report written to " + report);
        // The HTTP clients' executors and Kafka's threads are not daemons; without this the JVM (and
        // ./newsmon bench) would wait for them after the report is out.
        System.exit(0);
    }

    private static List<Alert> alertsSince(Stack stack, int skip) {
        List<TopicRecord> records = stack.reader.readAll(Topics.ALERTS);
        return records.subList(Math.min(skip, records.size()), records.size()).stream()
                .map(r -> Json.read(r.value(), Alert.class)).toList();
    }

    private static void awaitCaughtUp(Stack stack, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stack.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pipeline did not catch up within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static double kafkaProducerRate(Stack stack, SyntheticArticles articles, int count) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        String value = Json.write(articles.article(0));
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

    private static void log(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }

    /** Pushes generated articles through the JSON batch form of the push API. */
    static final class Pusher {
        private final Stack stack;
        private final SyntheticArticles articles;
        private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        private int next;

        Pusher(Stack stack, SyntheticArticles articles) {
            this.stack = stack;
            this.articles = articles;
        }

        void pushAsFastAsPossible(int count, int batchSize) throws Exception {
            ExecutorService senders = Executors.newFixedThreadPool(4);
            List<Future<?>> done = Collections.synchronizedList(new ArrayList<>());
            for (int sent = 0; sent < count; sent += batchSize) {
                List<Map<String, Object>> batch = nextBatch(Math.min(batchSize, count - sent));
                done.add(senders.submit(() -> send(batch)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            senders.shutdown();
        }

        void pushAtRate(int perSecond, int seconds) throws Exception {
            int perTick = Math.max(1, perSecond / 20);
            long tickNanos = TimeUnit.MILLISECONDS.toNanos(50);
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int tick = 0; tick < seconds * 20; tick++) {
                long due = start + tick * tickNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                inFlight.add(sendAsync(nextBatch(perTick)));
            }
            for (CompletableFuture<HttpResponse<String>> f : inFlight) {
                check(f.get());
            }
        }

        private synchronized List<Map<String, Object>> nextBatch(int size) {
            List<Map<String, Object>> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(articles.article(next++));
            }
            return batch;
        }

        private void send(List<Map<String, Object>> batch) {
            try {
                check(sendAsync(batch).get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private CompletableFuture<HttpResponse<String>> sendAsync(List<Map<String, Object>> batch) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("ingest-service", "/api/articles")))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + stack.token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(batch))).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        }

        private static void check(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("push failed: " + response.statusCode() + " " + response.body());
            }
        }
    }
}
