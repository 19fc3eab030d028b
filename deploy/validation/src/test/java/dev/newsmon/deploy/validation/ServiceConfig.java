package dev.newsmon.deploy.validation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's own configuration says: its HTTP port and the environment variables it reads,
 * taken from its application.properties, pom.xml and sources, so the deployment files are checked
 * against the services as they are written, not against a copy of their settings.
 */
final class ServiceConfig {

    /** The three services with the ports and environment the project brief fixes. */
    enum Service {
        INGEST("ingest-service", 8081, List.of("KAFKA_BOOTSTRAP_SERVERS", "NEWSMON_API_TOKEN", "NEWSMON_FEEDS_FILE",
                "NEWSMON_ALLOW_PRIVATE", "QUARKUS_HTTP_PORT")),
        EXTRACT("extract-service", 8082, List.of("KAFKA_BOOTSTRAP_SERVERS", "NEWSMON_WATCHLIST", "QUARKUS_HTTP_PORT")),
        ALERT("alert-service", 8083, List.of("KAFKA_BOOTSTRAP_SERVERS", "NEWSMON_API_TOKEN", "NEWSMON_WATCHLIST",
                "NEWSMON_ALLOW_PRIVATE", "QUARKUS_HTTP_PORT"));

        final String module;
        final int briefPort;
        final List<String> requiredEnv;

        Service(String module, int briefPort, List<String> requiredEnv) {
            this.module = module;
            this.briefPort = briefPort;
            this.requiredEnv = requiredEnv;
        }

        static Service of(String name) {
            for (Service service : values()) {
                if (service.module.equals(name)) {
                    return service;
                }
            }
            return null;
        }
    }

    /** Helper variables the manifests define only to build other variables from. */
    static final Set<String> DEPLOYMENT_HELPER_ENV = Set.of("POD_NAME", "JAVA_TOOL_OPTIONS",
            "NEWSMON_STREAMS_OPTIONS");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern PROPERTY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern PORT_VALUE = Pattern.compile("^(?:\\$\\{[A-Z0-9_]+:)?(\\d+)}?$");

    final Service service;
    final Properties properties = new Properties();
    private final String propertiesText;
    private final String pom;
    private final String sources;

    private ServiceConfig(Service service) {
        this.service = service;
        Path propertiesFile = Repo.file(service.module + "/src/main/resources/application.properties");
        if (!Files.isRegularFile(propertiesFile)) {
            throw new AssertionError(service.module + " has no src/main/resources/application.properties: the "
                    + "deployment files cannot be checked against its configuration");
        }
        this.propertiesText = Repo.read(propertiesFile);
        try {
            properties.load(new StringReader(propertiesText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.pom = Repo.read(service.module + "/pom.xml");
        this.sources = readSources(Repo.file(service.module + "/src/main/java"));
    }

    static ServiceConfig of(Service service) {
        return new ServiceConfig(service);
    }

    /** quarkus.http.port from application.properties (plain, or the default of an ${ENV:default}). */
    int httpPort() {
        String value = property("quarkus.http.port");
        if (value == null) {
            throw new AssertionError(service.module + "/src/main/resources/application.properties sets no "
                    + "quarkus.http.port (the brief fixes " + service.briefPort + ")");
        }
        Matcher m = PORT_VALUE.matcher(value.trim());
        if (!m.matches()) {
            throw new AssertionError(service.module + ": cannot read a port from quarkus.http.port=" + value);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The unprofiled value of a property, or its %prod value (what runs in a container). */
    String property(String key) {
        String value = properties.getProperty(key);
        return value != null ? value : properties.getProperty("%prod." + key);
    }

    /** Environment variables application.properties references without a default: startup fails without them. */
    Set<String> requiredEnvironment() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                if (m.group(2) == null) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * Whether the service reads environment variable {@code name}: named in application.properties
     * (an ${ENV} reference or a key that maps to it), in its sources, or a Quarkus setting of an
     * extension the service uses.
     */
    boolean reads(String name) {
        if (propertiesText.contains("${" + name + "}") || propertiesText.contains("${" + name + ":")) {
            return true;
        }
        for (String key : properties.stringPropertyNames()) {
            String bare = key.startsWith("%prod.") ? key.substring("%prod.".length()) : key;
            if (envName(bare).equals(name)) {
                return true;
            }
        }
        if (sources.contains("\"" + name + "\"")) {
            return true;
        }
        // @ConfigProperty(name = "newsmon.api.token") and the like: the literal maps to the variable.
        Matcher literal = PROPERTY_LITERAL.matcher(sources);
        while (literal.find()) {
            if (envName(literal.group(1)).equals(name)) {
                return true;
            }
        }
        if (name.startsWith("QUARKUS_")) {
            return quarkusExtensionPresent(name);
        }
        return false;
    }

    private boolean quarkusExtensionPresent(String name) {
        if (name.startsWith("QUARKUS_HTTP_") || name.startsWith("QUARKUS_LOG_")) {
            return true;
        }
        if (name.startsWith("QUARKUS_MAILER_")) {
            return pom.contains("<artifactId>quarkus-mailer</artifactId>");
        }
        if (name.startsWith("QUARKUS_KAFKA_STREAMS_")) {
            return pom.contains("<artifactId>quarkus-kafka-streams</artifactId>");
        }
        return false;
    }

    /** Kafka topics the service names in application.properties (messaging channels, Kafka Streams input). */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            String value = properties.getProperty(key).trim();
            if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(value);
            }
            if (key.equals("quarkus.kafka-streams.topics")) {
                for (String topic : value.split(",")) {
                    topics.add(topic.trim());
                }
            }
        }
        topics.removeIf(t -> t.isEmpty() || t.contains("${"));
        return topics;
    }

    boolean sourcesContain(String text) {
        return sources.contains(text);
    }

    boolean dependsOn(String artifactId) {
        return pom.contains("<artifactId>" + artifactId + "</artifactId>");
    }

    /** The environment variable MicroProfile Config maps a property name to. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String readSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> all.append(Repo.read(p)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
