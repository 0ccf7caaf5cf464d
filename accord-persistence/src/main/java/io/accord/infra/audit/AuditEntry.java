package io.accord.infra.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One state change of one aggregate. Append-only (a database trigger refuses UPDATE and DELETE) and chained:
 * {@code hash} covers the entry's content, its signature if it has one, and the previous entry's hash, so any edit
 * breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    /** 1, 2, 3… per aggregate; unique, so two writers can never fork a chain. */
    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String action;

    @Column(name = "state_before")
    public String stateBefore;

    @Column(name = "state_after")
    public String stateAfter;

    @Column(columnDefinition = "text")
    public String detail;

    /** The signature of a signed change (an opinion, a decision, a verification…); all four null otherwise. */
    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signature_meaning")
    public String signatureMeaning;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "authenticated_at")
    public OffsetDateTime authenticatedAt;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    /** The signature this entry records, or null for an unsigned change. */
    public Signature signature() {
        return signedBy == null ? null
                : new Signature(signedBy, SignatureMeaning.valueOf(signatureMeaning), signedAt, authenticatedAt);
    }

    void sign(Signature signature) {
        if (signature != null) {
            signedBy = signature.signedBy();
            signatureMeaning = signature.meaning().name();
            signedAt = signature.signedAt();
            authenticatedAt = signature.authenticatedAt();
        }
    }
}
