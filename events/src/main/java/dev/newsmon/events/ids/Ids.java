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

    /** Article id from its canonical URL (or, without one, the feed GUID). */
    public static String articleId(String canonicalUrlOrGuid) {
        return "a-" + sha256Hex(canonicalUrlOrGuid).substring(0, 24);
    }

    public static String claimId(String articleId, int articleVersion, String issue, String aspect, int start, int end) {
        return "c-" + sha256Hex(String.join("|", articleId, Integer.toString(articleVersion), issue, aspect,
                Integer.toString(start), Integer.toString(end))).substring(0, 24);
    }

    /** Alert id from the pair of claims and the type: the same pair never alerts twice. */
    public static String alertId(String type, String previousClaimId, String currentClaimId) {
        return "al-" + sha256Hex(String.join("|", type, previousClaimId, currentClaimId)).substring(0, 24);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
