package dev.newsmon.alert.streams;

import static dev.newsmon.alert.support.Claims.about;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsmon.alert.support.Claims;
import dev.newsmon.events.Alert;
import dev.newsmon.events.AlertType;
import dev.newsmon.events.Claim;
import dev.newsmon.events.Topics;
import dev.newsmon.events.json.JsonSerde;

/** Every decision rule, through the real topology and its stores (no broker). */
class AlertTopologyTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, Claim> claims;
    private TestInputTopic<String, byte[]> rawClaims;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsmon-alert-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(AlertTopology.build(new AlertRules(Claims.testWatchlist()), StreamsMetrics.NONE), props);
        claims = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new JsonSerde<>(Claim.class));
        rawClaims = driver.createInputTopic(Topics.CLAIMS, new StringSerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), new JsonSerde<>(Alert.class));
        dlq = driver.createOutputTopic(Topics.CLAIMS_DLQ, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(Claim claim) {
        claims.pipeInput(claim.issue(), claim);
    }

    @Test
    void update() {
        Claim old = about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build();
        Claim now = about("arms-pact").in("a2", "Herald", "2019-02-03").state("suspended").on("2019-02-02").build();
        send(old);
        send(now);
        List<TestRecord<String, Alert>> out = alerts.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("arms-pact");
        Alert alert = out.get(0).value();
        assertThat(alert.type()).isEqualTo(AlertType.UPDATE);
        assertThat(alert.previous().claimId()).isEqualTo(old.claimId());
        assertThat(alert.current().claimId()).isEqualTo(now.claimId());
        assertThat(alert.current().evidence().sentence()).isNotBlank();
        KeyValueStore<String, Alert> store = driver.getKeyValueStore(StreamsNames.ALERTS_STORE);
        assertThat(store.get("arms-pact|" + alert.alertId())).isEqualTo(alert);
    }

    /** The history stays bounded, and its changelog gets a few small records per claim, never the whole history again. */
    @Test
    void aLongHistoryStaysBoundedWithOneSmallStoreRecordPerEntry() {
        TestOutputTopic<String, byte[]> changelog = driver.createOutputTopic("newsmon-alert-test-" + StreamsNames.HISTORY_STORE + "-changelog",
                new StringDeserializer(), new ByteArrayDeserializer());
        int claimCount = AlertRules.DEFAULT_MAX_ENTRIES + 100;
        int largest = 0;
        int records = 0;
        int tombstones = 0;
        long bytes = 0;
        for (int day = 0; day < claimCount; day++) {
            String date = java.time.LocalDate.of(2020, 1, 1).plusDays(day).toString();
            send(about("arms-pact").in("bulk-" + day, "Wire " + (day % 9), date).state(day % 2 == 0 ? "in-force" : "suspended").build());
            List<TestRecord<String, byte[]>> written = changelog.readRecordsToList();
            // the entry and the header; for an UPDATE its alert key; past the bound the evicted entry's tombstone
            assertThat(written).hasSizeBetween(2, 4);
            for (TestRecord<String, byte[]> r : written) {
                records++;
                bytes += r.key().length() + (r.value() == null ? 0 : r.value().length);
                if (r.value() == null) {
                    tombstones++;
                } else {
                    largest = Math.max(largest, r.value().length);
                }
            }
            if (day == 10) {
                assertThat(entryRecords("arms-pact/status")).isEqualTo(11);
            }
        }
        assertThat(largest).as("largest history changelog value").isLessThan(2048);
        assertThat(bytes / claimCount).as("history changelog bytes per claim").isLessThan(2048);
        assertThat(tombstones).isEqualTo(100);
        assertThat(records).isEqualTo(2 + 3 * (claimCount - 1) + 100);
        assertThat(entryRecords("arms-pact/status")).isEqualTo(AlertRules.DEFAULT_MAX_ENTRIES);
        ClaimHistory history = history("arms-pact", "status");
        assertThat(history.entries()).hasSize(AlertRules.DEFAULT_MAX_ENTRIES);
        assertThat(history.entries().get(0).claim().articleId()).isEqualTo("bulk-100");
        assertThat(history.alertKeys()).hasSize(claimCount - 1);
    }

    private long entryRecords(String aspectKey) {
        KeyValueStore<String, HistoryRecord> store = driver.getKeyValueStore(StreamsNames.HISTORY_STORE);
        long count = 0;
        try (var it = store.prefixScan(aspectKey + "#", new StringSerializer())) {
            while (it.hasNext()) {
                if (it.next().value.entry() != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The history as the REST queries see it. */
    private ClaimHistory history(String issue, String aspect) {
        KeyValueStore<String, HistoryRecord> store = driver.getKeyValueStore(StreamsNames.HISTORY_STORE);
        return StoreQueries.histories(store, issue).stream().filter(h -> h.aspect().equals(aspect)).findFirst().orElse(null);
    }

    @Test
    void contradiction() {
        send(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2018-11-26").state("postponed").build());
        send(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2018-11-28").state("cancelled").build());
        assertThat(alerts.readValuesToList()).extracting(Alert::type).containsExactly(AlertType.CONTRADICTION);
    }

    @Test
    void corroboration() {
        send(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        send(about("arms-pact").in("a2", "Daily", "2017-07-11").state("in-force").build());
        send(about("arms-pact").in("a3", "Herald", "2017-07-12").state("in-force").build());
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(history("arms-pact", "status").entries()).extracting(e -> e.claim().source())
                .containsExactly("Wire", "Daily", "Herald");
        send(about("arms-pact").in("a4", "Gazette", "2019-02-03").state("suspended").build());
        assertThat(alerts.readValue().corroboratingSources()).containsExactly("Wire", "Daily");
    }

    @Test
    void lateArrival() {
        send(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        send(about("arms-pact").in("a2", "Daily", "2019-08-03").state("expired").on("2019-08-02").build());
        assertThat(alerts.readValuesToList()).hasSize(1);
        send(about("arms-pact").in("a3", "Herald", "2019-02-03").state("suspended").on("2019-02-02").build());
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void restatedOldFact() {
        send(about("arms-pact").in("a1", "Wire", "2021-02-04").state("extended").on("2021-02-03").build());
        send(about("arms-pact").in("a2", "Wire", "2023-02-22").state("suspended").on("2023-02-21").build());
        alerts.readValuesToList();
        send(about("arms-pact").in("a3", "Daily", "2026-01-10").state("extended").inMonth("2021-02-01").build());
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void negation() {
        send(about("leaders-meeting").aspect("next-meeting").in("a1", "Wire", "2017-07-08").state("none-planned").build());
        send(about("leaders-meeting").aspect("next-meeting").in("a2", "Daily", "2017-09-01").state("scheduled").negated().build());
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void hedge() {
        send(about("valley-truce").in("a1", "Wire", "2017-07-10").state("in-effect").build());
        send(about("valley-truce").in("a2", "Daily", "2017-09-01").state("collapsed").hedged().build());
        assertThat(alerts.isEmpty()).isTrue();
        send(about("leaders-meeting").aspect("next-meeting").in("b1", "Wire", "2017-07-08").state("none-planned").build());
        send(about("leaders-meeting").aspect("next-meeting").in("b2", "Daily", "2019-06-25").state("scheduled").expected().build());
        assertThat(alerts.readValuesToList()).extracting(Alert::type).containsExactly(AlertType.UPDATE);
    }

    @Test
    void duplicateInput() {
        Claim old = about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build();
        Claim now = about("arms-pact").in("a2", "Herald", "2019-02-03").state("suspended").build();
        send(old);
        send(now);
        send(now);
        send(old);
        assertThat(alerts.readValuesToList()).hasSize(1);
        assertThat(history("arms-pact", "status").entries()).hasSize(2);
    }

    @Test
    void historiesAreKeptPerAspect() {
        send(about("meddling").aspect("allegation").in("a1", "Wire", "2017-07-08").state("alleged").build());
        send(about("meddling").aspect("inquiry").in("a2", "Wire", "2017-07-09").state("denied").build());
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(history("meddling", "allegation").entries()).hasSize(1);
        assertThat(history("meddling", "inquiry").entries()).hasSize(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheStreamContinues() {
        rawClaims.pipeInput("arms-pact", "{not json".getBytes(StandardCharsets.UTF_8));
        send(about("no-such-issue").in("a1", "Wire", "2017-07-10").state("in-force").build());
        send(about("arms-pact").in("a1", "Wire", "2017-07-10").state("in-force").build());
        send(about("arms-pact").in("a2", "Herald", "2019-02-03").state("suspended").build());

        List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(reason(dead.get(0))).startsWith("not a valid Claim");
        assertThat(reason(dead.get(1))).contains("unknown issue 'no-such-issue'");
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    private static String reason(TestRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(StreamsNames.DLQ_REASON_HEADER);
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
