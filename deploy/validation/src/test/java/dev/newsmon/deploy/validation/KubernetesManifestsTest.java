package dev.newsmon.deploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.deploy.validation.ServiceConfig.Service;
import dev.newsmon.events.Topics;
import dev.newsmon.events.watchlist.WatchedIssue;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/**
 * Renders every Kustomize overlay with {@code kubectl kustomize}, parses every object as its
 * Kubernetes, Prometheus-operator or Strimzi type, and checks that the pieces fit together and fit
 * the services: ports, probes, environment, config maps, selectors, topics, autoscaling, monitoring.
 */
class KubernetesManifestsTest {

    private static final String OVERLAYS = "deploy/kubernetes/overlays";
    private static final Map<String, String> NAMESPACES = Map.of("dev", "newsmon-dev", "prod", "newsmon");
    /** Secrets the manifests may reference; docs/deploy.md tells how to create each. */
    private static final Set<String> DOCUMENTED_SECRETS = Set.of("newsmon-api", "newsmon-smtp");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern VAR_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private static final Map<String, List<JsonNode>> RENDERED = new TreeMap<>();
    private static String kubectlVersion;

    @BeforeAll
    static void render() throws IOException {
        Optional<Path> kubectl = Kubectl.find();
        Assumptions.assumeTrue(kubectl.isPresent(), "SKIPPED: kubectl not found (set NEWSMON_KUBECTL or install "
                + "Debian's kubernetes-client; .ci/run installs it): the Kubernetes overlays were NOT validated");
        kubectlVersion = Kubectl.version(kubectl.get());
        try (Stream<Path> dirs = Files.list(Repo.file(OVERLAYS))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String yaml = Kubectl.kustomize(kubectl.get(), dir);
                RENDERED.put(dir.getFileName().toString(), Repo.yamlDocuments("overlay " + dir.getFileName(), yaml));
            }
        }
    }

    @Test
    void everyOverlayRendersAndHasANamespace() {
        assertThat(RENDERED.keySet()).as("overlays rendered with " + kubectlVersion).isEqualTo(NAMESPACES.keySet());
        RENDERED.forEach((overlay, objects) -> assertThat(objects).as(overlay).hasSizeGreaterThan(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectParsesAsItsTypeWithoutUnknownFields(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode object : objects(overlay)) {
            String type = KubeTypes.typeKey(object);
            String id = overlay + ": " + type + " " + name(object);
            soft.assertThat(KubeTypes.TYPES.containsKey(type) || KubeTypes.STRUCTURAL_ONLY.contains(type))
                    .as(id + " is a kind the manifests are meant to contain").isTrue();
            soft.assertThat(DNS_SUBDOMAIN.matcher(name(object)).matches() && name(object).length() <= 253)
                    .as(id + " has a valid name").isTrue();
            soft.assertThat(object.path("metadata").path("namespace").asText()).as(id + " namespace")
                    .isEqualTo(NAMESPACES.get(overlay));
            soft.assertThat(object.path("kind").asText()).as(id + ": no Secret is committed").isNotEqualTo("Secret");
            if (KubeTypes.TYPES.containsKey(type)) {
                soft.assertThat(KubeTypes.unknownFields(object)).as(id + " fields unknown to its type").isEmpty();
            }
        }
        for (JsonNode scaled : ofKind(overlay, "ScaledObject")) {
            JsonNode spec = scaled.path("spec");
            soft.assertThat(spec.path("scaleTargetRef").path("name").asText()).as("ScaledObject target").isNotBlank();
            soft.assertThat(spec.path("triggers").isArray() && spec.path("triggers").size() > 0)
                    .as("ScaledObject triggers").isTrue();
            spec.path("triggers").forEach(t -> soft.assertThat(t.path("type").asText()).isNotBlank());
            Set<String> known = Set.of("scaleTargetRef", "minReplicaCount", "maxReplicaCount", "pollingInterval",
                    "cooldownPeriod", "idleReplicaCount", "advanced", "triggers", "fallback");
            spec.fieldNames().forEachRemaining(f -> soft.assertThat(known).as("ScaledObject spec field " + f).contains(f));
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void workloadsMatchTheServicesPortsProbesAndEnvironment(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        String bootstrap = name(single(overlay, "Kafka")) + "-kafka-bootstrap:9092";
        Map<String, JsonNode> workloads = workloads(overlay);
        assertThat(workloads.keySet()).containsExactlyInAnyOrder("ingest-service", "extract-service", "alert-service");
        assertThat(workloads.get("alert-service").path("kind").asText()).isEqualTo("StatefulSet");
        for (Map.Entry<String, JsonNode> entry : workloads.entrySet()) {
            Service which = Service.of(entry.getKey());
            ServiceConfig config = ServiceConfig.of(which);
            int port = config.httpPort();
            JsonNode workload = entry.getValue();
            String id = overlay + ": " + entry.getKey();
            JsonNode pod = workload.path("spec").path("template");
            soft.assertThat(labels(pod.path("metadata").path("labels")))
                    .as(id + " pod labels match the selector")
                    .containsAllEntriesOf(labels(workload.path("spec").path("selector").path("matchLabels")));
            JsonNode podSpec = pod.path("spec");
            soft.assertThat(podSpec.path("securityContext").path("runAsNonRoot").asBoolean()).as(id + " runAsNonRoot").isTrue();
            JsonNode container = podSpec.path("containers").get(0);
            soft.assertThat(podSpec.path("containers").size()).as(id + " containers").isEqualTo(1);
            soft.assertThat(container.path("image").asText()).as(id + " image")
                    .contains("newsmon-" + entry.getKey()).doesNotEndWith(":latest");

            soft.assertThat(container.path("ports").size()).isEqualTo(1);
            soft.assertThat(container.path("ports").get(0).path("name").asText()).isEqualTo("http");
            soft.assertThat(container.path("ports").get(0).path("containerPort").asInt())
                    .as(id + " containerPort = quarkus.http.port of the service").isEqualTo(port);

            for (String[] probe : new String[][] {{"startupProbe", "/q/health/started"}, {"livenessProbe", "/q/health/live"},
                    {"readinessProbe", "/q/health/ready"}}) {
                JsonNode get = container.path(probe[0]).path("httpGet");
                soft.assertThat(get.path("path").asText()).as(id + " " + probe[0] + " path").isEqualTo(probe[1]);
                soft.assertThat(get.path("port").asText()).as(id + " " + probe[0] + " port").isIn("http", String.valueOf(port));
            }
            JsonNode resources = container.path("resources");
            soft.assertThat(resources.path("requests").has("cpu") && resources.path("requests").has("memory"))
                    .as(id + " requests cpu and memory").isTrue();
            soft.assertThat(resources.path("limits").has("memory")).as(id + " memory limit").isTrue();
            JsonNode security = container.path("securityContext");
            soft.assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(id + " no privilege escalation").isFalse();

            List<String> envNames = new ArrayList<>();
            Map<String, JsonNode> env = new LinkedHashMap<>();
            container.path("env").forEach(e -> {
                String name = e.path("name").asText();
                Matcher m = VAR_REFERENCE.matcher(e.path("value").asText());
                while (m.find()) {
                    soft.assertThat(envNames).as(id + ": " + name + " uses $(" + m.group(1)
                            + "), which must be defined before it").contains(m.group(1));
                }
                envNames.add(name);
                env.put(name, e);
            });
            soft.assertThat(env.keySet()).as(id + " environment").containsAll(which.requiredEnv);
            soft.assertThat(env.keySet()).as(id + " environment (${...} without default in application.properties)")
                    .containsAll(config.requiredEnvironment());
            soft.assertThat(env.get("QUARKUS_HTTP_PORT").path("value").asText()).isEqualTo(String.valueOf(port));
            soft.assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").path("value").asText()).isEqualTo(bootstrap);
            for (String name : env.keySet()) {
                soft.assertThat(config.reads(name) || ServiceConfig.DEPLOYMENT_HELPER_ENV.contains(name))
                        .as(id + " is given " + name + " but its configuration never reads it").isTrue();
                JsonNode from = env.get(name).path("valueFrom");
                if (from.has("configMapKeyRef")) {
                    JsonNode ref = from.path("configMapKeyRef");
                    JsonNode map = configMap(overlay, ref.path("name").asText());
                    soft.assertThat(map).as(id + " " + name + " refers to ConfigMap " + ref.path("name").asText()).isNotNull();
                    if (map != null) {
                        soft.assertThat(map.path("data").has(ref.path("key").asText()))
                                .as(id + " " + name + ": key " + ref.path("key").asText()).isTrue();
                    }
                }
                if (from.has("secretKeyRef")) {
                    soft.assertThat(DOCUMENTED_SECRETS).as(id + " " + name + " secret")
                            .contains(from.path("secretKeyRef").path("name").asText());
                }
            }

            Map<String, String> mounts = new LinkedHashMap<>();
            container.path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m.path("name").asText()));
            Set<String> volumes = new HashSet<>();
            podSpec.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
            workload.path("spec").path("volumeClaimTemplates").forEach(v -> volumes.add(v.path("metadata").path("name").asText()));
            mounts.forEach((path, volume) -> soft.assertThat(volumes).as(id + " mount " + path).contains(volume));
            podSpec.path("volumes").forEach(v -> {
                if (v.has("configMap")) {
                    soft.assertThat(configMap(overlay, v.path("configMap").path("name").asText()))
                            .as(id + " volume " + v.path("name").asText()).isNotNull();
                }
            });
            if (security.path("readOnlyRootFilesystem").asBoolean()) {
                soft.assertThat(mounts).as(id + ": a read-only root needs a writable /tmp").containsKey("/tmp");
            }
            for (String fileVar : List.of("NEWSMON_WATCHLIST", "NEWSMON_FEEDS_FILE")) {
                if (env.containsKey(fileVar)) {
                    String file = env.get(fileVar).path("value").asText();
                    soft.assertThat(fileInConfigMap(overlay, podSpec, container, file))
                            .as(id + " " + fileVar + "=" + file + " is a key of a mounted ConfigMap").isTrue();
                }
            }
            if ("StatefulSet".equals(workload.path("kind").asText())) {
                String serviceName = workload.path("spec").path("serviceName").asText();
                JsonNode headless = ofKind(overlay, "Service").stream().filter(s -> name(s).equals(serviceName)).findFirst()
                        .orElse(null);
                soft.assertThat(headless).as(id + " serviceName " + serviceName).isNotNull();
                if (headless != null) {
                    soft.assertThat(headless.path("spec").path("clusterIP").asText()).as(serviceName + " is headless")
                            .isEqualTo("None");
                }
                soft.assertThat(workload.path("spec").path("volumeClaimTemplates").size()).as(id + " state volume").isEqualTo(1);
                if (!config.sourcesContain("queryMetadataForKey")) {
                    // Its read APIs answer from local stores: a second replica would answer for half the issues.
                    soft.assertThat(workload.path("spec").path("replicas").asInt(1))
                            .as(id + " replicas while alert-service does not forward interactive queries").isEqualTo(1);
                }
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesBudgetsPoliciesAndAutoscalersSelectRealPods(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        Map<String, JsonNode> workloads = workloads(overlay);
        for (JsonNode service : ofKind(overlay, "Service")) {
            List<JsonNode> selected = selectedWorkloads(workloads, service.path("spec").path("selector"));
            soft.assertThat(selected).as(overlay + ": Service " + name(service) + " selects a workload").hasSize(1);
            for (JsonNode port : service.path("spec").path("ports")) {
                String target = port.path("targetPort").asText();
                for (JsonNode workload : selected) {
                    Set<String> podPorts = new HashSet<>();
                    workload.path("spec").path("template").path("spec").path("containers").forEach(c -> c.path("ports")
                            .forEach(p -> {
                                podPorts.add(p.path("name").asText());
                                podPorts.add(p.path("containerPort").asText());
                            }));
                    soft.assertThat(podPorts).as(overlay + ": Service " + name(service) + " targetPort").contains(target);
                }
            }
        }
        Set<String> budgeted = new TreeSet<>();
        for (JsonNode pdb : ofKind(overlay, "PodDisruptionBudget")) {
            List<JsonNode> selected = selectedWorkloads(workloads, pdb.path("spec").path("selector").path("matchLabels"));
            soft.assertThat(selected).as(overlay + ": PDB " + name(pdb) + " selects one workload").hasSize(1);
            for (JsonNode workload : selected) {
                budgeted.add(name(workload));
                int replicas = workload.path("spec").path("replicas").asInt(1);
                int minAvailable = pdb.path("spec").path("minAvailable").asInt(0);
                soft.assertThat(minAvailable).as(overlay + ": PDB " + name(pdb) + " leaves room for a drain").isLessThan(replicas);
            }
        }
        soft.assertThat(budgeted).as(overlay + ": every workload has a PodDisruptionBudget").isEqualTo(workloads.keySet());

        for (JsonNode policy : ofKind(overlay, "NetworkPolicy")) {
            soft.assertThat(selectedWorkloads(workloads, policy.path("spec").path("podSelector")))
                    .as(overlay + ": NetworkPolicy " + name(policy) + " selects pods").isNotEmpty();
        }
        boolean defaultDeny = ofKind(overlay, "NetworkPolicy").stream().anyMatch(p -> {
            JsonNode spec = p.path("spec");
            return !spec.has("ingress") && !spec.has("egress") && spec.path("policyTypes").size() == 2
                    && selectedWorkloads(workloads, spec.path("podSelector")).size() == 3;
        });
        soft.assertThat(defaultDeny).as(overlay + ": a default-deny NetworkPolicy covers the three services").isTrue();

        int rawPartitions = topics(overlay).get(Topics.ARTICLES_RAW).path("spec").path("partitions").asInt();
        List<JsonNode> hpas = ofKind(overlay, "HorizontalPodAutoscaler");
        List<JsonNode> scaled = ofKind(overlay, "ScaledObject");
        soft.assertThat(hpas.size() + scaled.size()).as(overlay + ": exactly one autoscaler for extract-service").isEqualTo(1);
        for (JsonNode hpa : hpas) {
            soft.assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo("extract-service");
            soft.assertThat(hpa.path("spec").path("maxReplicas").asInt()).as("HPA max <= partitions of " + Topics.ARTICLES_RAW)
                    .isLessThanOrEqualTo(rawPartitions);
        }
        for (JsonNode object : scaled) {
            JsonNode spec = object.path("spec");
            soft.assertThat(spec.path("scaleTargetRef").path("name").asText()).isEqualTo("extract-service");
            soft.assertThat(spec.path("maxReplicaCount").asInt()).as("ScaledObject max <= partitions of " + Topics.ARTICLES_RAW)
                    .isLessThanOrEqualTo(rawPartitions);
            JsonNode trigger = spec.path("triggers").get(0);
            soft.assertThat(trigger.path("type").asText()).isEqualTo("kafka");
            soft.assertThat(trigger.path("metadata").path("consumerGroup").asText()).isEqualTo("newsmon-extract");
            soft.assertThat(trigger.path("metadata").path("topic").asText()).isEqualTo(Topics.ARTICLES_RAW);
            soft.assertThat(trigger.path("metadata").path("bootstrapServers").asText()).as("KEDA runs in its own namespace")
                    .isEqualTo(name(single(overlay, "Kafka")) + "-kafka-bootstrap." + NAMESPACES.get(overlay) + ".svc:9092");
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaIsKraftWithNodePoolsAndOneTopicPerContractTopic(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        JsonNode kafka = single(overlay, "Kafka");
        String cluster = name(kafka);
        soft.assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
        soft.assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
        soft.assertThat(kafka.path("spec").has("zookeeper")).as("no ZooKeeper").isFalse();
        int brokers = 0;
        Set<String> roles = new TreeSet<>();
        for (JsonNode pool : ofKind(overlay, "KafkaNodePool")) {
            soft.assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(cluster);
            pool.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
            if (pool.path("spec").path("roles").toString().contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        soft.assertThat(roles).containsExactly("broker", "controller");
        JsonNode config = kafka.path("spec").path("kafka").path("config");
        int replication = config.path("default.replication.factor").asInt();
        int minIsr = config.path("min.insync.replicas").asInt();
        soft.assertThat(replication).as(overlay + ": replication factor <= brokers").isBetween(1, brokers);
        soft.assertThat(config.path("offsets.topic.replication.factor").asInt()).isLessThanOrEqualTo(brokers);
        soft.assertThat(minIsr).as(overlay + ": min.insync.replicas").isLessThanOrEqualTo(replication);
        if (replication > 1) {
            soft.assertThat(minIsr).as(overlay + ": one broker may be down without stopping acks=all writes")
                    .isLessThan(replication);
        }
        soft.assertThat(config.path("auto.create.topics.enable").asText()).isEqualTo("false");

        Map<String, JsonNode> topics = topics(overlay);
        soft.assertThat(topics.keySet()).as(overlay + ": KafkaTopics = dev.newsmon.events.Topics.ALL")
                .isEqualTo(TopicNames.all());
        for (Map.Entry<String, JsonNode> topic : topics.entrySet()) {
            JsonNode spec = topic.getValue().path("spec");
            String id = overlay + ": topic " + topic.getKey();
            soft.assertThat(topic.getValue().path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .as(id + " cluster label").isEqualTo(cluster);
            soft.assertThat(spec.path("partitions").asInt()).as(id + " partitions").isPositive();
            String policy = spec.path("config").path("cleanup.policy").asText();
            if (TopicNames.compacted().contains(topic.getKey())) {
                soft.assertThat(policy).as(id + " cleanup.policy").isEqualTo("compact");
            } else {
                soft.assertThat(policy).as(id + " cleanup.policy").isEqualTo("delete");
                soft.assertThat(spec.path("config").has("retention.ms")).as(id + " retention.ms").isTrue();
            }
            if (spec.has("replicas")) {
                soft.assertThat(spec.path("replicas").asInt()).as(id + " replicas").isLessThanOrEqualTo(brokers);
            }
        }
        if (topics.containsKey(Topics.FEEDS) && topics.containsKey(Topics.FEED_STATE)) {
            soft.assertThat(topics.get(Topics.FEED_STATE).path("spec").path("partitions").asInt())
                    .as("feeds.state is co-partitioned with feeds").isEqualTo(topics.get(Topics.FEEDS).path("spec").path("partitions").asInt());
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void monitoringScrapesEveryServiceAndCarriesTheComposeRules(String overlay) throws IOException {
        JsonNode monitor = single(overlay, "ServiceMonitor");
        Map<String, String> selector = labels(monitor.path("spec").path("selector").path("matchLabels"));
        Set<String> scraped = ofKind(overlay, "Service").stream()
                .filter(s -> labels(s.path("metadata").path("labels")).entrySet().containsAll(selector.entrySet()))
                .map(KubernetesManifestsTest::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(scraped).as(overlay + ": Services the ServiceMonitor scrapes (once each)")
                .containsExactlyInAnyOrder("ingest-service", "extract-service", "alert-service");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(endpoint.path("port").asText()).isEqualTo("http");

        JsonNode rule = single(overlay, "PrometheusRule");
        Map<String, JsonNode> k8sGroups = new LinkedHashMap<>();
        rule.path("spec").path("groups").forEach(g -> k8sGroups.put(g.path("name").asText(), g));
        Map<String, JsonNode> composeGroups = new LinkedHashMap<>();
        Repo.yaml("deploy/prometheus/rules/newsmon.rules.yml").path("groups")
                .forEach(g -> composeGroups.put(g.path("name").asText(), g));
        for (Map.Entry<String, JsonNode> group : composeGroups.entrySet()) {
            assertThat(k8sGroups.get(group.getKey())).as(overlay + ": PrometheusRule group " + group.getKey()
                    + " equals deploy/prometheus/rules/newsmon.rules.yml").isEqualTo(group.getValue());
        }
        for (String extra : k8sGroups.keySet()) {
            if (!composeGroups.containsKey(extra)) {
                assertThat(extra).as("a PrometheusRule-only group must be Kubernetes-specific").endsWith("-kubernetes");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configMapsCarryAValidWatchlistAndFeedsFile(String overlay) {
        JsonNode watchlistMap = configMap(overlay, "newsmon-watchlist");
        assertThat(watchlistMap).isNotNull();
        String yaml = watchlistMap.path("data").path("watchlist.yaml").asText();
        Watchlist watchlist = WatchlistLoader.parse("ConfigMap newsmon-watchlist", yaml.getBytes(StandardCharsets.UTF_8));
        Set<String> ids = watchlist.issues().stream().map(WatchedIssue::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> defaults = WatchlistLoader.loadDefault().issues().stream().map(WatchedIssue::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ids).as("issue ids of deploy/kubernetes/base/config/watchlist.yaml (copy "
                + "events/src/main/resources/watchlist/default.yaml there after changing it)").isEqualTo(defaults);
        // The whole vocabulary too, not only the ids: a stale copy would tag and alert differently in
        // Kubernetes than everywhere else.
        assertThat(watchlist).as("deploy/kubernetes/base/config/watchlist.yaml is a stale copy of "
                + "events/src/main/resources/watchlist/default.yaml: copy it again").isEqualTo(WatchlistLoader.loadDefault());
        JsonNode feedsMap = configMap(overlay, "newsmon-feeds");
        assertThat(feedsMap).isNotNull();
        // ingest-service's feeds file: a list of feeds, or "feeds:" holding one; every entry has a url.
        JsonNode feeds = Repo.yamlDocuments("feeds.yaml", feedsMap.path("data").path("feeds.yaml").asText()).get(0);
        JsonNode list = feeds.isObject() ? feeds.path("feeds") : feeds;
        assertThat(list.isArray()).as("feeds.yaml holds a list of feeds").isTrue();
        list.forEach(feed -> assertThat(feed.isTextual() || feed.hasNonNull("url")).as("feed entry " + feed + " has a url").isTrue());
    }

    // ---------------------------------------------------------------------------------------------

    private static List<JsonNode> objects(String overlay) {
        List<JsonNode> objects = RENDERED.get(overlay);
        assertThat(objects).as("rendered overlay " + overlay).isNotNull();
        return objects;
    }

    private static List<JsonNode> ofKind(String overlay, String kind) {
        return objects(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static JsonNode single(String overlay, String kind) {
        List<JsonNode> found = ofKind(overlay, kind);
        assertThat(found).as(overlay + ": one " + kind).hasSize(1);
        return found.get(0);
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static Map<String, JsonNode> workloads(String overlay) {
        Map<String, JsonNode> workloads = new TreeMap<>();
        objects(overlay).stream().filter(o -> Set.of("Deployment", "StatefulSet").contains(o.path("kind").asText()))
                .forEach(o -> workloads.put(name(o), o));
        return workloads;
    }

    /** Generated ConfigMaps carry a content hash suffix: match on the name kustomize started from. */
    private static JsonNode configMap(String overlay, String name) {
        return ofKind(overlay, "ConfigMap").stream()
                .filter(c -> name(c).equals(name) || name(c).matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst().orElse(null);
    }

    private static Map<String, JsonNode> topics(String overlay) {
        Map<String, JsonNode> topics = new TreeMap<>();
        for (JsonNode topic : ofKind(overlay, "KafkaTopic")) {
            String topicName = topic.path("spec").path("topicName").asText(name(topic));
            assertThat(topics.put(topicName, topic)).as(overlay + ": topic " + topicName + " declared once").isNull();
        }
        return topics;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Workloads whose pod labels satisfy a selector (matchLabels/matchExpressions, or a plain label map). */
    private static List<JsonNode> selectedWorkloads(Map<String, JsonNode> workloads, JsonNode selector) {
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode workload : workloads.values()) {
            Map<String, String> podLabels = labels(workload.path("spec").path("template").path("metadata").path("labels"));
            if (matches(selector, podLabels)) {
                selected.add(workload);
            }
        }
        return selected;
    }

    private static boolean matches(JsonNode selector, Map<String, String> podLabels) {
        boolean structured = selector.has("matchLabels") || selector.has("matchExpressions");
        Map<String, String> required = labels(structured ? selector.path("matchLabels") : selector);
        if (!podLabels.entrySet().containsAll(required.entrySet())) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = podLabels.get(expression.path("key").asText());
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean fileInConfigMap(String overlay, JsonNode podSpec, JsonNode container, String file) {
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (!file.startsWith(dir + "/")) {
                continue;
            }
            String key = file.substring(dir.length() + 1);
            for (JsonNode volume : podSpec.path("volumes")) {
                if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("configMap")) {
                    JsonNode map = configMap(overlay, volume.path("configMap").path("name").asText());
                    return map != null && map.path("data").has(key);
                }
            }
        }
        return false;
    }
}
