package dev.newsmon.extract.config;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.newsmon.events.watchlist.InvalidWatchlistException;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.Extractor;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads and validates the watchlist once, at startup: a bad file stops the service with a message that
 * names the file and the bad entries, instead of a service that silently tags nothing.
 */
@ApplicationScoped
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    /** Where the watchlist came from, for health and logs. */
    public record WatchlistSource(String origin, Watchlist watchlist) {
    }

    @Produces
    @Singleton
    WatchlistSource watchlistSource(ExtractConfig config) {
        String origin = config.watchlist().filter(s -> !s.isBlank()).orElse(null);
        try {
            Watchlist watchlist = WatchlistLoader.load(origin == null ? null : Path.of(origin));
            String name = origin == null ? "default (" + WatchlistLoader.DEFAULT_RESOURCE + ")" : origin;
            LOG.infof("watchlist %s: %d issues, %d vocabularies", name, watchlist.issues().size(), watchlist.vocabularies().size());
            return new WatchlistSource(name, watchlist);
        } catch (InvalidWatchlistException e) {
            LOG.errorf("invalid watchlist: %s", e.getMessage());
            throw e;
        }
    }

    @Produces
    @Singleton
    Extractor extractor(WatchlistSource source, ExtractConfig config) {
        if (config.maxChars() < 1000) {
            throw new IllegalArgumentException("newsmon.extract.max-chars must be at least 1000, got " + config.maxChars());
        }
        return new Extractor(source.watchlist(), config.maxChars(), Clock.systemUTC());
    }

    void validateAtStartup(@Observes StartupEvent event, Extractor extractor) {
        LOG.debugf("extractor ready for %d issues", extractor.issueIds().size());
    }
}
