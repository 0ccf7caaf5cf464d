package io.accord.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens signed with the dev key that every service trusts in the test profile: people's tokens (the
 * identity provider's issuer, audience {@code accord}) and the gateway's internal tokens for machine clients (their
 * own issuer and audience, role {@code ERP_CLIENT}, a {@code scope} claim), as accord-web's defaults expect them.
 */
public final class TestTokens {

    public static final String ISSUER = "https://accord.local/dev";
    public static final String AUDIENCE = "accord";
    public static final String MACHINE_ISSUER = "https://accord.local/gateway";
    public static final String MACHINE_AUDIENCE = "accord-machine";
    /** When the person last signed in (OIDC); signing needs a recent one. */
    public static final String AUTH_TIME = "auth_time";
    private static PrivateKey key;

    private TestTokens() {
    }

    public static String forUser(String user, String... roles) {
        return sign(person(user, roles));
    }

    /** A person's token with these roles, as the identity provider (or {@code POST /auth/token}) issues it. */
    public static String bearer(String user, String... roles) {
        return "Bearer " + forUser(user, roles);
    }

    /** A machine client's token with these scopes ({@code orders:read}, {@code orders:write}), as the gateway passes it on. */
    public static String machineBearer(String client, String... scopes) {
        return bearer(machine(client, scopes));
    }

    /**
     * The claims of a person's token, to change before {@link #bearer(JwtClaimsBuilder)} (another audience, …). The
     * person signed in just now ({@code auth_time}, real time), so they may sign; a test that moved the clock on signs
     * with {@link #bearerAuthenticatedAt}.
     */
    public static JwtClaimsBuilder person(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).subject(user).groups(Set.of(roles))
                .claim(AUTH_TIME, Instant.now().getEpochSecond()).expiresIn(Duration.ofHours(1));
    }

    /** A person's token whose holder signed in at {@code authTime} (e.g. the test clock's now, or long ago). */
    public static String bearerAuthenticatedAt(Instant authTime, String user, String... roles) {
        return bearer(person(user, roles).claim(AUTH_TIME, authTime.getEpochSecond()));
    }

    /** A person's token that does not say when its holder signed in (no {@code auth_time}). */
    public static String bearerWithoutAuthTime(String user, String... roles) {
        return bearer(person(user, roles).remove(AUTH_TIME));
    }

    /** The claims of a machine client's token, to change before {@link #bearer(JwtClaimsBuilder)} (other groups, …). */
    public static JwtClaimsBuilder machine(String client, String... scopes) {
        String id = UUID.nameUUIDFromBytes(client.getBytes(StandardCharsets.UTF_8)).toString();
        return Jwt.issuer(MACHINE_ISSUER).audience(MACHINE_AUDIENCE).upn(client).subject(id).groups(Set.of("ERP_CLIENT"))
                .claim("client_id", id).claim("scope", String.join(" ", scopes)).expiresIn(Duration.ofMinutes(2));
    }

    public static String bearer(JwtClaimsBuilder claims) {
        return "Bearer " + sign(claims);
    }

    /** A token that expires after {@code lifetime}, for tests of what happens when it does. */
    public static String bearerExpiringIn(Duration lifetime, String user, String... roles) {
        return bearer(person(user, roles).expiresIn(lifetime));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("META-INF/accord/dev-jwt/private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("dev signing key not on the classpath (tests get it from the dev-keys module through test-support)", e);
            }
        }
        return key;
    }
}
