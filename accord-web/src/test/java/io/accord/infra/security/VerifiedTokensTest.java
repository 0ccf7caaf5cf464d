package io.accord.infra.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The memory of verified tokens: what it serves without verifying again, and what it never serves. */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String TOKEN = "header.claims.signature";

    final TestClock clock = new TestClock(NOW);
    final JWTAuthContextInfo settings = new JWTAuthContextInfo();
    final Verifier verifier = new Verifier(principal(NOW.plusSeconds(300)));
    final VerifiedTokens memory = new VerifiedTokens(100, clock);

    @Test
    void aTokenVerifiedOnceIsServedAgainWithoutAnotherVerification() throws Exception {

        JWTCallerPrincipal first = memory.verify(TOKEN, settings, verifier);
        clock.advance(Duration.ofSeconds(299));
        JWTCallerPrincipal second = memory.verify(TOKEN, settings, verifier);

        assertSame(first, second);
        assertEquals(1, verifier.verifications);
    }

    @Test
    void atItsExpiryATokenIsVerifiedAgainAndItsRefusalStands() throws Exception {
        memory.verify(TOKEN, settings, verifier);

        clock.advance(Duration.ofSeconds(300));
        verifier.refuse = true;

        assertThrows(ParseException.class, () -> memory.verify(TOKEN, settings, verifier));
        assertThrows(ParseException.class, () -> memory.verify(TOKEN, settings, verifier));
        assertEquals(3, verifier.verifications);
    }

    @Test
    void aRefusalIsNotRememberedEitherWay() throws Exception {
        verifier.refuse = true;
        assertThrows(ParseException.class, () -> memory.verify(TOKEN, settings, verifier));

        verifier.refuse = false;
        memory.verify(TOKEN, settings, verifier);
        memory.verify(TOKEN, settings, verifier);

        assertEquals(2, verifier.verifications);
    }

    @Test
    void aTokenIsRememberedOnlyForTheSettingsItWasVerifiedAgainst() throws Exception {
        memory.verify(TOKEN, settings, verifier);

        JWTAuthContextInfo otherKey = new JWTAuthContextInfo(settings);
        verifier.refuse = true;

        assertThrows(ParseException.class, () -> memory.verify(TOKEN, otherKey, verifier));
        assertEquals(2, verifier.verifications);
    }

    @Test
    void aMaximumTokenAgeEndsTheMemoryBeforeTheExpiry() throws Exception {
        settings.setTokenAge(60L);
        memory.verify(TOKEN, settings, verifier);

        clock.advance(Duration.ofSeconds(59));
        memory.verify(TOKEN, settings, verifier);
        assertEquals(1, verifier.verifications);

        clock.advance(Duration.ofSeconds(1));
        memory.verify(TOKEN, settings, verifier);
        assertEquals(2, verifier.verifications);
    }

    @Test
    void sizeZeroVerifiesEveryTime() throws Exception {
        VerifiedTokens off = new VerifiedTokens(0, clock);

        off.verify(TOKEN, settings, verifier);
        off.verify(TOKEN, settings, verifier);

        assertEquals(2, verifier.verifications);
    }

    @Test
    void anotherTokenIsAnotherVerification() throws Exception {

        memory.verify(TOKEN, settings, verifier);
        memory.verify(TOKEN + "x", settings, verifier);

        assertEquals(2, verifier.verifications);
    }

    /** Issued now, expiring at {@code exp}. */
    static JWTCallerPrincipal principal(Instant exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("li.na");
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(exp.getEpochSecond()));
        return new DefaultJWTCallerPrincipal(TOKEN, "JWT", claims);
    }

    /** Stands for the signature check: counts verifications, and accepts or refuses as told. */
    static final class Verifier implements VerifiedTokens.Verification {
        final JWTCallerPrincipal principal;
        boolean refuse;
        int verifications;

        Verifier(JWTCallerPrincipal principal) {
            this.principal = principal;
        }

        @Override
        public JWTCallerPrincipal verify(String token, JWTAuthContextInfo settings) throws ParseException {
            verifications++;
            if (refuse) {
                throw new ParseException("refused");
            }
            return principal;
        }
    }

    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
