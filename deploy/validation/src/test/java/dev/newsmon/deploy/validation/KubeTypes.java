package dev.newsmon.deploy.validation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses rendered manifests as their Kubernetes, Prometheus-operator or Strimzi model types (fabric8
 * and Strimzi's API module) and reports fields the type does not know: those models keep unknown
 * fields in an "additionalProperties" map instead of failing, which is exactly where a misspelt or
 * misplaced field ends up and where the API server would reject (or silently drop) it.
 */
final class KubeTypes {

    static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("apps/v1/StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy",
                    io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor",
                    io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule",
                    io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class));

    /** Kinds without a Java model here; checked structurally by the test. */
    static final List<String> STRUCTURAL_ONLY = List.of("keda.sh/v1alpha1/ScaledObject");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private KubeTypes() {
    }

    static String typeKey(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** Converts the object to its model type; the returned list names every field the type does not know. */
    static List<String> unknownFields(JsonNode object) {
        Class<?> type = TYPES.get(typeKey(object));
        if (type == null) {
            throw new IllegalArgumentException("no model for " + typeKey(object));
        }
        Object model;
        try {
            model = MAPPER.treeToValue(object, type);
        } catch (Exception e) {
            return List.of("does not parse as " + type.getSimpleName() + ": " + e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        walk(model, "", unknown, new IdentityHashMap<>(), 0);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen, int depth) {
        if (value == null || depth > 40 || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?> || seen.containsKey(value)) {
            return;
        }
        seen.put(value, Boolean.TRUE);
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen, depth + 1));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.") && !pkg.startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (!name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add((path.isEmpty() ? "" : path.substring(1) + ".") + extra.keySet()
                            + " unknown to " + value.getClass().getSimpleName());
                }
                continue;
            }
            String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            walk(child, path + "." + property, unknown, seen, depth + 1);
        }
    }
}
