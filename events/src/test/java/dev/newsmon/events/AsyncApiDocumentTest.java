package dev.newsmon.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The AsyncAPI document stays in step with {@link Topics} and the schema files. */
class AsyncApiDocumentTest {

    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAsyncApi3WithAKafkaServer() {
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.at("/servers/local/protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void describesEveryTopic() throws Exception {
        Set<String> addresses = new HashSet<>();
        doc.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));

        // Topics.ALL is what tools and deployments create, so it must list every topic constant.
        Set<String> topics = new HashSet<>();
        for (var field : Topics.class.getFields()) {
            if (field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        assertThat(Topics.ALL).containsExactlyInAnyOrderElementsOf(topics);
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (String compacted : Topics.COMPACTED) {
            JsonNode channel = channelFor(compacted);
            assertThat(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())
                    .as(compacted).isEqualTo("compact");
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(ref).startsWith("./schemas/");
                assertThat(getClass().getResource("/" + ref.substring(2))).as(ref).isNotNull();
            }
        }
    }

    @Test
    void everyPublicTopicHasItsSchemaAsPayload() {
        for (String topic : Topics.PUBLIC) {
            JsonNode message = channelFor(topic).get("messages").elements().next();
            JsonNode resolved = doc.at(message.get("$ref").asText().substring(1));
            assertThat(resolved.at("/payload/schema/$ref").asText()).isEqualTo("./schemas/" + topic + ".schema.json");
        }
    }

    private static JsonNode channelFor(String topic) {
        for (JsonNode channel : doc.get("channels")) {
            if (channel.get("address").asText().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
