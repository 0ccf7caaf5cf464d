package io.accord.gateway.proxy;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;

/**
 * Bearer tokens are verified at the edge (signature, issuer, audience, expiry) once per request, before the per-client
 * limits and before anything reaches a service; the caller is kept on the exchange for the handlers after this one.
 * A request without credentials passes as anonymous, so that public endpoints (survey responses by token) work and
 * services still answer 401 where they need an identity.
 */
@ApplicationScoped
public class EdgeIdentity {

    private static final String CALLER = "accord.caller";

    private final JWTParser parser;

    public EdgeIdentity(JWTParser parser) {
        this.parser = parser;
    }

    /** Who is calling: a verified token's subject, no one (anonymous), or a refusal with its reason. */
    public record Caller(String name, Set<String> roles, long expiresAtEpochSecond, String refusal) {
        static final Caller ANONYMOUS = new Caller(null, Set.of(), 0, null);

        public boolean isAnonymous() {
            return name == null;
        }
    }

    /** The caller settled for this exchange (anonymous if no handler settled one). */
    public static Caller of(RoutingContext rc) {
        Caller caller = rc.get(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.IDENTITY).handler(this::authenticate);
    }

    private void authenticate(RoutingContext rc) {
        Caller caller = verify(rc.request().getHeader("Authorization"));
        if (caller.refusal() != null) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, "Unauthorized", caller.refusal());
            return;
        }
        rc.put(CALLER, caller);
        rc.next();
    }

    public Caller verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Caller(null, Set.of(), 0, "only bearer tokens are accepted");
        }
        try {
            var jwt = parser.parse(authorization.substring(7).trim());
            return new Caller(jwt.getName(), jwt.getGroups() == null ? Set.of() : jwt.getGroups(), jwt.getExpirationTime(), null);
        } catch (ParseException e) {
            return new Caller(null, Set.of(), 0, "the bearer token is invalid or expired");
        }
    }
}
