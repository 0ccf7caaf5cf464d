package io.accord.infra.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API keys and survey tokens: shown once, stored only as their SHA-256, listed by a short prefix. */
class SecretTokensTest {

    @Test
    void anIssuedSecretCarriesItsPrefixAnd256RandomBits() {
        SecretTokens.Issued issued = SecretTokens.issue("ak_");

        assertTrue(issued.secret().startsWith("ak_"), issued.secret());
        // 32 bytes, URL-safe base64 without padding: 43 characters
        assertEquals("ak_".length() + 43, issued.secret().length());
        assertTrue(issued.secret().substring(3).matches("[A-Za-z0-9_-]+"), "safe in a URL: " + issued.secret());
    }

    @Test
    void theStoredHashIsTheSha256OfTheSecretAndNeverTheSecret() {
        SecretTokens.Issued issued = SecretTokens.issue("svy_");

        assertEquals(SecretTokens.hash(issued.secret()), issued.hash());
        assertTrue(issued.hash().matches("[0-9a-f]{64}"), issued.hash());
        assertFalse(issued.hash().contains(issued.secret().substring(4)));
    }

    @Test
    void theHashIsStandardSha256HexSoAnyToolCanCheckIt() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.hash("abc"));
    }

    @Test
    void theListedPrefixIsThePrefixAndSixCharactersOfTheSecret() {
        SecretTokens.Issued issued = SecretTokens.issue("ak_");

        assertEquals(issued.secret().substring(0, 9), issued.prefix());
    }

    @Test
    void noTwoSecretsAreAlike() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(secrets.add(SecretTokens.issue("ak_").secret()));
        }
        assertNotEquals(SecretTokens.hash("ak_a"), SecretTokens.hash("ak_b"));
    }
}
