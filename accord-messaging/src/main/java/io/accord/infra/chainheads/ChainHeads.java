package io.accord.infra.chainheads;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of an {@code accord.audit.chain-heads} event: the newest entry of every history that grew among the audit
 * entries {@code (fromEntryId, throughEntryId]}, and the table's last entry and size at that point. An auditor who
 * keeps these events elsewhere proves a history whole by finding each kept head in it (same seq, same hash; {@code
 * GET …/{id}/history/verification?seq=&hash=}): a tail cut off, even with the hashes before it intact, no longer holds
 * the head that was published.
 *
 * @param service        the CloudEvents source of the service whose histories these are
 * @param publishedAt    when, by the service's clock
 * @param fromEntryId    entries after this id are covered (the previous publication's {@code throughEntryId})
 * @param throughEntryId up to and including this id; equal to {@code fromEntryId} when nothing was written since
 * @param lastEntryHash  the hash of entry {@code throughEntryId} (null when the table is empty)
 * @param entries        how many audit entries there were up to {@code throughEntryId}
 * @param part           this event's number among the publication's events, from 1
 * @param parts          how many events the publication has (heads are split into events of a bounded size)
 * @param heads          the newest entry of each history that grew, by aggregate type and id
 */
public record ChainHeads(String service, OffsetDateTime publishedAt, long fromEntryId, long throughEntryId,
        String lastEntryHash, long entries, int part, int parts, List<Head> heads) {

    /** The newest entry of one aggregate's history: its seq, hash and time. */
    public record Head(String aggregateType, UUID aggregateId, int seq, String hash, OffsetDateTime at) {
    }
}
