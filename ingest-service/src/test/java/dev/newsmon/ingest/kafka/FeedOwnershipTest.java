package dev.newsmon.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.newsmon.testing.KafkaBrokerResource;

/** Two replicas in the ownership group on a real broker: every feed has exactly one poller, and it moves. */
class FeedOwnershipTest {

    @Test
    void eachFeedIsOwnedByExactlyOneReplicaAndMovesWhenOneLeaves() throws Exception {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        String topic = "ownership-test-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
        }
        Map<String, Object> config = new HashMap<>(new KafkaClientsForTest(bootstrap).ownership());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "ownership-test-" + UUID.randomUUID());
        List<String> feeds = IntStream.range(0, 40).mapToObj(i -> "f-" + i).toList();

        FeedOwnership a = new FeedOwnership(config, topic, 4);
        FeedOwnership b = new FeedOwnership(config, topic, 4);
        a.start();
        b.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(a.ownedPartitions()).isNotEmpty();
                assertThat(b.ownedPartitions()).isNotEmpty();
                assertThat(a.ownedPartitions().size() + b.ownedPartitions().size()).isEqualTo(4);
            });
            for (String feed : feeds) {
                assertThat(a.owns(feed) ^ b.owns(feed)).as("exactly one owner of %s", feed).isTrue();
            }
            b.close();
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(a.ownedPartitions()).hasSize(4));
            assertThat(feeds).allMatch(a::owns);
        } finally {
            a.close();
            b.close();
        }
    }

    /** The production client settings, pointed at the test broker. */
    static final class KafkaClientsForTest extends KafkaClients {
        KafkaClientsForTest(String bootstrap) {
            this.bootstrapServers = bootstrap;
        }
    }
}
