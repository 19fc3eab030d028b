package dev.newsmon.deploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Grafana dashboard and the Prometheus rules use metrics the services really expose, every rule
 * is complete and has a runbook section in docs/operations.md.
 */
class ObservabilityTest {

    private static final String DASHBOARD = "deploy/grafana/dashboards/newsmon.json";
    private static final String RULES = "deploy/prometheus/rules/newsmon.rules.yml";
    private static final String K8S_RULES = "deploy/kubernetes/base/monitoring/prometheusrule.yaml";
    private static final Pattern NEWSMON_SERIES = Pattern.compile("\\bnewsmon_[a-z0-9_]+\\b");

    @Test
    void dashboardPanelsQueryPrometheusAndCoverThePipeline() throws Exception {
        JsonNode dashboard = Repo.JSON.readTree(Repo.file(DASHBOARD).toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("newsmon");
        Set<String> titles = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                continue;
            }
            titles.add(panel.path("title").asText().toLowerCase(Locale.ROOT));
            assertThat(panel.path("targets").size()).as("panel " + panel.path("title").asText() + " has queries").isPositive();
            panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
        }
        assertThat(titles).as("dashboard panels").contains("articles in", "claims", "alerts by type", "deliveries",
                "dead-letter topics", "consumer lag", "feed health", "end-to-end latency");
        // The datasource the compose provisioning creates is the one the dashboard's variable defaults to.
        JsonNode datasource = Repo.yaml("deploy/grafana/provisioning/datasources/prometheus.yml").path("datasources").get(0);
        assertThat(dashboard.path("templating").path("list").get(0).path("current").path("value").asText())
                .isEqualTo(datasource.path("uid").asText());
    }

    @Test
    void everyNewsmonMetricInDashboardAndRulesIsExposedByAService() throws Exception {
        Map<String, ServiceMetrics.Meter> meters = ServiceMetrics.all();
        Map<String, String> used = new LinkedHashMap<>();
        JsonNode dashboard = Repo.JSON.readTree(Repo.file(DASHBOARD).toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets").forEach(t -> series(t.path("expr").asText())
                    .forEach(s -> used.putIfAbsent(s, "dashboard panel \"" + panel.path("title").asText() + "\"")));
        }
        for (JsonNode rule : rules(Repo.yaml(RULES))) {
            series(rule.path("expr").asText()).forEach(s -> used.putIfAbsent(s, "rule " + rule.path("alert").asText()));
        }
        SoftAssertions soft = new SoftAssertions();
        used.forEach((series, where) -> soft.assertThat(ServiceMetrics.meterOf(series, meters))
                .as(series + " (" + where + ") is registered by a service; the services register "
                        + meters.keySet()).isPresent());
        soft.assertAll();
    }

    @Test
    void everyRuleIsCompleteAndHasARunbookSection() {
        String operations = Repo.read("docs/operations.md").toLowerCase(Locale.ROOT);
        List<JsonNode> all = new ArrayList<>(rules(Repo.yaml(RULES)));
        all.addAll(rules(Repo.yaml(K8S_RULES).path("spec")));
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        Set<String> names = new TreeSet<>();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode rule : all) {
            String name = rule.path("alert").asText();
            names.add(name);
            soft.assertThat(name).as("alert name").matches("Newsmon[A-Za-z]+");
            soft.assertThat(rule.path("expr").asText()).as(name + " expr").isNotBlank();
            soft.assertThat(rule.path("labels").path("severity").asText()).as(name + " severity").isIn("info", "warning", "critical");
            soft.assertThat(rule.path("annotations").path("summary").asText()).as(name + " summary").isNotBlank();
            String runbook = rule.path("annotations").path("runbook").asText();
            soft.assertThat(runbook).as(name + " runbook").isEqualTo("docs/operations.md#" + name.toLowerCase(Locale.ROOT));
            soft.assertThat(operations).as("docs/operations.md has a section \"### " + name + "\"")
                    .contains("### " + name.toLowerCase(Locale.ROOT));
        }
        soft.assertThat(names).as("the four situations the issue asks for")
                .contains("NewsmonConsumerLagGrowing", "NewsmonFeedsFailing", "NewsmonDeliveriesDeadLettered",
                        "NewsmonServiceDown", "NewsmonPodNotReady");
        soft.assertAll();
    }

    /**
     * promtool (Prometheus' own checker; Debian package prometheus, or NEWSMON_PROMTOOL) parses the
     * compose configuration, both rule files and every dashboard query (wrapped as recording rules).
     */
    @Test
    void promtoolAcceptsTheConfigurationRulesAndDashboardQueries() throws Exception {
        String configured = System.getenv("NEWSMON_PROMTOOL");
        java.util.Optional<java.nio.file.Path> promtool = configured != null && !configured.isBlank()
                ? java.util.Optional.of(java.nio.file.Path.of(configured)) : Kubectl.onPath("promtool");
        org.junit.jupiter.api.Assumptions.assumeTrue(promtool.isPresent(),
                "SKIPPED: no promtool (Debian package prometheus, or NEWSMON_PROMTOOL): PromQL syntax NOT checked");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("promtool");
        com.fasterxml.jackson.databind.node.ObjectNode k8s = (com.fasterxml.jackson.databind.node.ObjectNode) Repo
                .yaml(K8S_RULES).path("spec");
        Repo.YAML.writeValue(dir.resolve("k8s-rules.yml").toFile(), k8s);
        com.fasterxml.jackson.databind.node.ArrayNode recording = Repo.JSON.createArrayNode();
        JsonNode dashboard = Repo.JSON.readTree(Repo.file(DASHBOARD).toFile());
        int n = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                recording.addObject().put("record", "dashboard:query" + (++n)).put("expr", target.path("expr").asText());
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode dash = Repo.JSON.createObjectNode();
        dash.putArray("groups").addObject().put("name", "dashboard").set("rules", recording);
        Repo.YAML.writeValue(dir.resolve("dashboard-rules.yml").toFile(), dash);
        String config = Repo.read("deploy/prometheus/prometheus.yml").replace("/etc/prometheus/rules/*.yml",
                Repo.file("deploy/prometheus/rules").toAbsolutePath() + "/*.yml");
        java.nio.file.Files.writeString(dir.resolve("prometheus.yml"), config);
        List<List<String>> commands = List.of(
                List.of(promtool.get().toString(), "check", "rules", Repo.file(RULES).toString(),
                        dir.resolve("k8s-rules.yml").toString(), dir.resolve("dashboard-rules.yml").toString()),
                List.of(promtool.get().toString(), "check", "config", dir.resolve("prometheus.yml").toString()));
        for (List<String> command : commands) {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        }
    }

    private static List<JsonNode> rules(JsonNode root) {
        List<JsonNode> rules = new ArrayList<>();
        root.path("groups").forEach(g -> g.path("rules").forEach(rules::add));
        return rules;
    }

    private static Set<String> series(String expr) {
        Set<String> found = new TreeSet<>();
        Matcher m = NEWSMON_SERIES.matcher(expr);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
