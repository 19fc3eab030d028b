package dev.newsmon.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsmon.events.Alert;
import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Evidence;
import dev.newsmon.events.IssueTag;
import dev.newsmon.events.RawArticle;
import dev.newsmon.events.Samples;
import dev.newsmon.events.Topics;

/**
 * The Java records and the JSON Schemas describe the same contract: what the services serialise
 * validates, every record field is in its schema and every schema property is a record field, and
 * JSON written by integrators that the schema accepts reads back into the records.
 */
class SchemaContractTest {

    static Stream<Arguments> serialisedEvents() {
        return Stream.of(
                Arguments.of(Topics.ARTICLES_RAW, Samples.rawArticle()),
                Arguments.of(Topics.ARTICLES_RAW, Samples.pushedRawArticle()),
                Arguments.of(Topics.ARTICLES_ANALYZED, Samples.analyzedArticle()),
                Arguments.of(Topics.ARTICLES_ANALYZED, Samples.untaggedArticle()),
                Arguments.of(Topics.CLAIMS, Samples.claim()),
                Arguments.of(Topics.CLAIMS, Samples.bareClaim()),
                Arguments.of(Topics.ALERTS, Samples.alert()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("serialisedEvents")
    <T> void whatJsonSerdeWritesMatchesTheTopicSchema(String topic, T event) {
        @SuppressWarnings("unchecked")
        JsonSerde<T> serde = new JsonSerde<>((Class<T>) event.getClass());
        String json = new String(serde.serialize(topic, event), StandardCharsets.UTF_8);

        assertThat(SchemaValidator.validate(topic, json)).as(json).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("serialisedEvents")
    <T> void jsonSerdeRoundTripsEveryField(String topic, T event) {
        @SuppressWarnings("unchecked")
        JsonSerde<T> serde = new JsonSerde<>((Class<T>) event.getClass());

        T back = serde.deserialize(topic, serde.serialize(topic, event));

        assertThat(back).isEqualTo(event);
    }

    @Test
    void jsonSerdeHandlesTombstonesAndNamesTheTopicOfABadRecord() {
        JsonSerde<Claim> serde = new JsonSerde<>(Claim.class);
        assertThat(serde.serialize(Topics.CLAIMS, null)).isNull();
        assertThat(serde.deserialize(Topics.CLAIMS, null)).isNull();
        assertThatThrownBy(() -> serde.deserialize(Topics.CLAIMS, "{not json".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining(Topics.CLAIMS)
                .hasMessageContaining("Claim");
    }

    @Test
    void enumsAndDatesAreWrittenInTheirContractForm() throws IOException {
        JsonNode claim = Json.MAPPER.readTree(Json.write(Samples.claim()));
        assertThat(claim.get("polarity").asText()).isEqualTo("affirmed");
        assertThat(claim.get("modality").asText()).isEqualTo("asserted");
        assertThat(claim.get("eventDate").asText()).isEqualTo("2024-05-06");
        assertThat(claim.get("publishedAt").asText()).isEqualTo("2024-05-06T09:30:00Z");
        assertThat(Json.MAPPER.readTree(Json.write(Samples.alert())).get("type").asText()).isEqualTo("UPDATE");
    }

    @Test
    void consumersIgnoreFieldsAddedLater() throws IOException {
        ObjectNode claim = (ObjectNode) Json.MAPPER.readTree(Json.write(Samples.claim()));
        claim.put("addedInALaterVersion", "whatever");
        String json = claim.toString();

        assertThat(SchemaValidator.validate(Topics.CLAIMS, json)).isEmpty();
        assertThat(Json.read(json, Claim.class)).isEqualTo(Samples.claim());
    }

    static Stream<Arguments> recordsAndSchemas() {
        return Stream.of(
                Arguments.of(RawArticle.class, Topics.ARTICLES_RAW, ""),
                Arguments.of(AnalyzedArticle.class, Topics.ARTICLES_ANALYZED, ""),
                Arguments.of(IssueTag.class, Topics.ARTICLES_ANALYZED, "/$defs/issueTag"),
                Arguments.of(Claim.class, Topics.CLAIMS, ""),
                Arguments.of(Evidence.class, Topics.CLAIMS, "/$defs/evidence"),
                Arguments.of(Alert.class, Topics.ALERTS, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndSchemas")
    void schemaPropertiesAreExactlyTheRecordFields(Class<? extends Record> type, String topic, String pointer)
            throws IOException {
        JsonNode schema = schema(topic).at(pointer);
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(properties).as("properties of %s%s", topic, pointer).containsExactlyInAnyOrderElementsOf(fields);
        schema.get("required").forEach(required -> assertThat(fields).contains(required.asText()));
    }

    @Test
    void everyPublicTopicHasADraft202012Schema() throws IOException {
        for (String topic : Topics.PUBLIC) {
            JsonNode schema = schema(topic);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo(SchemaValidator.schemaId(topic));
        }
    }

    @Test
    void unknownTopicAndMalformedJsonGetClearErrors() {
        assertThatThrownBy(() -> SchemaValidator.forTopic("newsmon.nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsmon.nope");
        assertThat(SchemaValidator.validate(Topics.CLAIMS, "{\"claimId\": "))
                .singleElement().asString().startsWith("$: not valid JSON");
        assertThat(SchemaValidator.validate(Topics.CLAIMS, "")).singleElement().asString().contains("empty");
    }

    @Test
    void requireValidListsEveryViolation() {
        ObjectNode claim = (ObjectNode) Json.MAPPER.valueToTree(Samples.claim());
        claim.put("polarity", "maybe");
        claim.remove("issue");
        SchemaValidator validator = SchemaValidator.forTopic(Topics.CLAIMS);

        assertThatThrownBy(() -> validator.requireValid(claim.toString()))
                .isInstanceOf(SchemaValidator.SchemaViolationException.class)
                .hasMessageContaining(Topics.CLAIMS)
                .hasMessageContaining("$.polarity")
                .hasMessageContaining("issue")
                .satisfies(e -> assertThat(((SchemaValidator.SchemaViolationException) e).errors()).hasSize(2));
    }

    static JsonNode schema(String topic) throws IOException {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.schemaResource(topic))) {
            assertThat(in).as("schema resource for " + topic).isNotNull();
            return Json.MAPPER.readTree(in);
        }
    }
}
