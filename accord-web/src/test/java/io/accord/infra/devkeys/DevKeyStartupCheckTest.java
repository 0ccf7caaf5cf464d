package io.accord.infra.devkeys;

import io.accord.infra.devkeys.DevKeyStartupCheck.ConfiguredKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up rule: the repository's key pair is refused wherever it would be trusted or used to sign. */
class DevKeyStartupCheckTest {

    private static final String DEV_PUBLIC = classpath("META-INF/accord/dev-jwt/public.pem");
    private static final String DEV_PRIVATE = classpath("META-INF/accord/dev-jwt/private.pem");

    @Test
    void theFingerprintInMainCodeIsTheDevKeys() {
        assertEquals(DevKey.PUBLIC_KEY_SHA256, DevKey.fingerprint(DevKey.publicKeysIn(DEV_PUBLIC).get(0)));
    }

    @Test
    void trustingTheDevPublicKeyIsRefusedWithTheReasonAndThePropertyNamed() {
        Optional<String> refusal = DevKeyStartupCheck.refusal(List.of(
                new ConfiguredKey("mp.jwt.verify.publickey.location", "/etc/accord/public.pem", DEV_PUBLIC)), false);

        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("mp.jwt.verify.publickey.location (/etc/accord/public.pem)"), refusal.get());
        assertTrue(refusal.get().contains("development key"), refusal.get());
        assertTrue(refusal.get().contains(DevKeyStartupCheck.ALLOW), refusal.get());
    }

    @Test
    void signingWithTheDevPrivateKeyIsRefused() {
        assertTrue(DevKeyStartupCheck.refusal(List.of(
                new ConfiguredKey("smallrye.jwt.sign.key.location", "private.pem", DEV_PRIVATE)), false).isPresent());
    }

    @Test
    void aKeySetThatAlsoHoldsTheDevKeyIsRefused() throws Exception {
        RsaJsonWebKey own = RsaJwkGenerator.generateJwk(2048);
        RsaJsonWebKey dev = new RsaJsonWebKey((RSAPublicKey) DevKey.publicKeysIn(DEV_PUBLIC).get(0));
        String jwks = new JsonWebKeySet(own, dev).toJson();

        assertTrue(DevKeyStartupCheck.refusal(List.of(new ConfiguredKey("mp.jwt.verify.publickey", "inline", jwks)), false)
                .isPresent());
        assertTrue(DevKeyStartupCheck.refusal(List.of(new ConfiguredKey("mp.jwt.verify.publickey", "inline",
                new JsonWebKeySet(own).toJson())), false).isEmpty());
    }

    @Test
    void anyOtherKeyStarts() throws Exception {
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertTrue(DevKeyStartupCheck.refusal(List.of(
                new ConfiguredKey("mp.jwt.verify.publickey.location", "own.pem", pem)), false).isEmpty());
    }

    @Test
    void theDevKeyRunsWhereItIsExplicitlyAllowed() {
        assertTrue(DevKeyStartupCheck.refusal(List.of(
                new ConfiguredKey("mp.jwt.verify.publickey.location", "public.pem", DEV_PUBLIC),
                new ConfiguredKey("smallrye.jwt.sign.key.location", "private.pem", DEV_PRIVATE)), true).isEmpty());
    }

    private static String classpath(String resource) {
        try (InputStream in = DevKeyStartupCheckTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
