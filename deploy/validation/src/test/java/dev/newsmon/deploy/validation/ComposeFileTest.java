package dev.newsmon.deploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.newsmon.deploy.validation.ServiceConfig.Service;

/**
 * docker-compose.yml against the Compose Specification schema, and against the services: each
 * service's port, environment and health check must be what its own configuration expects.
 */
class ComposeFileTest {

    private static final String COMPOSE = "docker-compose.yml";
    private static final String TOPICS_SCRIPT = "deploy/compose/create-topics.sh";
    private static final Pattern CREATE_LINE = Pattern.compile(
            "^create\\s+(\\S+)\\s+(\\d+)\\s+(delete|compact)\\s+(-?\\d+)\\s*$", Pattern.MULTILINE);

    private static JsonNode compose;

    @BeforeAll
    static void load() {
        compose = Repo.yaml(COMPOSE);
    }

    @Test
    void validatesAgainstTheComposeSpecificationSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/compose-spec/compose-spec.json")) {
            assertThat(in).as("vendored compose-spec.json").isNotNull();
            ObjectNode schemaNode = (ObjectNode) Repo.JSON.readTree(in);
            // This revision of the schema still carries draft-04 "id" annotations next to its 2019-09
            // "$schema" (spelt with http:// and a trailing #): accept "id" as an annotation.
            JsonMetaSchema draft201909 = JsonMetaSchema.getV201909();
            JsonMetaSchema meta = JsonMetaSchema.builder(draft201909.getIri(), draft201909)
                    .keyword(new NonValidationKeyword("id")).build();
            schemaNode.put("$schema", draft201909.getIri());
            schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                    .metaSchema(meta).build().getSchema(schemaNode);
        }
        Set<ValidationMessage> errors = schema.validate(compose);
        assertThat(errors).as("docker-compose.yml violates the Compose Specification schema").isEmpty();
    }

    /** A real Compose implementation, when one is installed (Debian: docker-compose), parses and interpolates it. */
    @Test
    void aComposeImplementationAcceptsTheFile() throws Exception {
        Optional<Path> cli = Kubectl.onPath("docker-compose");
        Assumptions.assumeTrue(cli.isPresent(), "SKIPPED: no docker-compose on the PATH; only the schema checks ran");
        ProcessBuilder builder = new ProcessBuilder(cli.get().toString(), "-f", COMPOSE, "config", "-q")
                .directory(Repo.root().toFile()).redirectErrorStream(true);
        builder.environment().put("NEWSMON_API_TOKEN", "validation-only");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("docker-compose config: " + output).isZero();
    }

    @Test
    void everyLongRunningServiceHasAHealthCheckAndEveryDependencyCanBeMet() {
        Map<String, JsonNode> services = services();
        assertThat(services.keySet()).contains("kafka", "kafka-init", "ingest-service", "extract-service",
                "alert-service", "mailpit", "prometheus", "grafana");
        for (Map.Entry<String, JsonNode> entry : services.entrySet()) {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            assertThat(service.path("image").asText()).as(name + ".image").isNotBlank();
            boolean oneShot = "no".equals(service.path("restart").asText());
            if (!oneShot) {
                JsonNode test = service.path("healthcheck").path("test");
                assertThat(test.isArray() && test.size() > 1).as(name + " has a healthcheck test command").isTrue();
            }
            service.path("depends_on").fields().forEachRemaining(dep -> {
                JsonNode target = services.get(dep.getKey());
                assertThat(target).as(name + " depends on unknown service " + dep.getKey()).isNotNull();
                String condition = dep.getValue().path("condition").asText();
                if ("service_healthy".equals(condition)) {
                    assertThat(target.has("healthcheck")).as(name + " waits for " + dep.getKey()
                            + " to be healthy, which has no healthcheck").isTrue();
                }
                if ("service_completed_successfully".equals(condition)) {
                    assertThat(target.path("restart").asText()).as(dep.getKey() + " must be a one-shot (restart: \"no\")")
                            .isEqualTo("no");
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void portsEnvironmentAndHealthCheckMatchTheServiceConfiguration(Service which) {
        ServiceConfig config = ServiceConfig.of(which);
        JsonNode service = services().get(which.module);
        assertThat(service).as("docker-compose.yml has a service " + which.module).isNotNull();
        int port = config.httpPort();
        assertThat(port).as(which.module + " quarkus.http.port (brief)").isEqualTo(which.briefPort);

        Map<String, String> env = environment(service);
        assertThat(env).as(which.module + " environment").containsKeys(which.requiredEnv.toArray(String[]::new));
        assertThat(env.get("QUARKUS_HTTP_PORT")).as(which.module + " QUARKUS_HTTP_PORT").isEqualTo(String.valueOf(port));
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        for (String required : config.requiredEnvironment()) {
            assertThat(env).as(which.module + " reads ${" + required + "} without a default").containsKey(required);
        }
        for (String name : env.keySet()) {
            assertThat(config.reads(name) || ServiceConfig.DEPLOYMENT_HELPER_ENV.contains(name))
                    .as(which.module + " is given " + name + " but its configuration never reads it").isTrue();
        }

        List<String> ports = new ArrayList<>();
        service.path("ports").forEach(p -> ports.add(p.asText()));
        assertThat(ports).as(which.module + " ports").containsExactly(port + ":" + port);

        List<String> test = new ArrayList<>();
        service.path("healthcheck").path("test").forEach(t -> test.add(t.asText()));
        assertThat(test).as(which.module + " healthcheck").isNotEmpty();
        assertThat(test.get(0)).isEqualTo("CMD");
        assertThat(test.get(test.size() - 1)).as(which.module + " healthcheck probes readiness on its own port")
                .isEqualTo("http://127.0.0.1:" + port + "/q/health/ready");

        JsonNode dependsOn = service.path("depends_on");
        assertThat(dependsOn.path("kafka-init").path("condition").asText())
                .as(which.module + " starts after the topics exist").isEqualTo("service_completed_successfully");
    }

    @Test
    void smtpSettingsPointAtMailpitWhenAlertServiceSendsMail() {
        ServiceConfig alert = ServiceConfig.of(Service.ALERT);
        Map<String, String> env = environment(services().get("alert-service"));
        if (alert.dependsOn("quarkus-mailer")) {
            assertThat(env).containsEntry("NEWSMON_SMTP_HOST", "mailpit").containsEntry("NEWSMON_SMTP_PORT", "1025");
            assertThat(services().get("mailpit").path("image").asText()).startsWith("axllent/mailpit");
        }
    }

    @Test
    void topicScriptCreatesEveryContractTopicWithItsCleanupPolicy() {
        Map<String, int[]> created = new TreeMap<>();
        Map<String, String> policy = new TreeMap<>();
        Matcher m = CREATE_LINE.matcher(Repo.read(TOPICS_SCRIPT));
        while (m.find()) {
            created.put(m.group(1), new int[] {Integer.parseInt(m.group(2))});
            policy.put(m.group(1), m.group(3));
        }
        assertThat(created.keySet()).as("topics created by " + TOPICS_SCRIPT + " (Topics.ALL)")
                .isEqualTo(TopicNames.all());
        for (String topic : created.keySet()) {
            assertThat(policy.get(topic)).as(topic + " cleanup.policy")
                    .isEqualTo(TopicNames.compacted().contains(topic) ? "compact" : "delete");
        }
        assertThat(created.get("newsmon.feeds.state")[0]).as("feeds.state is co-partitioned with feeds")
                .isEqualTo(created.get("newsmon.feeds")[0]);
        JsonNode init = services().get("kafka-init");
        assertThat(init.path("volumes").toString()).contains("./" + TOPICS_SCRIPT);
    }

    @Test
    void kafkaIsKraftWithoutAutoCreatedTopics() {
        Map<String, String> env = environment(services().get("kafka"));
        assertThat(services().get("kafka").path("image").asText()).startsWith("apache/kafka:");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
    }

    @Test
    void prometheusScrapesEveryServiceAndLoadsTheRules() {
        JsonNode prometheus = Repo.yaml("deploy/prometheus/prometheus.yml");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        prometheus.path("scrape_configs").forEach(job -> jobs.put(job.path("job_name").asText(), job));
        for (Service which : Service.values()) {
            JsonNode job = jobs.get("newsmon-" + which.module);
            assertThat(job).as("scrape job newsmon-" + which.module).isNotNull();
            assertThat(job.path("metrics_path").asText()).isEqualTo("/q/metrics");
            assertThat(job.path("static_configs").get(0).path("targets").get(0).asText())
                    .isEqualTo(which.module + ":" + ServiceConfig.of(which).httpPort());
        }
        assertThat(jobs).containsKey("kafka-exporter");
        assertThat(prometheus.path("rule_files").get(0).asText()).isEqualTo("/etc/prometheus/rules/*.yml");
    }

    @Test
    void everyMountedHostPathExists() {
        services().forEach((name, service) -> service.path("volumes").forEach(volume -> {
            String spec = volume.asText();
            if (spec.startsWith("./")) {
                String hostPath = spec.substring(2, spec.indexOf(':'));
                assertThat(Files.exists(Repo.file(hostPath))).as(name + " mounts missing ./" + hostPath).isTrue();
            }
        }));
    }

    private static Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        compose.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
        return services;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new TreeMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        } else if (node.isArray()) {
            node.forEach(item -> {
                String[] kv = item.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        }
        return env;
    }
}
