package io.accord.infra.audit;

import io.accord.infra.errors.InvalidFieldException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sub-resource every aggregate resource returns from {@code @Path("{id}/history")}: {@code GET} lists the
 * chained entries, {@code GET verification} recomputes the chain. The locator checks existence and roles.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AuditHistory {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

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

    /**
     * Recomputes the chain; with {@code seq} and {@code hash} (a head the service published on its chain-heads topic,
     * kept by an auditor) it also checks that the history still holds that entry, so a cut-off tail shows.
     */
    @GET
    @Path("verification")
    public ChainVerification verification(@QueryParam("seq") Integer seq, @QueryParam("hash") String hash) {
        // checked here: this sub-resource is no bean, so no validation interceptor sees its parameters
        if ((seq == null) != (hash == null)) {
            throw new InvalidFieldException(seq == null ? "seq" : "hash", "a published head is given by seq and hash together");
        }
        if (seq != null && seq < 1) {
            throw new InvalidFieldException("seq", "must be 1 or more");
        }
        if (hash != null && !SHA256_HEX.matcher(hash).matches()) {
            throw new InvalidFieldException("hash", "must be 64 lowercase hexadecimal digits");
        }
        return seq == null ? trail.verify(aggregateType, aggregateId) : trail.verify(aggregateType, aggregateId, seq, hash);
    }
}
