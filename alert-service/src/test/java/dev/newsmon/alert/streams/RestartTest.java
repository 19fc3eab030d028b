package dev.newsmon.alert.streams;

import static dev.newsmon.alert.support.Claims.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsmon.alert.support.Claims;
import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.Json;
import dev.newsmon.testing.EmbeddedKafkaBroker;
import dev.newsmon.testing.TopicReader;
import dev.newsmon.testing.TopicWriter;

/**
 * Two topology instances over one real broker: the second joins while the first is mid-stream, the first
 * then goes away and its partitions (and their changelogged history) move to the second. Every expected
 * alert is emitted exactly once, and re-sent claims add nothing.
 */
class RestartTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker().start();
        broker.createTopics(List.of(new NewTopic(Topics.CLAIMS, 2, (short) 1), new NewTopic(Topics.ALERTS, 2, (short) 1),
                new NewTopic(Topics.CLAIMS_DLQ, 1, (short) 1)));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aRestartMidStreamLosesNothingAndDuplicatesNothing(@TempDir Path first, @TempDir Path second) {
        List<Claim> batch1 = new ArrayList<>();
        List<Claim> batch2 = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            (i < 40 ? batch1 : batch2).add(claim("arms-pact", i, i % 2 == 0 ? "in-force" : "suspended"));
            (i < 40 ? batch1 : batch2).add(claim("valley-truce", i, i % 2 == 0 ? "in-effect" : "holding"));
        }
        int expectedAlerts = 2 * 59;

        KafkaStreams a = streams(first, "a");
        a.start();
        send(batch1);
        TopicReader reader = new TopicReader(broker.bootstrapServers());
        await().atMost(Duration.ofSeconds(60)).until(() -> reader.readAll(Topics.ALERTS).size() >= 20);

        KafkaStreams b = streams(second, "b");
        b.start();
        send(batch2);
        a.close(Duration.ofSeconds(20));
        send(batch1.subList(0, 10)); // duplicates of claims already judged

        await().atMost(Duration.ofSeconds(90)).until(() -> reader.readAll(Topics.ALERTS).size() >= expectedAlerts);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        List<Alert> alerts = reader.readAll(Topics.ALERTS).stream().map(r -> Json.read(r.value(), Alert.class)).toList();
        b.close(Duration.ofSeconds(20));

        assertThat(alerts).hasSize(expectedAlerts);
        Map<String, Long> byId = alerts.stream().collect(Collectors.groupingBy(Alert::alertId, Collectors.counting()));
        assertThat(byId.values()).allMatch(n -> n == 1);
        Map<String, Alert> byCurrent = alerts.stream().collect(Collectors.toMap(al -> al.current().claimId(), Function.identity()));
        for (Claim c : concat(batch1, batch2)) {
            int index = Integer.parseInt(c.articleId().substring(c.articleId().lastIndexOf('-') + 1));
            if (index > 0) {
                assertThat(byCurrent).as("alert for claim %d of %s", index, c.issue()).containsKey(c.claimId());
            }
        }
    }

    private static Claim claim(String issue, int i, String state) {
        LocalDate day = LocalDate.of(2010, 1, 1).plusDays(30L * i);
        return about(issue).in(issue + "-" + i, i % 3 == 0 ? "Wire" : "Daily", day.plusDays(1).toString()).state(state).on(day.toString()).build();
    }

    private static List<Claim> concat(List<Claim> a, List<Claim> b) {
        List<Claim> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void send(List<Claim> claims) {
        try (TopicWriter writer = new TopicWriter(broker.bootstrapServers())) {
            for (Claim c : claims) {
                writer.send(Topics.CLAIMS, c.issue(), Json.write(c));
            }
        }
    }

    private static KafkaStreams streams(Path stateDir, String name) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsmon-alert-restart-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.CLIENT_ID_CONFIG, "restart-test-" + name);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 10000);
        return new KafkaStreams(AlertTopology.build(new AlertRules(Claims.testWatchlist()), StreamsMetrics.NONE), props);
    }
}
