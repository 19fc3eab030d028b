package dev.newsmon.alert.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, as a configured list of waits (default 30s, 2m, 10m, 30m, 1h, 2h, 4h, 8h:
 * about 16 hours in all) so operators can read and tune it; each wait is randomised by ±jitter so that
 * deliveries failing together do not retry together.
 */
public record RetrySchedule(List<Duration> waits, double jitter) {

    /** First attempt plus one per wait. */
    public int maxAttempts() {
        return waits.size() + 1;
    }

    /** The wait after the given failed attempt (1-based), or null when none is left. */
    public Duration after(int failedAttempt) {
        if (failedAttempt < 1 || failedAttempt > waits.size()) {
            return null;
        }
        long base = waits.get(failedAttempt - 1).toMillis();
        double factor = jitter <= 0 ? 1.0 : 1.0 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.max(0, Math.round(base * factor)));
    }
}
