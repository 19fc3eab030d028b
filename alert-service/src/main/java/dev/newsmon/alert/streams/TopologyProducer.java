package dev.newsmon.alert.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;

/** Hands the topology to quarkus-kafka-streams, which runs it with the kafka-streams.* configuration. */
@ApplicationScoped
public class TopologyProducer {

    @Produces
    public Topology buildTopology(AlertRules rules, MicrometerStreamsMetrics metrics) {
        return AlertTopology.build(rules, metrics);
    }
}
