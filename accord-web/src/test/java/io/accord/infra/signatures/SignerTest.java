package io.accord.infra.signatures;

import io.accord.infra.errors.ReauthenticationRequiredException;
import io.accord.infra.errors.SignatureRefusedException;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person signs with a recent sign-in, names the meaning, and is refused with the way out when the sign-in is old. */
class SignerTest {

    static final String PEOPLE = "https://idp.example/accord";
    static final String MACHINES = "https://accord.local/gateway";
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    final Signer signer = new Signer(Clock.fixed(NOW, ZoneOffset.UTC), () -> Duration.ofMinutes(10), MACHINES);

    @Test
    void aPersonWhoSignedInRecentlySignsWithTheMeaningTheTimeAndTheSignIn() {
        Signature signature = signer.sign(SignatureMeaning.APPROVED, token(PEOPLE, "gm.wang", NOW.minusSeconds(599)));

        assertEquals("gm.wang", signature.signedBy());
        assertEquals(SignatureMeaning.APPROVED, signature.meaning());
        assertEquals(OffsetDateTime.parse("2026-12-06T10:00:00Z"), signature.signedAt());
        assertEquals(OffsetDateTime.parse("2026-12-06T09:50:01Z"), signature.authenticatedAt());
    }

    @Test
    void aSignInOlderThanTheWindowMustBeRepeated() {
        ReauthenticationRequiredException refused = assertThrows(ReauthenticationRequiredException.class,
                () -> signer.sign(SignatureMeaning.VERIFIED, token(PEOPLE, "qa.li", NOW.minus(Duration.ofMinutes(42)))));

        assertEquals(401, refused.status());
        assertEquals(Duration.ofMinutes(10), refused.maxAge());
        assertTrue(refused.getMessage().contains("42 minutes ago"), refused.getMessage());
    }

    @Test
    void aTokenThatDoesNotSayWhenItsHolderSignedInCannotSign() {
        ReauthenticationRequiredException refused = assertThrows(ReauthenticationRequiredException.class,
                () -> signer.sign(SignatureMeaning.CLOSED, token(PEOPLE, "cs.zhao", null)));

        assertTrue(refused.getMessage().contains("auth_time"), refused.getMessage());
    }

    @Test
    void machinesAndTheServiceItselfNeverSign() {
        assertEquals(403, assertThrows(SignatureRefusedException.class,
                () -> signer.sign(SignatureMeaning.CONFIRMED, token(MACHINES, "erp-main", NOW))).status());
        assertThrows(SignatureRefusedException.class, () -> signer.sign(SignatureMeaning.CONFIRMED, null));
    }

    @Test
    void anAuthTimeThatIsNotANumberSaysNothing() {
        JwtClaims claims = claims(PEOPLE, "x");
        claims.setClaim(Signer.AUTH_TIME, "yesterday");
        assertThrows(ReauthenticationRequiredException.class, () -> signer.sign(SignatureMeaning.REVIEWED, principal(claims)));
    }

    private static JsonWebToken token(String issuer, String user, Instant authTime) {
        JwtClaims claims = claims(issuer, user);
        if (authTime != null) {
            claims.setClaim(Signer.AUTH_TIME, authTime.getEpochSecond());
        }
        return principal(claims);
    }

    private static JwtClaims claims(String issuer, String user) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        return claims;
    }

    private static JsonWebToken principal(JwtClaims claims) {
        return new DefaultJWTCallerPrincipal("raw", "JWT", claims);
    }
}
