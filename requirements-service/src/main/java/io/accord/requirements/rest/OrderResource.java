package io.accord.requirements.rest;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.Permissions;
import io.accord.requirements.service.OrderIntake;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * ERP integration: order intake with an {@code Idempotency-Key}, amendments and deliveries by the ERP's own
 * order number, status read-back. A machine client sees only its own orders. Only machine clients' tokens (the
 * gateway's, for an API key) grant these permissions, and only with the matching scope.
 */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderIntake intake;
    private final SecurityIdentity identity;

    public OrderResource(OrderIntake intake, SecurityIdentity identity) {
        this.intake = intake;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ORDERS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "erp-order", value = RequestExamples.ORDER)))
    public Response submit(@HeaderParam(IDEMPOTENCY_KEY) String key, @Valid @NotNull OrderRequest body, UriInfo uri) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidFieldException(IDEMPOTENCY_KEY, Text.of("requirements.order.key-required"));
        }
        OrderIntake.Outcome outcome = intake.intake(client(), key, body.toCommand());
        return answer(outcome).location(uri.getAbsolutePathBuilder().path(body.erpOrderNo()).build()).build();
    }

    @GET
    @Path("{erpOrderNo}")
    @PermissionsAllowed(Permissions.ORDERS_READ)
    public OrderView status(@PathParam("erpOrderNo") String erpOrderNo) {
        return OrderView.of(intake.order(client(), erpOrderNo));
    }

    /** With an {@code Idempotency-Key}, a retry is answered as the first request was, and amends nothing twice. */
    @POST
    @Path("{erpOrderNo}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ORDERS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quantity-changed", value = RequestExamples.ORDER_AMENDMENT)))
    public Response amend(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("erpOrderNo") String erpOrderNo,
            @Valid @NotNull OrderAmendmentRequest body) {
        return answer(intake.amend(client(), optional(key), erpOrderNo, body.toCommand())).build();
    }

    /** With an {@code Idempotency-Key}, a retry is answered as the first request was, and delivers nothing twice. */
    @POST
    @Path("{erpOrderNo}/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ORDERS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "shipped", value = RequestExamples.DELIVERY)))
    public Response deliver(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("erpOrderNo") String erpOrderNo,
            @Valid @NotNull DeliveryRequest body) {
        return answer(intake.deliver(client(), optional(key), erpOrderNo, body.toCommand())).build();
    }

    /**
     * Amendments and deliveries take a key but do not insist on one (their ERPs sent none before keys were taken
     * there); a key sent must be usable.
     */
    private static String optional(String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidFieldException(IDEMPOTENCY_KEY, "must be 1 to 200 characters");
        }
        return key;
    }

    private static Response.ResponseBuilder answer(OrderIntake.Outcome outcome) {
        return Response.status(outcome.status()).type(MediaType.APPLICATION_JSON).entity(OrderView.of(outcome.receipt()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()));
    }

    /** Keys and orders are scoped to the calling machine client. */
    private String client() {
        return identity.getPrincipal().getName();
    }
}
