package io.accord.complaint.rest;

import io.accord.complaint.Complaint;
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

/** Skeleton of the complaint API: the list. The lifecycle follows in the complaint issue. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @GET
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER, Roles.CUSTOMER_SERVICE, Roles.QUALITY, Roles.GENERAL_MANAGER,
            Roles.AUDITOR, Roles.ADMIN})
    public Page<ComplaintView> list(@QueryParam("status") String status, @QueryParam("customerId") UUID customerId,
            @Valid @BeanParam PageParams page) {
        QueryFilter filter = new QueryFilter().equal("status", status).equal("customerId", customerId);
        return Page.of(Complaint.<Complaint>find(filter.query(), Sort.descending("receivedAt"), filter.params()), page)
                .map(ComplaintView::of);
    }
}
