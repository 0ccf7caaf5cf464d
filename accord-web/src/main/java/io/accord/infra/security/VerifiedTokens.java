package io.accord.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.Claims;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Bearer tokens this process has verified, remembered until they expire, so that a client sending the same token on
 * every request costs one RSA signature check per token instead of one per request (profiling showed verification
 * as a sixth of a service's request CPU). Safe because:
 * <ul>
 * <li>the key is the exact token string, and a token cannot change: whatever its signature and claims proved once
 * (issuer, audience, key, groups) they prove again; any other byte is another key and is verified in full;</li>
 * <li>only a successful verification is remembered: a refusal is never cached, so a token is never accepted because
 * of an earlier refusal of it, nor refused because of one; and refused guesses take no room;</li>
 * <li>the settings a token was verified against are part of the decision: a remembered principal answers only for
 * the same settings object (the application's one, in practice);</li>
 * <li>the expiry is checked again on every hit, and the entry leaves the memory by then: it is served only strictly
 * before {@code exp} (and before {@code iat} + {@code mp.jwt.verify.token.age} when that is set), which is stricter
 * than the verifier, whose clock skew accepts a token a little past {@code exp}; such a token is simply verified
 * in full again;</li>
 * <li>plain JWT verification knows no revocation anyway, so none is lost. What changes: a verification key
 * withdrawn from a JWKS while tokens signed with it are still unexpired stops those tokens at the next full
 * verification only, i.e. when they expire or the process restarts.</li>
 * </ul>
 * Time is the system clock, not Accord's injected {@link Clock}: the verifier (jose4j, for SmallRye JWT) judges
 * {@code exp} by the system clock, and the memory must agree with it, also in tests that move Accord's clock.
 */
@Singleton
public class VerifiedTokens {

    /** The full verification a miss falls back to. */
    @FunctionalInterface
    public interface Verification {
        JWTCallerPrincipal verify(String token, JWTAuthContextInfo settings) throws ParseException;
    }

    /** Micrometer's cache meters ({@code cache_gets_total{cache=…,result=hit|miss}}, size, evictions) carry this name. */
    public static final String CACHE_NAME = "accord.jwt.verified";

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo settings, Instant until) {
    }

    private final Clock clock;
    /** Null when turned off ({@code max-size} 0). */
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokens(VerifiedTokensConfig config, MeterRegistry metrics) {
        this(config.maxSize(), Clock.systemUTC());
        if (verified != null) {
            CaffeineCacheMetrics.monitor(metrics, verified, CACHE_NAME);
        }
    }

    VerifiedTokens(long maxSize, Clock clock) {
        this.clock = clock;
        this.verified = maxSize <= 0 ? null : Caffeine.newBuilder().maximumSize(maxSize).recordStats()
                .expireAfter(Expiry.creating((String token, Verified entry) -> remaining(entry.until())))
                .build();
    }

    /** The remembered principal of this token under these settings, or the verification's verdict (remembered if a success). */
    public JWTCallerPrincipal verify(String token, JWTAuthContextInfo settings, Verification verification)
            throws ParseException {
        if (verified == null) {
            return verification.verify(token, settings);
        }
        Verified known = verified.getIfPresent(token);
        if (known != null && known.settings() == settings) {
            if (clock.instant().isBefore(known.until())) {
                return known.principal();
            }
            verified.invalidate(token);
        }
        JWTCallerPrincipal principal = verification.verify(token, settings);
        Instant until = servableUntil(principal, settings);
        if (until != null && clock.instant().isBefore(until)) {
            verified.put(token, new Verified(principal, settings, until));
        }
        return principal;
    }

    /** How long a verified token may be served: until its {@code exp}, and its maximum age when one is set; null if it has no {@code exp}. */
    private static Instant servableUntil(JWTCallerPrincipal principal, JWTAuthContextInfo settings) {
        if (!(principal.getClaim(Claims.exp.name()) instanceof Number exp)) {
            return null;
        }
        Instant until = Instant.ofEpochSecond(exp.longValue());
        Long maxAge = settings.getTokenAge();
        if (maxAge != null && principal.getClaim(Claims.iat.name()) instanceof Number issuedAt) {
            Instant tooOld = Instant.ofEpochSecond(issuedAt.longValue() + maxAge);
            until = tooOld.isBefore(until) ? tooOld : until;
        }
        return until;
    }

    private Duration remaining(Instant until) {
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
