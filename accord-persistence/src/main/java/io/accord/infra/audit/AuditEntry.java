package io.accord.infra.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One state change of one aggregate. Append-only (a database trigger refuses UPDATE and DELETE) and chained:
 * {@code hash} covers the entry's content and the previous entry's hash, so any edit breaks the chain.
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

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
