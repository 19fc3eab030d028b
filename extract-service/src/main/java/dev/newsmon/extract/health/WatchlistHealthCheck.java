package dev.newsmon.extract.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.newsmon.extract.config.ExtractorProducer.WatchlistSource;

/** Ready once a valid watchlist is loaded; reports which one. Kafka readiness comes from the messaging extension. */
@Readiness
@ApplicationScoped
public class WatchlistHealthCheck implements HealthCheck {

    private final WatchlistSource source;

    WatchlistHealthCheck(WatchlistSource source) {
        this.source = source;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("watchlist").up()
                .withData("origin", source.origin())
                .withData("issues", source.watchlist().issues().size())
                .build();
    }
}
