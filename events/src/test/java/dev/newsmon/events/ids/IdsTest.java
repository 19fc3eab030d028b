package dev.newsmon.events.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void articleIdIsDeterministicAndShaped() {
        String id = Ids.articleId("https://example.com/a");
        assertThat(id).isEqualTo(Ids.articleId("https://example.com/a")).matches("a-[0-9a-f]{24}");
        assertThat(id).isNotEqualTo(Ids.articleId("https://example.com/b"));
        // a known value pins the algorithm: changing it would re-key every article
        assertThat(id).isEqualTo("a-" + Ids.sha256Hex("https://example.com/a").substring(0, 24));
    }

    @Test
    void claimIdDependsOnEveryPart() {
        String base = Ids.claimId("a-1", 1, "new-start", "status", 10, 20);
        assertThat(base).matches("c-[0-9a-f]{24}").isEqualTo(Ids.claimId("a-1", 1, "new-start", "status", 10, 20));
        Set<String> variants = new HashSet<>(List.of(base,
                Ids.claimId("a-2", 1, "new-start", "status", 10, 20),
                Ids.claimId("a-1", 2, "new-start", "status", 10, 20),
                Ids.claimId("a-1", 1, "inf-treaty", "status", 10, 20),
                Ids.claimId("a-1", 1, "new-start", "talks", 10, 20),
                Ids.claimId("a-1", 1, "new-start", "status", 11, 20),
                Ids.claimId("a-1", 1, "new-start", "status", 10, 21)));
        assertThat(variants).hasSize(7);
    }

    @Test
    void claimIdPartsCannotRunIntoEachOther() {
        // "1|12" vs "11|2": the separator keeps offsets apart
        assertThat(Ids.claimId("a", 1, "i", "x", 1, 12)).isNotEqualTo(Ids.claimId("a", 1, "i", "x", 11, 2));
    }

    @Test
    void alertIdIsDeterministicPerTypeAndOrderedPair() {
        String id = Ids.alertId("UPDATE", "c-1", "c-2");
        assertThat(id).matches("al-[0-9a-f]{24}").isEqualTo(Ids.alertId("UPDATE", "c-1", "c-2"));
        assertThat(id).isNotEqualTo(Ids.alertId("CONTRADICTION", "c-1", "c-2"))
                .isNotEqualTo(Ids.alertId("UPDATE", "c-2", "c-1"));
    }

    @Test
    void sha256HexIsLowerCaseHex() {
        assertThat(Ids.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Ids.sha256Hex("é")).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void idsAreTheFirst24HexDigitsOfTheJoinedFieldsDigest() {
        // the ids are a contract (consumers de-duplicate by them): pinned to the plain form they were first written in
        assertThat(Ids.claimId("a-0123456789abcdef01234567", 2, "new-start", "status", 120, 245)).isEqualTo("c-84fd2cd12711a41b40ebb2c0");
        Random random = new Random(3);
        String[] pieces = {"a-", "new-start", "status", "|", "é", "日本", "\uD83D\uDE00", "-", "0", " ", ""};
        int[] numbers = {0, 1, -1, 9, 10, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int round = 0; round < 20_000; round++) {
            String[] fields = new String[3];
            for (int f = 0; f < fields.length; f++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                if (random.nextBoolean()) {
                    text.append((char) random.nextInt(0x3000));
                }
                fields[f] = text.toString();
            }
            int version = random.nextBoolean() ? numbers[random.nextInt(numbers.length)] : random.nextInt();
            int start = random.nextInt(100_000);
            int end = random.nextBoolean() ? start + random.nextInt(500) : numbers[random.nextInt(numbers.length)];
            assertThat(Ids.claimId(fields[0], version, fields[1], fields[2], start, end)).isEqualTo("c-" + Ids.sha256Hex(String.join("|",
                    fields[0], Integer.toString(version), fields[1], fields[2], Integer.toString(start), Integer.toString(end))).substring(0, 24));
            assertThat(Ids.alertId(fields[0], fields[1], fields[2]))
                    .isEqualTo("al-" + Ids.sha256Hex(String.join("|", fields[0], fields[1], fields[2])).substring(0, 24));
        }
    }
}
