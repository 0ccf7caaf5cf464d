package io.accord.infra.audit;

import io.accord.infra.hashing.Sha256;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * SHA-256 over an unambiguous rendering of an entry and its predecessor's hash. A signed entry's rendering goes on
 * with its signature; an unsigned one's is exactly what it was before signatures existed, so the chains of databases
 * written by earlier releases still verify.
 */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", e.previousHash, e.aggregateType, e.aggregateId.toString(),
                Integer.toString(e.seq), e.actor,
                instant(e.occurredAt),
                e.action, nullable(e.stateBefore), nullable(e.stateAfter), nullable(e.detail));
        if (e.signedBy != null || e.signatureMeaning != null || e.signedAt != null || e.authenticatedAt != null) {
            canonical = String.join("\u001f", canonical, "signature", nullable(e.signedBy), nullable(e.signatureMeaning),
                    instant(e.signedAt), instant(e.authenticatedAt));
        }
        return Sha256.hex(canonical);
    }

    private static String instant(OffsetDateTime at) {
        return at == null ? "\u0000" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s;
    }
}
