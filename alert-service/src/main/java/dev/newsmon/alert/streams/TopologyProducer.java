package dev.newsmon.alert.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;

import dev.newsmon.alert.config.KafkaClients;

/** Hands the topology to quarkus-kafka-streams, which runs it with the kafka-streams.* configuration. */
@ApplicationScoped
public class TopologyProducer {

    @Produces
    public Topology buildTopology(AlertRules rules, MicrometerStreamsMetrics metrics, KafkaClients kafka) {
        // KafkaClients first: it creates missing topics and clears state left from another cluster
        kafka.ready();
        return AlertTopology.build(rules, metrics);
    }
}
