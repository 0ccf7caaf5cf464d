package io.accord.infra.audit;

import java.time.OffsetDateTime;

/**
 * Answer of {@code …/{id}/history/verification}: intact, or the first entry that does not hold, named (its seq,
 * action, actor and time, as the history lists it) with the reason, so an auditor knows which record to pull.
 */
public record ChainVerification(boolean intact, int entries, Integer firstBrokenSeq, String lastHash, Broken firstBroken) {

    /** The first entry whose place, link or content does not hold, and why. */
    public record Broken(int seq, String action, String actor, OffsetDateTime at, String reason) {
    }

    static ChainVerification intact(int entries, String lastHash) {
        return new ChainVerification(true, entries, null, lastHash, null);
    }

    /** A history that is intact link by link but ends before an entry that was published (its tail was cut off). */
    static ChainVerification cutOff(int entries, int publishedSeq, String reason) {
        return new ChainVerification(false, entries, publishedSeq, null, new Broken(publishedSeq, null, null, null, reason));
    }

    static ChainVerification broken(int entries, AuditEntry e, String reason) {
        return new ChainVerification(false, entries, e.seq, null,
                new Broken(e.seq, e.action, e.actor, e.occurredAt, reason));
    }
}
