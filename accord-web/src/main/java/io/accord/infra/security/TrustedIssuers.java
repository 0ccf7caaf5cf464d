package io.accord.infra.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.CompactSerializer;

import java.util.Optional;
import java.util.Set;

/**
 * Accord trusts tokens from two issuers: people's (the identity provider; {@code mp.jwt.verify.*}: issuer, audience
 * {@code accord}) and the gateway's internal tokens for machine clients ({@code accord.jwt.machine.*}: their own
 * issuer and audience, optionally their own key). SmallRye JWT verifies exactly one {@code mp.jwt.verify.issuer}
 * (smallrye-jwt#855 leaves several to the application: "issuer specific parsers, pick the right one"), so this
 * factory, which replaces the default one for every {@code JWTParser} — the services' bearer authentication and
 * the gateway's edge check alike — reads the token's unverified {@code iss} only to pick the verifier, and that
 * verifier then checks signature, issuer, audience and expiry in full. A token that names the machine issuer is
 * held to the machine audience (and key); any other is held to the people's settings, so a forged {@code iss}
 * gains nothing. Each issuer has its own parser because a parser caches the key it resolved first. A token verified
 * once is remembered until it expires ({@link VerifiedTokens}), looked up before any parsing or signature work.
 */
@Singleton
@Alternative
@Priority(1)
public class TrustedIssuers extends JWTCallerPrincipalFactory {

    private final JWTCallerPrincipalFactory people = new DefaultJWTCallerPrincipalFactory();
    private final JWTCallerPrincipalFactory machines = new DefaultJWTCallerPrincipalFactory();
    private final String machineIssuer;
    private final String machineAudience;
    private final Optional<String> machineKeyLocation;
    private final VerifiedTokens verified;
    private volatile JWTAuthContextInfo machineSettings;

    @Inject
    public TrustedIssuers(@ConfigProperty(name = "accord.jwt.machine.issuer") String machineIssuer,
            @ConfigProperty(name = "accord.jwt.machine.audience") String machineAudience,
            @ConfigProperty(name = "accord.jwt.machine.publickey.location") Optional<String> machineKeyLocation,
            VerifiedTokens verified) {
        this.verified = verified;
        this.machineIssuer = machineIssuer;
        this.machineAudience = machineAudience;
        this.machineKeyLocation = machineKeyLocation.filter(location -> !location.isBlank());
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo peopleSettings) throws ParseException {
        // the people's settings stand for both verifiers: the machine settings derive from them, and the issuer a
        // token names (hence the verifier it gets) is part of the token, the memory's key
        return verified.verify(token, peopleSettings, this::verifyByIssuer);
    }

    private JWTCallerPrincipal verifyByIssuer(String token, JWTAuthContextInfo peopleSettings) throws ParseException {
        if (machineIssuer.equals(unverifiedIssuer(token))) {
            return machines.parse(token, machineSettings(peopleSettings));
        }
        return people.parse(token, peopleSettings);
    }

    /** The people's settings (algorithms, clock skew, key unless a machine key is set) with the machine issuer and audience. */
    private JWTAuthContextInfo machineSettings(JWTAuthContextInfo peopleSettings) {
        JWTAuthContextInfo settings = machineSettings;
        if (settings == null) {
            settings = new JWTAuthContextInfo(peopleSettings);
            settings.setIssuedBy(machineIssuer);
            settings.setExpectedAudience(Set.of(machineAudience));
            if (machineKeyLocation.isPresent()) {
                settings.setPublicVerificationKey(null);
                settings.setPublicKeyContent(null);
                settings.setPublicKeyLocation(machineKeyLocation.get());
            }
            machineSettings = settings;
        }
        return settings;
    }

    /** The {@code iss} a signed (compact JWS) token claims, unverified; null when it cannot be read. */
    static String unverifiedIssuer(String token) {
        try {
            String[] parts = CompactSerializer.deserialize(token);
            return parts.length == 3 ? JwtClaims.parse(Base64Url.decodeToUtf8String(parts[1])).getIssuer() : null;
        } catch (Exception unreadable) {
            // the people's verifier will refuse it with the proper reason
            return null;
        }
    }
}
