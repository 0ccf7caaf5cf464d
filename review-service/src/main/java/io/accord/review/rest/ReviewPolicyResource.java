package io.accord.review.rest;

import io.accord.infra.security.Permissions;
import io.accord.review.PolicyRules;
import io.accord.review.service.ReviewPolicies;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.OffsetDateTime;

/**
 * The routing rules: value thresholds, which departments a field change re-routes to, SLA hours. Administrators keep
 * them; auditors read them.
 */
@Path("/api/v1/review-policy")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewPolicyResource {

    public record PolicyView(int version, PolicyRules rules, String createdBy, OffsetDateTime createdAt) {
    }

    private final ReviewPolicies policies;

    public ReviewPolicyResource(ReviewPolicies policies) {
        this.policies = policies;
    }

    @GET
    @PermissionsAllowed(Permissions.REVIEW_POLICY_READ)
    public PolicyView current() {
        var p = policies.current();
        return new PolicyView(p.version, p.rules, p.createdBy, p.createdAt);
    }

    /** Stores a new version; reviews already open keep the version they were routed by. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEW_POLICY_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "finance-from-300000", value = RequestExamples.POLICY)))
    public PolicyView replace(@Valid @NotNull PolicyRules rules) {
        var p = policies.replace(rules);
        return new PolicyView(p.version, p.rules, p.createdBy, p.createdAt);
    }
}
