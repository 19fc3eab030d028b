package dev.newsmon.events.json;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.newsmon.events.Topics;

/**
 * Validates event JSON against the JSON Schema of its topic ({@code schemas/<topic>.schema.json}
 * on the classpath, draft 2020-12). Used by the contract tests and available to integrators and
 * services that accept JSON from outside.
 *
 * <p>The schemas reference each other by their {@code $id} ({@value #SCHEMA_BASE}...), which is
 * mapped to the classpath here, so validation never goes to the network.
 */
public final class SchemaValidator {

    /** Base of every schema's {@code $id}. */
    public static final String SCHEMA_BASE = "https://newsmon.dev/schemas/";

    /** Topics that have a schema: the public event topics. */
    public static final Set<String> TOPICS = Set.copyOf(Topics.PUBLIC);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            // 2020-12 treats "format" as an annotation only; the contract means it (dates, URIs).
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    private static final Map<String, SchemaValidator> BY_TOPIC = new ConcurrentHashMap<>();

    private final String topic;
    private final JsonSchema schema;

    private SchemaValidator(String topic) {
        this.topic = topic;
        this.schema = FACTORY.getSchema(SchemaLocation.of(schemaId(topic)), CONFIG);
        this.schema.initializeValidators();
    }

    /**
     * @throws IllegalArgumentException when the topic has no schema (only the public topics have one)
     */
    public static SchemaValidator forTopic(String topic) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("no JSON schema for topic '" + topic + "'; schemas exist for " + Topics.PUBLIC);
        }
        return BY_TOPIC.computeIfAbsent(topic, SchemaValidator::new);
    }

    /** The {@code $id} of a topic's schema. */
    public static String schemaId(String topic) {
        return SCHEMA_BASE + topic + ".schema.json";
    }

    /** Classpath resource of a topic's schema. */
    public static String schemaResource(String topic) {
        return "/schemas/" + topic + ".schema.json";
    }

    /** Shortcut for {@code forTopic(topic).validate(json)}. */
    public static List<String> validate(String topic, String json) {
        return forTopic(topic).validate(json);
    }

    /**
     * @return one readable line per violation, each starting with the JSON path of the offending
     *         field (e.g. {@code $.claims[0].polarity: does not have a value in the enumeration
     *         ["affirmed", "negated"]}); empty when the JSON is valid
     */
    public List<String> validate(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")" : ""));
        }
        if (node == null || node.isMissingNode()) {
            return List.of("$: empty document");
        }
        return validate(node);
    }

    public List<String> validate(JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .distinct()
                .toList();
    }

    /** @throws SchemaViolationException listing every violation when the JSON does not match */
    public void requireValid(String json) {
        List<String> errors = validate(json);
        if (!errors.isEmpty()) {
            throw new SchemaViolationException(topic, errors);
        }
    }

    public String topic() {
        return topic;
    }

    /** JSON that does not match its topic's schema; the message lists every violation. */
    public static final class SchemaViolationException extends IllegalArgumentException {

        private final List<String> errors;

        public SchemaViolationException(String topic, List<String> errors) {
            super("does not match the " + topic + " schema: " + String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }
}
