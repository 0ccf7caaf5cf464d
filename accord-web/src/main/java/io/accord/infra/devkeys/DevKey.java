package io.accord.infra.devkeys;

import io.accord.infra.hashing.Sha256;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the development key pair of {@code dev-keys/}. It is public (it is in the source repository), so a
 * process that trusts it accepts tokens anyone can sign, and one that signs with it issues tokens anyone can forge.
 * Only its public key's fingerprint lives in main code: the artifact itself carries neither key.
 */
public final class DevKey {

    /** SHA-256 of the dev public key as X.509 SubjectPublicKeyInfo (DER): {@code openssl pkey -pubin -outform DER}. */
    public static final String PUBLIC_KEY_SHA256 = "39f4fa50b1b4ff29b79a4d3cd612e15efacf25490c369035e51fe71e31fcf7f2";

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private DevKey() {
    }

    /**
     * Whether key material holds the dev key: a PEM public key, certificate or PKCS#8 private key (the public half
     * is derived), or a JWK or JWK set (a set that also holds the dev key counts: it would still be trusted).
     */
    public static boolean isIn(String keyMaterial) {
        return publicKeysIn(keyMaterial).stream().anyMatch(key -> PUBLIC_KEY_SHA256.equals(fingerprint(key)));
    }

    static String fingerprint(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    /** The public keys in PEM or JWK material; parts that are not keys (or not readable) are skipped. */
    static List<PublicKey> publicKeysIn(String keyMaterial) {
        List<PublicKey> keys = new ArrayList<>();
        if (keyMaterial == null) {
            return keys;
        }
        String material = keyMaterial.trim();
        if (material.startsWith("{")) {
            keys.addAll(jwkPublicKeys(material));
            return keys;
        }
        Matcher pem = PEM.matcher(material);
        while (pem.find()) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
                switch (pem.group(1)) {
                    case "PUBLIC KEY" -> keys.add(KeyFactory.getInstance("RSA").generatePublic(
                            new X509EncodedKeySpec(der)));
                    case "CERTIFICATE" -> keys.add(CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(der)).getPublicKey());
                    case "PRIVATE KEY" -> {
                        if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey rsa) {
                            keys.add(KeyFactory.getInstance("RSA").generatePublic(
                                    new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent())));
                        }
                    }
                    default -> {
                        // other PEM blocks (encrypted or EC keys) cannot hold the RSA dev key in a readable form
                    }
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not a readable RSA key: not the dev key
            }
        }
        if (keys.isEmpty() && !material.contains("-----")) {
            // mp.jwt.verify.publickey also takes the bare base64 of the key
            try {
                keys.add(KeyFactory.getInstance("RSA").generatePublic(
                        new X509EncodedKeySpec(Base64.getMimeDecoder().decode(material))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not a bare public key
            }
        }
        return keys;
    }

    private static List<PublicKey> jwkPublicKeys(String json) {
        List<PublicKey> keys = new ArrayList<>();
        try {
            List<JsonWebKey> jwks = json.contains("\"keys\"") ? new JsonWebKeySet(json).getJsonWebKeys()
                    : List.of(JsonWebKey.Factory.newJwk(json));
            for (JsonWebKey jwk : jwks) {
                if (jwk instanceof PublicJsonWebKey withPublicKey && withPublicKey.getPublicKey() != null) {
                    keys.add(withPublicKey.getPublicKey());
                }
            }
        } catch (JoseException e) {
            // not a readable JWK: not the dev key
        }
        return keys;
    }
}
