package dev.newsmon.alert.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the claim-judging topology runs. The Quarkus extension reports the Streams state only under
 * liveness (and the input topics under readiness); a service whose topology is still restoring its history,
 * or has died, must not receive traffic. REBALANCING counts as ready: it is brief and routine when replicas
 * come and go, and flapping readiness then would only add churn.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    private final KafkaStreams streams;

    public StreamsReadiness(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named("newsmon-alert-streams")
                .status(state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING)
                .withData("state", state.name())
                .build();
    }
}
