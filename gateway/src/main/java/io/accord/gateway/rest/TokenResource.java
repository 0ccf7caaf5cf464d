package io.accord.gateway.rest;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Local sign-in for development, tests and {@code ./accord up}: a person's token (audience {@code accord}) for any
 * user and roles but the machine role, signed with the dev key, with {@code auth_time} = now (a person may sign with
 * it for {@code accord.signatures.max-authentication-age}). Disabled (404) unless
 * {@code accord.gateway.token-endpoint.enabled}, which the prod profile never sets.
 */
@Path("/auth/token")
public class TokenResource {

    private final GatewayConfig config;
    private final Clock clock;

    public TokenResource(GatewayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sales-user", value = RequestExamples.TOKEN)))
    public Response issue(@Valid @NotNull TokenRequest body) {
        if (!config.tokenEndpoint().enabled()) {
            throw new NotFoundException("local sign-in is not available in this profile");
        }
        List<String> unknown = body.roles().stream().filter(r -> !Roles.ALL.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("roles", Text.of("gateway.roles.unknown", unknown, Roles.ALL));
        }
        // the services honour ERP_CLIENT only in the gateway's machine tokens: a person's token claiming it would be useless
        if (body.roles().contains(Roles.ERP_CLIENT)) {
            throw new InvalidFieldException("roles", Text.of("gateway.roles.machine", Roles.ERP_CLIENT));
        }
        // each call is a sign-in: auth_time says when, and signing (an opinion, a decision…) needs a recent one
        String token = Jwt.issuer(config.tokenEndpoint().issuer()).audience(config.tokenEndpoint().audience())
                .upn(body.user()).subject(body.user()).groups(new HashSet<>(body.roles()))
                .claim("auth_time", clock.instant().getEpochSecond())
                .expiresIn(config.tokenEndpoint().lifetime()).sign();
        return Response.ok(Map.of("token", token, "tokenType", "Bearer",
                "expiresIn", config.tokenEndpoint().lifetime().toSeconds())).build();
    }
}
