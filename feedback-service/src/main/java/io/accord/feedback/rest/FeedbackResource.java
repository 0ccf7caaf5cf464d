package io.accord.feedback.rest;

import io.accord.feedback.Feedback;
import io.accord.infra.security.Roles;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Skeleton of the feedback API: the list. Capture, surveys and satisfaction follow in the feedback issue. */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @GET
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER, Roles.CUSTOMER_SERVICE, Roles.QUALITY, Roles.GENERAL_MANAGER,
            Roles.AUDITOR, Roles.ADMIN})
    public Page<FeedbackView> list(@QueryParam("customerId") UUID customerId, @Valid @BeanParam PageParams page) {
        QueryFilter filter = new QueryFilter().equal("customerId", customerId);
        return Page.of(Feedback.<Feedback>find(filter.query(), Sort.descending("receivedAt"), filter.params()), page)
                .map(FeedbackView::of);
    }
}
