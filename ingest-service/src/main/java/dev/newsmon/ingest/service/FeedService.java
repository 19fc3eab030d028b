package dev.newsmon.ingest.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsmon.events.ids.UrlCanonicalizer;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.net.RefusedAddressException;
import dev.newsmon.ingest.config.IngestConfig;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedSpec;

/** Validates feed registrations from the API, the feeds file and OPML, and records them. */
@ApplicationScoped
public class FeedService {

    @Inject
    FeedRegistry registry;

    @Inject
    IngestConfig config;

    private volatile AddressGuard guard;

    /** @throws InvalidFeedException naming the field when the registration is not acceptable */
    public FeedDefinition validate(FeedSpec spec, String origin) {
        if (spec == null || spec.url() == null || spec.url().isBlank()) {
            throw new InvalidFeedException("url", "url is required");
        }
        String url = spec.url().strip();
        try {
            UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedException("url", "url: " + e.getMessage());
        }
        try {
            guard().check(url);
        } catch (RefusedAddressException e) {
            // A name that does not resolve today may resolve tomorrow; the fetch checks again each time.
            if (!e.getMessage().contains("does not resolve")) {
                throw new InvalidFeedException("url", e.getMessage());
            }
        }
        if (spec.pollIntervalSeconds() != null && spec.pollIntervalSeconds() <= 0) {
            throw new InvalidFeedException("pollIntervalSeconds", "pollIntervalSeconds must be positive");
        }
        return new FeedDefinition(FeedDefinition.idFor(url), url, blankToNull(spec.name()), blankToNull(spec.publisher()),
                spec.pollIntervalSeconds(), Boolean.TRUE.equals(spec.fullText()), Instant.now(), origin);
    }

    public CompletionStage<FeedRegistry.Registration> register(FeedSpec spec, String origin) {
        return registry.register(validate(spec, origin));
    }

    private AddressGuard guard() {
        if (guard == null) {
            guard = new AddressGuard(config.allowPrivate().orElse(List.of()));
        }
        return guard;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
