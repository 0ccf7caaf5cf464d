package io.accord.review.rest;

import io.accord.infra.security.Permissions;
import io.accord.infra.web.PeriodParams;
import io.accord.review.service.ReviewKpis;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;

/** The review section of the management review (the gateway's {@code GET /api/v1/management-review}). */
@Path("/api/v1/reviews/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewKpiResource {

    private final ReviewKpis kpis;
    private final Clock clock;

    public ReviewKpiResource(ReviewKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GET
    @PermissionsAllowed(Permissions.MANAGEMENT_REVIEW_READ)
    @Operation(summary = "Review KPIs of a period", description = "Reviews decided in the period (by decision time): "
            + "median and 90th-percentile hours from opening to decision, the share decided on time (no department "
            + "task past its SLA), rejected, returned for clarification and simplified. Computed by the database.")
    public ReviewKpis.Kpis kpis(@BeanParam PeriodParams period) {
        return kpis.of(period.period(clock));
    }
}
