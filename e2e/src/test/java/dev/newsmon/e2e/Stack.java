package dev.newsmon.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsmon.events.Topics;
import dev.newsmon.events.articlefile.ArticleFile;
import dev.newsmon.events.articlefile.ArticleFileParser;
import dev.newsmon.testing.EmbeddedKafkaBroker;
import dev.newsmon.testing.TopicReader;

/**
 * A whole newsmon: a real broker in this JVM and the three packaged services as child processes,
 * each on a free port, sharing one API token.
 */
final class Stack implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "alert-service");

    final EmbeddedKafkaBroker broker;
    final String token = "e2e-" + UUID.randomUUID();
    final Map<String, ServiceProcess> services = new HashMap<>();
    final TopicReader reader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Stack(EmbeddedKafkaBroker broker) {
        this.broker = broker;
        this.reader = new TopicReader(broker.bootstrapServers());
    }

    static Stack start(Path root, Path workDir) throws Exception {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start();
        Stack stack = new Stack(broker);
        try {
            broker.createTopics(Topics.ALL.stream().filter(t -> !Topics.COMPACTED.contains(t)).toArray(String[]::new));
            broker.createCompactedTopics(Topics.COMPACTED.toArray(String[]::new));
            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("NEWSMON_API_TOKEN", stack.token);
            env.put("NEWSMON_ALLOW_PRIVATE", "127.0.0.0/8,::1");
            Map<String, Integer> ports = new HashMap<>();
            for (String module : SERVICES) {
                ports.put(module, ServiceProcess.freePort());
            }
            int alertPort = ports.get("alert-service");
            for (String module : SERVICES) {
                Map<String, String> own = new HashMap<>(env);
                own.put("KAFKA_STREAMS_STATE_DIR", workDir.resolve(module + "-state").toString());
                if (module.equals("ingest-service")) {
                    // the dashboard served by alert-service calls ingest's /api/feeds across origins
                    own.put("NEWSMON_DASHBOARD_ORIGINS", "http://127.0.0.1:" + alertPort + ",http://localhost:" + alertPort);
                }
                if (module.equals("alert-service")) {
                    own.put("NEWSMON_INGEST_URL", "http://127.0.0.1:" + ports.get("ingest-service"));
                }
                stack.services.put(module, ServiceProcess.start(root, module, ports.get(module), workDir, own));
            }
            for (String module : SERVICES) {
                stack.services.get(module).awaitReady(Duration.ofSeconds(120));
            }
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    String url(String module, String path) {
        return services.get(module).baseUrl() + path;
    }

    HttpResponse<String> post(String module, String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(module, path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String module, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(module, path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Pushes every article file of the folder to ingest-service in published order, as {@code ./newsmon replay} does. */
    List<HttpResponse<String>> replay(Path folder) throws IOException, InterruptedException {
        ArticleFileParser.Batch batch = ArticleFileParser.parseFolder(folder);
        if (!batch.rejected().isEmpty()) {
            throw new IllegalStateException("fixture folder has bad files: " + batch.rejected());
        }
        List<ArticleFile> ordered = batch.articles().stream()
                .sorted(Comparator.comparing(ArticleFile::published).thenComparing(ArticleFile::name)).toList();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (ArticleFile article : ordered) {
            String content = Files.readString(folder.resolve(article.name()));
            responses.add(post("ingest-service", "/api/articles", "text/plain; charset=utf-8", content,
                    Map.of("X-Newsmon-Filename", article.name())));
        }
        return responses;
    }

    /** True when extract-service and alert-service have committed everything on their input topics. */
    boolean caughtUp() {
        return reader.groupCaughtUp("newsmon-extract", Topics.ARTICLES_RAW)
                && reader.groupCaughtUp("newsmon-alert", Topics.CLAIMS);
    }

    @Override
    public void close() {
        for (ServiceProcess service : services.values()) {
            try {
                service.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        broker.close();
    }
}
