package io.accord.infra.hashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lowercase hex, the one form Accord stores and compares (audit chains, frozen review records, secret
 * hashes, order fingerprints, key fingerprints). Text is hashed as its UTF-8 bytes: every stored hash depends on that.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A fresh digest, for hashing what streams by (an attachment as it is stored). */
    public static MessageDigest digest() {
        try {
            // a fresh instance each time: MessageDigest is not thread-safe
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
