package dev.newsmon.events.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic identifiers. Every id is a hash of what identifies the thing, so reprocessing the
 * same input anywhere yields the same id and consumers can de-duplicate by it.
 */
public final class Ids {

    private Ids() {
    }

    /** Hex digits of the digest an id keeps. */
    private static final int ID_HEX_DIGITS = 24;
    /**
     * One digest per thread: {@code MessageDigest.getInstance} looks the algorithm up in the security providers on every
     * call, which was a third of a claim id's cost in extract-service's profile (docs/benchmarks.md, "Fifth round").
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    });

    /** Article id from its canonical URL (or, without one, the feed GUID). */
    public static String articleId(String canonicalUrlOrGuid) {
        return "a-" + sha256HexPrefix(canonicalUrlOrGuid);
    }

    public static String claimId(String articleId, int articleVersion, String issue, String aspect, int start, int end) {
        return "c-" + sha256HexPrefix(articleId + '|' + articleVersion + '|' + issue + '|' + aspect + '|' + start + '|' + end);
    }

    /** Alert id from the pair of claims and the type: the same pair never alerts twice. */
    public static String alertId(String type, String previousClaimId, String currentClaimId) {
        return "al-" + sha256HexPrefix(type + '|' + previousClaimId + '|' + currentClaimId);
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** The first {@link #ID_HEX_DIGITS} hex digits of the text's SHA-256: only the bytes kept are formatted. */
    private static String sha256HexPrefix(String text) {
        return HexFormat.of().formatHex(sha256(text), 0, ID_HEX_DIGITS / 2);
    }

    private static byte[] sha256(String text) {
        return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
