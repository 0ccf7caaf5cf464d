package io.accord.infra.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * deploy/README.md, "Rotate the gateway's signing key": the gateway signs with a private JWK whose {@code kid} goes
     * into every token, the services hold a key set with the old and the new public key, so tokens of both are accepted
     * while the gateway's replicas switch, and the old key's tokens stop once it leaves the set. A token without a
     * {@code kid} (a PEM signing key) cannot be matched to one of two keys: it is refused.
     */
    @Test
    void theGatewaysKeyRotatesWithoutRefusalsThroughAKeySetWhoseKeysTheTokensNameByKeyId() throws Exception {
        KeyPair next = rsa();
        Path current = jwk("gw-1.json", "gw-1", GATEWAY_KEY, JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        Path upcoming = jwk("gw-2.json", "gw-2", next, JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        JWTAuthContextInfo people = peopleSettings();
        String before = machine(current);
        String after = machine(upcoming);
        assertTrue(header(before).contains("\"kid\":\"gw-1\""), header(before));
        // step 0: services that still hold the old key as PEM accept its tokens whatever kid they name
        Path pem = Files.writeString(dir.resolve("gw-1.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(GATEWAY_KEY.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        assertEquals("erp-1", new TrustedIssuers(MACHINES, "accord-machine", Optional.of(pem.toUri().toString()), remembering())
                .parse(before, people).getName());

        TrustedIssuers during = new TrustedIssuers(MACHINES, "accord-machine",
                Optional.of(keySet("both.json", Map.of("gw-1", GATEWAY_KEY, "gw-2", next))), remembering());
        assertEquals("erp-1", during.parse(before, people).getName());
        assertEquals("erp-1", during.parse(after, people).getName());
        assertThrows(ParseException.class, () -> during.parse(machine("accord-machine", GATEWAY_KEY.getPrivate()), people));

        TrustedIssuers done = new TrustedIssuers(MACHINES, "accord-machine",
                Optional.of(keySet("new.json", Map.of("gw-2", next))), remembering());
        assertEquals("erp-1", done.parse(after, people).getName());
        assertThrows(ParseException.class, () -> done.parse(before, people));
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

    /** A machine token as the gateway signs it when ACCORD_JWT_SIGN_KEY_LOCATION is a private JWK. */
    private static String machine(Path privateJwk) {
        return Jwt.issuer(MACHINES).audience("accord-machine").upn("erp-1").groups(Set.of("ERP_CLIENT"))
                .claim("scope", "orders:read").expiresIn(60).sign(privateJwk.toUri().toString());
    }

    private Path jwk(String file, String kid, KeyPair pair, JsonWebKey.OutputControlLevel level) throws Exception {
        return Files.writeString(dir.resolve(file), rsaJwk(kid, pair).toJson(level));
    }

    private String keySet(String file, Map<String, KeyPair> keys) throws Exception {
        List<JsonWebKey> set = new ArrayList<>();
        for (Map.Entry<String, KeyPair> key : new TreeMap<>(keys).entrySet()) {
            set.add(rsaJwk(key.getKey(), key.getValue()));
        }
        Path path = Files.writeString(dir.resolve(file), new JsonWebKeySet(set).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        return path.toUri().toString();
    }

    private static RsaJsonWebKey rsaJwk(String kid, KeyPair pair) {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        jwk.setPrivateKey(pair.getPrivate());
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk;
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
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
