package dev.newsmon.alert.config;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.newsmon.alert.streams.AlertRules;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/** Loads (and so validates) the watchlist once at startup: a bad file stops the service with a message naming the entry. */
@ApplicationScoped
public class WatchlistProducer {

    private static final Logger LOG = Logger.getLogger(WatchlistProducer.class);

    @Produces
    @Singleton
    Watchlist watchlist(AlertConfig config) {
        Watchlist watchlist = WatchlistLoader.load(config.watchlist().map(Path::of).orElse(null));
        LOG.infof("watchlist %s: %d issues", config.watchlist().orElse("(default)"), watchlist.issues().size());
        return watchlist;
    }

    @Produces
    @Singleton
    AlertRules alertRules(Watchlist watchlist, AlertConfig config) {
        return new AlertRules(watchlist, Clock.systemUTC(), config.maxClaimsPerAspect());
    }
}
