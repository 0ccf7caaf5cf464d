package io.accord.infra.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two issuers, each held to its own audience and (when configured) its own key; a claimed {@code iss} gains nothing,
 * with verified tokens remembered as in production.
 */
class TrustedIssuersTest {

    static final String PEOPLE = "https://idp.example/accord";
    static final String MACHINES = "https://accord.local/gateway";
    static final KeyPair PEOPLE_KEY = rsa();
    static final KeyPair GATEWAY_KEY = rsa();

    @TempDir
    Path dir;

    @Test
    void eachIssuerIsHeldToItsOwnAudience() throws Exception {
        TrustedIssuers trust = new TrustedIssuers(MACHINES, "accord-machine", Optional.empty(), remembering());
        JWTAuthContextInfo people = peopleSettings();

        assertEquals("li.na", trust.parse(person("accord"), people).getName());
        assertEquals("erp-1", trust.parse(machine("accord-machine", PEOPLE_KEY.getPrivate()), people).getName());
        assertThrows(ParseException.class, () -> trust.parse(person("other"), people));
        assertThrows(ParseException.class, () -> trust.parse(person("accord-machine"), people));
        assertThrows(ParseException.class, () -> trust.parse(machine("accord", PEOPLE_KEY.getPrivate()), people));
        assertThrows(ParseException.class, () -> trust.parse(sign(Jwt.issuer("https://evil.example").audience("accord")
                .upn("x"), PEOPLE_KEY.getPrivate()), people));
        assertThrows(ParseException.class, () -> trust.parse("not.a.token", people));
    }

    @Test
    void withItsOwnKeyTheGatewayCanVouchForMachinesOnlyAndTheIdentityProviderForPeopleOnly() throws Exception {
        Path gatewayPem = dir.resolve("gateway.pem");
        Files.writeString(gatewayPem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(GATEWAY_KEY.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        TrustedIssuers trust = new TrustedIssuers(MACHINES, "accord-machine", Optional.of(gatewayPem.toUri().toString()),
                remembering());
        JWTAuthContextInfo people = peopleSettings();

        assertEquals("erp-1", trust.parse(machine("accord-machine", GATEWAY_KEY.getPrivate()), people).getName());
        assertEquals("li.na", trust.parse(person("accord"), people).getName());
        assertThrows(ParseException.class, () -> trust.parse(machine("accord-machine", PEOPLE_KEY.getPrivate()), people));
        assertThrows(ParseException.class, () -> trust.parse(sign(Jwt.issuer(PEOPLE).audience("accord").upn("ada")
                .groups(Set.of("ADMIN")), GATEWAY_KEY.getPrivate()), people));
    }

    @Test
    void aRememberedTokenVouchesForNothingButItself() throws Exception {
        TrustedIssuers trust = new TrustedIssuers(MACHINES, "accord-machine", Optional.empty(), remembering());
        JWTAuthContextInfo people = peopleSettings();
        String token = person("accord");
        String machineToken = machine("accord-machine", PEOPLE_KEY.getPrivate());

        assertSame(trust.parse(token, people), trust.parse(token, people));
        assertEquals(Set.of("ERP_CLIENT"), trust.parse(machineToken, people).getGroups());
        assertEquals(Set.of("ERP_CLIENT"), trust.parse(machineToken, people).getGroups());
        // another signature, or the same claims re-signed by another key, is another token: verified, and refused
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + sign(Jwt.issuer(PEOPLE).audience("accord").upn("x"),
                PEOPLE_KEY.getPrivate()).split("\\.")[2];
        assertThrows(ParseException.class, () -> trust.parse(otherSignature, people));
        String forged = sign(Jwt.issuer(PEOPLE).audience("accord").upn("li.na").groups(Set.of("SALES")), GATEWAY_KEY.getPrivate());
        assertThrows(ParseException.class, () -> trust.parse(forged, people));
        // and a token remembered under one set of settings is verified afresh under another
        JWTAuthContextInfo otherKey = new JWTAuthContextInfo(GATEWAY_KEY.getPublic(), PEOPLE);
        otherKey.setExpectedAudience(Set.of("accord"));
        assertThrows(ParseException.class, () -> trust.parse(token, otherKey));
    }

    private static VerifiedTokens remembering() {
        return new VerifiedTokens(100, Clock.systemUTC());
    }

    private static JWTAuthContextInfo peopleSettings() {
        JWTAuthContextInfo settings = new JWTAuthContextInfo(PEOPLE_KEY.getPublic(), PEOPLE);
        settings.setExpectedAudience(Set.of("accord"));
        return settings;
    }

    private static String person(String audience) {
        return sign(Jwt.issuer(PEOPLE).audience(audience).upn("li.na").groups(Set.of("SALES")), PEOPLE_KEY.getPrivate());
    }

    private static String machine(String audience, PrivateKey key) {
        return sign(Jwt.issuer(MACHINES).audience(audience).upn("erp-1").groups(Set.of("ERP_CLIENT"))
                .claim("scope", "orders:read"), key);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.expiresIn(60).sign(key);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
