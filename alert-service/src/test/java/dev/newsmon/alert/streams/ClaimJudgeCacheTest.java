package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;

/** The judge's in-memory history cache spares reads only: the decisions are those of the store alone. */
class ClaimJudgeCacheTest {

    private final Watchlist watchlist = WatchlistLoader.loadDefault();
    private final List<Claim> claims = JudgeBench.claims(watchlist, 600, new Random(7));

    @Test
    void cachedJudgeRaisesTheSameAlertsAsTheStoreAlone() {
        List<String> uncached = JudgeBench.run(watchlist, claims, false).alerts();
        assertThat(uncached).isNotEmpty();
        assertThat(JudgeBench.run(watchlist, claims, true).alerts()).isEqualTo(uncached);
    }

    @Test
    void reinitialisedJudgeForgetsWhatTheStoreNoLongerHolds() {
        int reopenAt = claims.size() / 2;
        List<String> storeRolledBack = JudgeBench.run(watchlist, claims, false, reopenAt).alerts();
        assertThat(storeRolledBack).isNotEqualTo(JudgeBench.run(watchlist, claims, false).alerts());
        assertThat(JudgeBench.run(watchlist, claims, true, reopenAt).alerts()).isEqualTo(storeRolledBack);
    }
}
