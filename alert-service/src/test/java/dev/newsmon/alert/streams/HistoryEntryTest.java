package dev.newsmon.alert.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Claim;

class HistoryEntryTest {

    @Test
    void thePublicationDayIsTheUtcDayOfTheInstantAlsoAroundMidnightAndBefore1970() {
        Random random = new Random(1);
        long[] edges = {0, -1, 1, 86_399, 86_400, -86_400, -86_401, Instant.parse("2019-02-02T23:59:59.999Z").getEpochSecond()};
        for (int i = 0; i < 20_000; i++) {
            long second = i < edges.length ? edges[i] : random.nextLong(-5_000_000_000L, 10_000_000_000L);
            Instant published = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            Claim claim = new Claim("c", "a", 1, null, null, null, published, "i", "a", "s", null, null, null, null, null, null, 0, null);
            assertThat(HistoryEntry.publishedDay(claim)).isEqualTo(published.atOffset(ZoneOffset.UTC).toLocalDate());
        }
    }
}
