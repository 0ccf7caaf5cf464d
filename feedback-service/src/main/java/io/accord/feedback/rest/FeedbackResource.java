package io.accord.feedback.rest;

import io.accord.feedback.Feedback;
import io.accord.infra.security.Roles;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.panache.common.Parameters;
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
        var query = customerId == null ? Feedback.findAll(Sort.descending("receivedAt"))
                : Feedback.find("customerId = :customerId", Sort.descending("receivedAt"), Parameters.with("customerId", customerId));
        return new Page<>(query.page(page.page, page.size).<Feedback>list(), page.page, page.size, query.count())
                .map(FeedbackView::of);
    }
}
