package io.accord.infra.audit;

import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;

/**
 * An audit entry as the API shows it under {@code …/{id}/history}; {@code signature} is the signature of a signed
 * change (who, meaning, when, when they had signed in), null for an unsigned one.
 */
public record AuditRecord(int seq, String actor, OffsetDateTime at, String action, String stateBefore,
        String stateAfter, String detail, Signature signature, String previousHash, String hash) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.seq, e.actor, e.occurredAt, e.action, e.stateBefore, e.stateAfter, e.detail,
                e.signature(), e.previousHash, e.hash);
    }
}
