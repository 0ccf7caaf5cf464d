package io.accord.infra.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * Sub-resource every aggregate resource returns from {@code @Path("{id}/history")}: {@code GET} lists the
 * chained entries, {@code GET verification} recomputes the chain. The locator checks existence and roles.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AuditHistory {

    private final AuditTrail trail;
    private final String aggregateType;
    private final UUID aggregateId;

    AuditHistory(AuditTrail trail, String aggregateType, UUID aggregateId) {
        this.trail = trail;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    @GET
    public List<AuditRecord> entries() {
        return trail.history(aggregateType, aggregateId);
    }

    @GET
    @Path("verification")
    public ChainVerification verification() {
        return trail.verify(aggregateType, aggregateId);
    }
}
