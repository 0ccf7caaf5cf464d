package io.accord.gateway.rest;

import io.accord.gateway.service.StreamTickets;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /api/v1/events/tickets}: a browser's {@code EventSource} cannot send {@code Authorization}, so it
 * trades its bearer token here for a ticket to put in the stream URL ({@code GET /api/v1/events?ticket=}). The ticket
 * opens one stream, once, within seconds, with the token's identity and roles, and the stream ends when the token
 * would have expired.
 */
@Path("/api/v1/events/tickets")
public class StreamTicketResource {

    private final StreamTickets tickets;
    private final JsonWebToken token;

    public StreamTicketResource(StreamTickets tickets, JsonWebToken token) {
        this.tickets = tickets;
        this.token = token;
    }

    @POST
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue() {
        StreamTickets.Issued issued = tickets.issue(new StreamTickets.Holder(token.getName(), token.getGroups(),
                Instant.ofEpochSecond(token.getExpirationTime())));
        return Response.ok(Map.of("ticket", issued.ticket(), "expiresIn", issued.lifetime().toSeconds(),
                        "stream", "/api/v1/events?ticket=" + issued.ticket()))
                .header("Cache-Control", "no-store").build();
    }
}
