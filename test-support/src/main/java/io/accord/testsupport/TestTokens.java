package io.accord.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens signed with the dev key that every service trusts in the test profile. */
public final class TestTokens {

    public static final String ISSUER = "https://accord.local/dev";
    private static PrivateKey key;

    private TestTokens() {
    }

    public static String forUser(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1)).sign(privateKey());
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + forUser(user, roles);
    }

    /** A token that expires after {@code lifetime}, for tests of what happens when it does. */
    public static String bearerExpiringIn(Duration lifetime, String user, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(lifetime).sign(privateKey());
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
