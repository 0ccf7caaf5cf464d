package io.accord.infra.audit;

import java.time.OffsetDateTime;

/** An audit entry as the API shows it under {@code …/{id}/history}. */
public record AuditRecord(int seq, String actor, OffsetDateTime at, String action, String stateBefore,
        String stateAfter, String detail, String previousHash, String hash) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.seq, e.actor, e.occurredAt, e.action, e.stateBefore, e.stateAfter, e.detail,
                e.previousHash, e.hash);
    }
}
