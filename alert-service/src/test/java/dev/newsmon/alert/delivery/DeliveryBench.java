package dev.newsmon.alert.delivery;

import static dev.newsmon.alert.support.Claims.about;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.newsmon.alert.support.WebhookReceiver;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * CPU of the delivery path per delivered alert: the whole service on the in-JVM broker, one signed-webhook
 * subscription to a local receiver, alerts written straight to {@code newsmon.alerts} at a fixed rate (the pipeline
 * benchmark's 200/s by default). After a warm-up, each round pushes N alerts, waits until the receiver has them all and
 * the delivery consumer group has committed them (every attempt settled), and takes the CPU time of every Java thread
 * (ThreadMXBean) before and after. The delivery path is the threads that consume alerts, make and settle attempts and
 * follow the delivery records (see {@link #DELIVERY_PATH}); the broker, the receiver, this pusher and Kafka Streams
 * (idle: no claims) are outside it. Reported per round and as medians, with the load average.
 *
 * <p>Not part of the build's tests (it needs {@code -Dbench.delivery=true}). Command, figures and an old-versus-new
 * comparison: docs/benchmarks.md, "alert-service".
 *
 * <pre>./mvnw -B -o -pl alert-service test -Dtest=DeliveryBench -Dbench.delivery=true \
 *   [-Dbench.rate=200 -Dbench.warmup=20000 -Dbench.warmup.rate=600 -Dbench.alerts=2000 -Dbench.rounds=5]</pre>
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@EnabledIfSystemProperty(named = "bench.delivery", matches = "true")
class DeliveryBench {

    static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString("bench-secret-0123456789".getBytes());

    /** Thread names (full, as Java knows them) that make up the delivery path, old layout and new. */
    static final Pattern DELIVERY_PATH = Pattern.compile(
            "smallrye-kafka-.*|kafka-coordinator-heartbeat-thread \\| newsmon-alert-delivery.*|vert\\.x-eventloop-thread-.*"
                    + "|HttpClient-.*|delivery-.*|newsmon-alert-writer.*|kafka-producer-network-thread \\| newsmon-alert-writer"
                    + "|tail-newsmon\\.deliveries|ForkJoinPool\\.commonPool-.*|executor-thread-.*");

    @Test
    void cpuPerDeliveredAlert() throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int warmup = Integer.getInteger("bench.warmup", 20000);
        // faster than the measured rate: the JIT compilers, not the delivery path, take most of the CPU for a while
        int warmupRate = Integer.getInteger("bench.warmup.rate", 600);
        int perRound = Integer.getInteger("bench.alerts", 2000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        List<String> report = new ArrayList<>();
        try (WebhookReceiver receiver = WebhookReceiver.healthy(SECRET);
                KafkaProducer<String, byte[]> pusher = pusher(bootstrap);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                    .body(Map.of("channel", "webhook", "webhookUrl", receiver.url(), "secret", SECRET))
                    .post("/api/subscriptions").then().statusCode(201);
            Thread.sleep(200); // the subscription's createdAt is before every alert's detectedAt
            int sent = 0;
            sent = push(pusher, warmupRate, warmup, sent);
            awaitDelivered(receiver, admin, sent);
            report.add(String.format("rate %d/s, warm-up %d alerts at %d/s, %d rounds of %d", rate, warmup, warmupRate, rounds, perRound));
            List<Double> pathPerAlert = new ArrayList<>();
            List<Double> processPerAlert = new ArrayList<>();
            Map<String, List<Double>> byThread = new TreeMap<>();
            for (int round = 1; round <= rounds; round++) {
                String loadBefore = load();
                Map<Long, Cpu> before = threadCpu();
                long processBefore = processCpuNanos();
                long startedBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
                long gcBefore = gcMillis();
                long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                sent = push(pusher, rate, perRound, sent);
                awaitDelivered(receiver, admin, sent);
                long processNanos = processCpuNanos() - processBefore;
                double startedPerAlert = (ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - startedBefore) / (double) perRound;
                double gcMs = (gcMillis() - gcBefore) / (double) perRound;
                double jitMs = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) / (double) perRound;
                Map<String, Long> groups = groupDelta(before, threadCpu());
                // threads that ended during the round, GC and JIT: CPU no live Java thread accounts for
                groups.put("(ended threads, GC, JIT)", processNanos - groups.values().stream().mapToLong(Long::longValue).sum());
                long path = groups.entrySet().stream().filter(e -> DELIVERY_PATH.matcher(e.getKey()).matches())
                        .mapToLong(Map.Entry::getValue).sum();
                double pathMs = path / 1e6 / perRound;
                double processMs = processNanos / 1e6 / perRound;
                pathPerAlert.add(pathMs);
                processPerAlert.add(processMs);
                groups.forEach((name, nanos) -> byThread.computeIfAbsent(name, k -> new ArrayList<>()).add(nanos / 1e6 / perRound));
                report.add(String.format("round %d: delivery path %.3f ms per alert, process %.3f ms per alert, %.2f threads started"
                        + " per alert, GC %.3f ms and JIT %.3f ms (elapsed) per alert; load %s -> %s", round, pathMs, processMs,
                        startedPerAlert, gcMs, jitMs, loadBefore, load()));
            }
            assertThat(receiver.received()).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(receiver.successes().stream().map(WebhookReceiver.Received::webhookId).distinct().count())
                    .as("one webhook per alert").isEqualTo(sent);
            report.add(String.format("MEDIAN delivery path %.3f ms per alert, process (broker, receiver, pusher included) %.3f ms",
                    median(pathPerAlert), median(processPerAlert)));
            report.add("threads (digits folded), median ms per alert, * = delivery path:");
            byThread.entrySet().stream()
                    .filter(e -> median(e.getValue()) >= 0.002)
                    .sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue())))
                    .forEach(e -> report.add(String.format("  %s %-70s %.3f", DELIVERY_PATH.matcher(e.getKey()).matches() ? "*" : " ",
                            e.getKey(), median(e.getValue()))));
        }
        report.forEach(line -> System.out.println("BENCH " + line));
        Path out = Path.of("target/bench/delivery-" + Instant.now().toString().replace(':', '-') + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> pusher(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-alerts");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code count} new alerts at {@code rate} per second; returns how many were sent in all. */
    private static int push(KafkaProducer<String, byte[]> pusher, int rate, int count, int sentBefore) throws Exception {
        List<byte[]> alerts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            alerts.add(Json.write(alert(sentBefore + i)).getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pusher.send(new ProducerRecord<>(Topics.ALERTS, "arms-pact", alerts.get(i)));
        }
        pusher.flush();
        return sentBefore + count;
    }

    private static Alert alert(int n) {
        String day = java.time.LocalDate.of(2001, 1, 1).plusDays(n).toString();
        return new Alert("al-bench-" + System.nanoTime() + "-" + n, AlertType.UPDATE, "arms-pact", "Arms pact", "status",
                "Arms pact: suspended (" + day + ", Daily); earlier: in force (2000-12-31, Wire)", Instant.now(),
                about("arms-pact").aspect("status").in("bench-" + n + "-a", "Wire", "2000-12-31").state("in-force").build(),
                about("arms-pact").aspect("status").in("bench-" + n + "-b", "Daily", day).state("suspended").on(day).build(),
                List.of("Wire"));
    }

    /** Every alert at the receiver and every attempt settled (the group's committed offset at the end). */
    private static void awaitDelivered(WebhookReceiver receiver, Admin admin, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        TopicPartition partition = new TopicPartition(Topics.ALERTS, 0);
        long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
        while (System.nanoTime() < deadline) {
            if (receiver.successes().size() >= expected) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("newsmon-alert-delivery")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                if (committed != null && committed.offset() >= end) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not delivered within 180 s: " + receiver.successes().size() + " of " + expected);
    }

    private record Cpu(String name, long nanos) {
    }

    private static Map<Long, Cpu> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Cpu> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), new Cpu(info.getThreadName(), nanos));
                }
            }
        }
        return cpu;
    }

    /** CPU per thread name with digits folded, from threads alive at the end (new ones from zero). */
    private static Map<String, Long> groupDelta(Map<Long, Cpu> before, Map<Long, Cpu> after) {
        Map<String, Long> groups = new HashMap<>();
        after.forEach((id, cpu) -> {
            Cpu was = before.get(id);
            long delta = cpu.nanos() - (was == null ? 0 : was.nanos());
            groups.merge(cpu.name().replaceAll("\\d+", "#").replaceAll("#(-#)+", "#"), delta, Long::sum);
        });
        return groups;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
