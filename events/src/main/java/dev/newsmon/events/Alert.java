package dev.newsmon.events;

import java.time.Instant;
import java.util.List;

/**
 * An update or contradiction, published on {@link Topics#ALERTS} keyed by {@link #issue()}.
 *
 * @param alertId              deterministic from the pair of claims, so reprocessing never yields a second alert
 * @param summary              one human sentence, e.g. "INF treaty: suspended (2019-02-02, Sydney Morning Herald);
 *                             earlier: withdrawal announced (2018-10-20, Al Jazeera)"
 * @param previous             the earlier claim it updates or contradicts
 * @param current              the new claim
 * @param corroboratingSources sources that had already reported the previous state
 */
public record Alert(
        String alertId,
        AlertType type,
        String issue,
        String issueName,
        String aspect,
        String summary,
        Instant detectedAt,
        Claim previous,
        Claim current,
        List<String> corroboratingSources) {
}
