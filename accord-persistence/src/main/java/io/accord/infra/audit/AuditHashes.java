package io.accord.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** SHA-256 over an unambiguous rendering of an entry and its predecessor's hash. */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", e.previousHash, e.aggregateType, e.aggregateId.toString(),
                Integer.toString(e.seq), e.actor,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.occurredAt.withOffsetSameInstant(ZoneOffset.UTC)),
                e.action, nullable(e.stateBefore), nullable(e.stateAfter), nullable(e.detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e1);
        }
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s;
    }
}
