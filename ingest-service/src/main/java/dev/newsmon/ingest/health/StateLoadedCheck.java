package dev.newsmon.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.newsmon.ingest.kafka.FeedOwnership;
import dev.newsmon.ingest.service.FeedRegistry;
import dev.newsmon.ingest.service.IngestLifecycle;
import dev.newsmon.ingest.service.SeenStore;

/** Ready once the compacted state is loaded: before that, a push could be published twice. */
@Readiness
@ApplicationScoped
public class StateLoadedCheck implements HealthCheck {

    @Inject
    IngestLifecycle lifecycle;

    @Inject
    FeedRegistry registry;

    @Inject
    SeenStore seen;

    @Override
    public HealthCheckResponse call() {
        FeedOwnership ownership = lifecycle.ownership();
        return HealthCheckResponse.named("ingest-state")
                .status(lifecycle.isReady())
                .withData("feeds", registry.size())
                .withData("knownArticles", seen.size())
                .withData("ownedPartitions", ownership == null ? "" : ownership.ownedPartitions().toString())
                .build();
    }
}
