package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.ids.Ids;

/** The claim id is a contract: {@link ClaimIds} must give exactly {@link Ids#claimId}. */
class ClaimIdsTest {

    @Test
    void equalsTheContractsClaimIdOnRandomFields() {
        Random random = new Random(3);
        String[] pieces = {"a-", "new-start", "status", "|", "é", "日本", "\uD83D\uDE00", "-", "0", " ", ""};
        int[] numbers = {0, 1, -1, 9, 10, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int round = 0; round < 20_000; round++) {
            String[] fields = new String[3];
            for (int f = 0; f < fields.length; f++) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                }
                if (random.nextBoolean()) {
                    s.append((char) random.nextInt(0x3000));
                }
                fields[f] = s.toString();
            }
            int version = random.nextBoolean() ? numbers[random.nextInt(numbers.length)] : random.nextInt();
            int start = random.nextInt(100_000);
            int end = random.nextBoolean() ? start + random.nextInt(500) : numbers[random.nextInt(numbers.length)];
            assertThat(ClaimIds.of(fields[0], version, fields[1], fields[2], start, end))
                    .isEqualTo(Ids.claimId(fields[0], version, fields[1], fields[2], start, end));
        }
    }

    @Test
    void equalsTheContractsClaimIdOnATypicalClaim() {
        assertThat(ClaimIds.of("a-0123456789abcdef01234567", 2, "new-start", "status", 120, 245))
                .isEqualTo(Ids.claimId("a-0123456789abcdef01234567", 2, "new-start", "status", 120, 245))
                .startsWith("c-").hasSize(26);
    }
}
