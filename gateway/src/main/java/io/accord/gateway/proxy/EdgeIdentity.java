package io.accord.gateway.proxy;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bearer tokens are verified at the edge (signature, issuer, expiry) before a request reaches a service; a request
 * without credentials passes, so that public endpoints (survey responses by token) work and services still answer
 * 401 where they need an identity.
 */
@ApplicationScoped
public class EdgeIdentity {

    private final JWTParser parser;

    public EdgeIdentity(JWTParser parser) {
        this.parser = parser;
    }

    /** Who is calling: a verified token's subject, no one (anonymous), or a refusal with its reason. */
    public record Caller(String name, java.util.Set<String> roles, String refusal) {
        static final Caller ANONYMOUS = new Caller(null, java.util.Set.of(), null);

        public boolean isAnonymous() {
            return name == null;
        }
    }

    public Caller of(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Caller(null, java.util.Set.of(), "only bearer tokens are accepted");
        }
        try {
            var jwt = parser.parse(authorization.substring(7).trim());
            return new Caller(jwt.getName(), jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups(), null);
        } catch (ParseException e) {
            return new Caller(null, java.util.Set.of(), "the bearer token is invalid or expired");
        }
    }
}
