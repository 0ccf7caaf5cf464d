package io.accord.infra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.signatures.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Appends to and verifies each aggregate's hash-chained history. */
@ApplicationScoped
public class AuditTrail {

    private final CurrentActor actor;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AuditTrail(CurrentActor actor, ObjectMapper mapper, Clock clock) {
        this.actor = actor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction: the history exists iff the change committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String aggregateType, UUID aggregateId, String action, Object stateBefore,
            Object stateAfter, Object detail) {
        return record(aggregateType, aggregateId, action, stateBefore, stateAfter, detail, null);
    }

    /** Records a signed change (or an unsigned one when {@code signature} is null); the hash covers the signature. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String aggregateType, UUID aggregateId, String action, Object stateBefore,
            Object stateAfter, Object detail, Signature signature) {
        AuditEntry last = AuditEntry.find("aggregateType = ?1 and aggregateId = ?2 order by seq desc", aggregateType, aggregateId)
                .firstResult();
        AuditEntry entry = new AuditEntry();
        entry.aggregateType = aggregateType;
        entry.aggregateId = aggregateId;
        entry.seq = last == null ? 1 : last.seq + 1;
        entry.actor = actor.name();
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.action = action;
        entry.stateBefore = stateBefore == null ? null : stateBefore.toString();
        entry.stateAfter = stateAfter == null ? null : stateAfter.toString();
        entry.detail = json(detail);
        entry.sign(signature);
        entry.previousHash = last == null ? AuditHashes.GENESIS : last.hash;
        entry.hash = AuditHashes.hash(entry);
        entry.persist();
        return entry;
    }

    /** The history of one aggregate as a JAX-RS sub-resource (entries and verification). */
    public AuditHistory of(String aggregateType, UUID aggregateId) {
        return new AuditHistory(this, aggregateType, aggregateId);
    }

    public List<AuditRecord> history(String aggregateType, UUID aggregateId) {
        return entries(aggregateType, aggregateId).stream().map(AuditRecord::of).toList();
    }

    public ChainVerification verify(String aggregateType, UUID aggregateId) {
        List<AuditEntry> entries = entries(aggregateType, aggregateId);
        String previous = AuditHashes.GENESIS;
        int expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq != expectedSeq) {
                return ChainVerification.broken(entries.size(), e, "entry " + e.seq + " stands where entry " + expectedSeq
                        + " should: entries before it are missing");
            }
            if (!Objects.equals(e.previousHash, previous)) {
                return ChainVerification.broken(entries.size(), e, "its link to the entry before it does not hold "
                        + "(previous hash " + e.previousHash + ", expected " + previous + ")");
            }
            if (!Objects.equals(AuditHashes.hash(e), e.hash)) {
                return ChainVerification.broken(entries.size(), e, "its content no longer matches its hash: it was "
                        + "changed after it was written");
            }
            previous = e.hash;
            expectedSeq++;
        }
        return ChainVerification.intact(entries.size(), entries.isEmpty() ? null : previous);
    }

    /**
     * Verifies the chain and that it still holds the head an auditor kept ({@code seq} with {@code hash}): a history
     * whose tail was cut off is intact link by link, but no longer reaches the published head.
     */
    public ChainVerification verify(String aggregateType, UUID aggregateId, int seq, String hash) {
        ChainVerification chain = verify(aggregateType, aggregateId);
        if (!chain.intact()) {
            return chain;
        }
        AuditEntry kept = AuditEntry.find("aggregateType = ?1 and aggregateId = ?2 and seq = ?3", aggregateType, aggregateId, seq)
                .firstResult();
        if (kept == null) {
            return ChainVerification.cutOff(chain.entries(), seq, "the history ends at entry " + chain.entries()
                    + ", before the published head " + seq + ": entries were cut off");
        }
        if (!Objects.equals(kept.hash, hash)) {
            return ChainVerification.broken(chain.entries(), kept, "its hash is not the one published for it ("
                    + hash + "): the history was rewritten from here");
        }
        return chain;
    }

    private List<AuditEntry> entries(String aggregateType, UUID aggregateId) {
        return AuditEntry.list("aggregateType = ?1 and aggregateId = ?2 order by seq", aggregateType, aggregateId);
    }

    private String json(Object detail) {
        if (detail == null) {
            return null;
        }
        if (detail instanceof String s) {
            return s;
        }
        try {
            return mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable", e);
        }
    }
}
