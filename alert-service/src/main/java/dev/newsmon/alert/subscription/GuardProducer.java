package dev.newsmon.alert.subscription;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.newsmon.alert.config.AlertConfig;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.watchlist.Watchlist;

@ApplicationScoped
public class GuardProducer {

    /** Webhook targets pass the same guard as feeds: private and loopback refused unless allow-listed. */
    @Produces
    @Singleton
    AddressGuard addressGuard(AlertConfig config) {
        return new AddressGuard(config.allowPrivate().orElse(List.of()));
    }

    @Produces
    @Singleton
    SubscriptionValidator validator(Watchlist watchlist, AddressGuard guard) {
        return new SubscriptionValidator(watchlist, guard, Clock.systemUTC());
    }
}
