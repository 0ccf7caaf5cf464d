package io.accord.gateway.proxy;

import io.accord.infra.i18n.Text;
import io.accord.infra.security.Roles;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    /** Set by the API-key gate on the exchange whose key it swapped for an internal token. */
    public static final String KEY_EXCHANGED = "accord.api-key-exchanged";

    private final JWTParser parser;
    private final String machineIssuer;

    public EdgeIdentity(JWTParser parser, @ConfigProperty(name = "accord.jwt.machine.issuer") String machineIssuer) {
        this.parser = parser;
        this.machineIssuer = machineIssuer;
    }

    /** Who is calling: a verified token's subject, no one (anonymous), or a refusal with its reason. */
    public record Caller(String name, Set<String> roles, long expiresAtEpochSecond, Text refusal) {
        static final Caller ANONYMOUS = new Caller(null, Set.of(), 0, (Text) null);

        /** The old way: the refusal as an English sentence. */
        public Caller(String name, Set<String> roles, long expiresAtEpochSecond, String refusal) {
            this(name, roles, expiresAtEpochSecond, refusal == null ? null : Text.literal(refusal));
        }

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
        Caller caller = verify(rc.request().getHeader("Authorization"), Boolean.TRUE.equals(rc.get(KEY_EXCHANGED)));
        if (caller.refusal() != null) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), caller.refusal());
            return;
        }
        rc.put(CALLER, caller);
        rc.next();
    }

    /**
     * Verifies a bearer token. An internal machine token counts only when this gateway just minted it for an API key:
     * sent from outside (captured, replayed), it would outlive the key's revocation, so it is refused. As in the
     * services, {@code ERP_CLIENT} is a machine token's only role and never a person's.
     */
    public Caller verify(String authorization, boolean mintedHere) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Caller(null, Set.of(), 0, Text.of("gateway.token.bearer-only"));
        }
        try {
            var jwt = parser.parse(authorization.substring(7).trim());
            boolean machine = machineIssuer.equals(jwt.getIssuer());
            if (machine && !mintedHere) {
                return new Caller(null, Set.of(), 0, Text.of("gateway.token.internal"));
            }
            Set<String> roles = new HashSet<>(jwt.getGroups() == null ? Set.of() : jwt.getGroups());
            if (machine) {
                roles.retainAll(Set.of(Roles.ERP_CLIENT));
            } else {
                roles.remove(Roles.ERP_CLIENT);
            }
            return new Caller(jwt.getName(), Set.copyOf(roles), jwt.getExpirationTime(), (Text) null);
        } catch (ParseException e) {
            return new Caller(null, Set.of(), 0, Text.of("gateway.token.invalid"));
        }
    }
}
