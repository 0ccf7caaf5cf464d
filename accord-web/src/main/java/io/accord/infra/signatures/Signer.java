package io.accord.infra.signatures;

import io.accord.infra.errors.ReauthenticationRequiredException;
import io.accord.infra.errors.SignatureRefusedException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Signs for the person of the current request, and only for a person who signed in recently: a use case calls
 * {@code signer.sign(meaning)} before it changes anything and hands the {@link Signature} to the aggregate, which
 * stores it and records the change with it ({@code change(…).signed(signature)}), so the signature enters the hash
 * chain.
 * <ul>
 * <li>a token whose {@code auth_time} is older than {@code accord.signatures.max-authentication-age} (10 minutes),
 * or that has no {@code auth_time} at all (nothing then says when its holder last proved who they are; {@code iat}
 * does not, a refreshed token gets a new one without a sign-in), is refused with 401 and {@code reauthenticate:
 * true}: sign in again, then sign;</li>
 * <li>a machine client (the gateway's machine issuer, an API key behind it) and the service itself never sign:
 * 403, whatever the roles say. Signing is a person's act.</li>
 * </ul>
 */
@ApplicationScoped
public class Signer {

    static final String AUTH_TIME = "auth_time";

    private final Clock clock;
    private final SignaturesConfig config;
    private final String machineIssuer;

    public Signer(Clock clock, SignaturesConfig config,
            @ConfigProperty(name = "accord.jwt.machine.issuer") String machineIssuer) {
        this.clock = clock;
        this.config = config;
        this.machineIssuer = machineIssuer;
    }

    /** The current person's signature with this meaning, or the refusal to sign (401 or 403). */
    public Signature sign(SignatureMeaning meaning) {
        return sign(meaning, token());
    }

    Signature sign(SignatureMeaning meaning, JsonWebToken token) {
        if (token == null) {
            throw new SignatureRefusedException("only a signed-in person signs; this request carries no person's token");
        }
        if (machineIssuer.equals(token.getIssuer())) {
            throw new SignatureRefusedException("machine clients do not sign: a person signs " + meaning
                    + " with their own sign-in");
        }
        Instant now = clock.instant();
        Duration maxAge = config.maxAuthenticationAge();
        Instant authTime = authTime(token);
        if (authTime == null) {
            throw new ReauthenticationRequiredException("your token does not say when you signed in (no auth_time); "
                    + "sign in again to sign", maxAge);
        }
        Duration age = Duration.between(authTime, now);
        if (age.compareTo(maxAge) > 0) {
            throw new ReauthenticationRequiredException("you signed in " + age.toMinutes() + " minutes ago; signing "
                    + "needs a sign-in within the last " + maxAge.toMinutes() + " minutes", maxAge);
        }
        return new Signature(token.getName(), meaning, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(authTime, ZoneOffset.UTC));
    }

    private static JsonWebToken token() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        return token;
    }

    /**
     * {@code auth_time} in seconds since the epoch (OIDC Core §2). SmallRye reads it as a number and answers 0 when the
     * token has none (or not a number): 0 is "unknown", not 1970.
     */
    static Instant authTime(JsonWebToken token) {
        Object claim = token.getClaim(AUTH_TIME);
        long seconds = claim instanceof JsonNumber number ? number.longValue() : claim instanceof Number number ? number.longValue() : 0;
        return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
    }
}
