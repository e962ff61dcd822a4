package dev.crosscheck.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding ids: a hash of the rule, the subject, and the two (normalized value, file
 * name) pairs in a canonical order, so the id survives edits elsewhere in the articles, swapped
 * sides and a different working directory.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** A 12-hex-digit id. */
    public static String of(String rule, String subject, String normalizedA, String fileA, String normalizedB,
                            String fileB) {
        String x = normalizedA + '\u001f' + fileA;
        String y = normalizedB + '\u001f' + fileB;
        String first = x.compareTo(y) <= 0 ? x : y;
        String second = first == x ? y : x;
        String material = String.join("\u001e", rule, subject, first, second);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
