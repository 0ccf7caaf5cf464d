package io.accord.infra.audit;

import io.accord.infra.hashing.Sha256;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
        return Sha256.hex(canonical);
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s;
    }
}
