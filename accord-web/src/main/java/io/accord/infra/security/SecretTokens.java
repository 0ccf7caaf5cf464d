package io.accord.infra.security;

import io.accord.infra.hashing.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets handed out once (API keys, survey invitation tokens): 256 random bits behind a recognisable
 * prefix. Such a secret cannot be guessed, so one SHA-256 — fast enough to check on every request — protects the
 * stored copy; a slow password hash would only add latency. Only the hash is ever stored.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh secret (to show once), its hash (to store) and its first characters (to list). */
    public record Issued(String secret, String hash, String prefix) {
    }

    private SecretTokens() {
    }

    public static Issued issue(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(secret, hash(secret), secret.substring(0, prefix.length() + 6));
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
