package dev.newsmon.ingest.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

import dev.newsmon.testing.EmbeddedKafkaBroker;

/**
 * Polling throughput benchmark (not a test): a real Kafka broker, a local HTTP server with N feeds
 * that answer 304 once fetched, and the packaged ingest-service registering them from a feeds file.
 * Measures conditional fetches per second at the server and the service's resident memory.
 *
 * <p>Run with {@code ingest-service/bench/poll-bench.sh [feeds] [seconds] [intervalSeconds]}.
 */
public final class PollBench {

    private static final int HOSTS = 10;

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int interval = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String jvmOpts = System.getProperty("bench.jvm", "-Xmx80m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m -Djdk.nio.maxCachedBufferSize=262144");
        Path jar = Path.of(System.getProperty("bench.jar", "ingest-service/target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory("newsmon-poll-bench");

        AtomicLong total = new AtomicLong();
        AtomicLong notModified = new AtomicLong();
        Map<Integer, Boolean> fetchedOnce = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
        server.createContext("/feed/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            String etag = "\"v" + n + "\"";
            total.incrementAndGet();
            fetchedOnce.put(n, Boolean.TRUE);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench " + n + "</title>"
                        + "<item><title>Bench item " + n + "</title><link>https://bench.example/" + n + "/1</link>"
                        + "<description>Benchmark article number " + n + ".</description></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        int port = server.getAddress().getPort();

        StringBuilder yaml = new StringBuilder("feeds:\n");
        for (int i = 0; i < feeds; i++) {
            yaml.append("  - url: http://127.0.0.").append(1 + i % HOSTS).append(':').append(port).append("/feed/").append(i)
                    .append("\n    pollInterval: ").append(interval).append('\n');
        }
        Path feedsFile = work.resolve("feeds.yaml");
        Files.writeString(feedsFile, yaml);

        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start()) {
            int httpPort = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(jvmOpts.split("\\s+")));
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            pb.environment().put("NEWSMON_API_TOKEN", "bench");
            pb.environment().put("NEWSMON_ALLOW_PRIVATE", "127.0.0.0/8");
            pb.environment().put("NEWSMON_FEEDS_FILE", feedsFile.toString());
            pb.environment().put("NEWSMON_INGEST_POLL_MIN_INTERVAL", "1s");
            pb.redirectErrorStream(true);
            Path log = work.resolve("ingest-service.log");
            pb.redirectOutput(log.toFile());
            Instant launched = Instant.now();
            Process service = pb.start();
            try {
                waitReady(httpPort, Duration.ofMinutes(3));
                System.out.printf("service ready after %d ms (log %s)%n", Duration.between(launched, Instant.now()).toMillis(), log);
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (fetchedOnce.size() < feeds && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                System.out.printf("all %d feeds fetched once after %d ms; warming up 10 s%n", fetchedOnce.size(),
                        Duration.between(launched, Instant.now()).toMillis());
                Thread.sleep(10_000);
                List<Long> perSecond = new ArrayList<>();
                List<Long> rssMb = new ArrayList<>();
                long startTotal = total.get();
                long startNotModified = notModified.get();
                long previous = startTotal;
                for (int s = 0; s < seconds; s++) {
                    Thread.sleep(1000);
                    long now = total.get();
                    perSecond.add(now - previous);
                    previous = now;
                    rssMb.add(rssKb(service.pid()) / 1024);
                }
                long fetched = total.get() - startTotal;
                long fetched304 = notModified.get() - startNotModified;
                System.out.printf("feeds=%d interval=%ds duration=%ds jvm=[%s]%n", feeds, interval, seconds, jvmOpts);
                System.out.printf("conditional fetches/s: median %d, p10 %d, p90 %d (demand %d/s); 304 share %.1f%%%n",
                        percentile(perSecond, 50), percentile(perSecond, 10), percentile(perSecond, 90),
                        feeds / interval, 100.0 * fetched304 / Math.max(1, fetched));
                System.out.printf("ingest-service resident memory: median %d MB, max %d MB%n",
                        percentile(rssMb, 50), Collections.max(rssMb));
            } finally {
                service.destroy();
                service.waitFor();
                server.stop(0);
            }
        }
        System.exit(0);
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static void waitReady(int port, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("ingest-service not ready within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
