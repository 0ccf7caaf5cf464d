package io.accord.gateway;

import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.security.SecretTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A machine client: registered active with its scopes and only its key's hash; revoked once, for good. */
class ApiClientTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final SecretTokens.Issued KEY = new SecretTokens.Issued("acc_secret-never-stored", "hash-of-the-key", "acc_secr");

    static ApiClient registered(ApiScope... scopes) {
        return ApiClient.register("erp-wuxi", List.of(scopes), KEY, "root", NOW);
    }

    @Test
    void aClientIsRegisteredActiveWithItsScopesOnceEachAndNeverItsKey() {
        ApiClient client = registered(ApiScope.ORDERS_WRITE, ApiScope.ORDERS_READ, ApiScope.ORDERS_WRITE);

        assertEquals(ApiClient.Status.ACTIVE, client.status);
        assertEquals(List.of("orders:write", "orders:read"), client.scopes);
        assertEquals("hash-of-the-key", client.keyHash);
        assertEquals("acc_secr", client.keyPrefix);
        assertEquals("root", client.createdBy);
    }

    @Test
    void anActiveClientHasTheScopesItWasGivenAndNoOther() {
        ApiClient reader = registered(ApiScope.ORDERS_READ);

        assertTrue(reader.allows(ApiScope.ORDERS_READ));
        assertFalse(reader.allows(ApiScope.ORDERS_WRITE));
    }

    @Test
    void aRevokedClientIsAllowedNothing() {
        ApiClient client = registered(ApiScope.ORDERS_READ, ApiScope.ORDERS_WRITE);

        client.revoke("root", NOW.plusDays(1));

        assertEquals(ApiClient.Status.REVOKED, client.status);
        assertEquals("root", client.revokedBy);
        assertEquals(NOW.plusDays(1), client.revokedAt);
        assertFalse(client.allows(ApiScope.ORDERS_READ));
        assertFalse(client.allows(ApiScope.ORDERS_WRITE));
    }

    @Test
    void aRevocationIsFinal() {
        ApiClient client = registered(ApiScope.ORDERS_READ);
        client.revoke("root", NOW.plusDays(1));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> client.revoke("admin2", NOW.plusDays(2)));

        assertEquals("REVOKED", refused.currentState());
        assertEquals("root", client.revokedBy);
        assertEquals(NOW.plusDays(1), client.revokedAt);
    }
}
