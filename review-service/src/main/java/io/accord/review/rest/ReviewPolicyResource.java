package io.accord.review.rest;

import io.accord.infra.security.Roles;
import io.accord.review.PolicyRules;
import io.accord.review.service.ReviewPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;

/** The routing rules: value thresholds, which departments a field change re-routes to, SLA hours. Admin only. */
@Path("/api/v1/review-policy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReviewPolicyResource {

    public record PolicyView(int version, PolicyRules rules, String createdBy, OffsetDateTime createdAt) {
    }

    private final ReviewPolicies policies;

    public ReviewPolicyResource(ReviewPolicies policies) {
        this.policies = policies;
    }

    @GET
    public PolicyView current() {
        var p = policies.current();
        return new PolicyView(p.version, p.rules, p.createdBy, p.createdAt);
    }

    /** Stores a new version; reviews already open keep the version they were routed by. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyView replace(@Valid @NotNull PolicyRules rules) {
        var p = policies.replace(rules);
        return new PolicyView(p.version, p.rules, p.createdBy, p.createdAt);
    }
}
