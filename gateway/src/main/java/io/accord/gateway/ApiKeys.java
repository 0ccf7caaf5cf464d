package io.accord.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: 256 random bits behind a recognisable {@code acc_} prefix. Such a key cannot be guessed, so one
 * SHA-256 (fast enough to check on every request) protects the stored copy; a slow password hash would only cost
 * latency here.
 */
public final class ApiKeys {

    static final String PREFIX = "acc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A freshly made key: the key itself (shown once), its hash (stored), and a short prefix (listed). */
    public record Issued(String key, String hash, String prefix) {
    }

    private ApiKeys() {
    }

    public static Issued issue() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(key, hash(key), key.substring(0, PREFIX.length() + 6));
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
