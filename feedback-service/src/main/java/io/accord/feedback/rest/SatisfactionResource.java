package io.accord.feedback.rest;

import io.accord.feedback.service.SatisfactionService;
import io.accord.infra.analysis.TrendInterval;
import io.accord.infra.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Satisfaction figures from survey responses: a summary for a period (and customer), and its trend. Responses by a
 * token a staff member handed out are counted apart ({@code staffIssuedResponses}); {@code ?excludeStaffIssued=true}
 * leaves them out of the figures.
 */
@Path("/api/v1/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Permissions.SATISFACTION_READ)
public class SatisfactionResource {

    static final String EXCLUDE_STAFF_ISSUED = "excludeStaffIssued";

    private final SatisfactionService satisfaction;

    public SatisfactionResource(SatisfactionService satisfaction) {
        this.satisfaction = satisfaction;
    }

    @GET
    @Path("summary")
    public SatisfactionService.Summary summary(@QueryParam("customerId") UUID customerId, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to, @QueryParam(EXCLUDE_STAFF_ISSUED) String excludeStaffIssued) {
        return satisfaction.summary(customerId, from, to, excludeStaffIssued(excludeStaffIssued));
    }

    @GET
    @Path("trend")
    public SatisfactionService.Trend trend(@QueryParam("interval") String interval, @QueryParam("customerId") UUID customerId,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
            @QueryParam(EXCLUDE_STAFF_ISSUED) String excludeStaffIssued) {
        return satisfaction.trend(TrendInterval.parse(interval), customerId, from, to,
                excludeStaffIssued(excludeStaffIssued));
    }

    private static boolean excludeStaffIssued(String value) {
        return Boolean.TRUE.equals(BooleanParams.parse(EXCLUDE_STAFF_ISSUED, value));
    }
}
