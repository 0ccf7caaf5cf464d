package io.accord.gateway;

import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.security.SecretTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A machine client's history: registered (its key named by the prefix only) and revoked; the gateway publishes nothing. */
class ApiClientChangesTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    static ApiClient registered(SecretTokens.Issued key) {
        return ApiClient.register("erp-east", List.of(ApiScope.ORDERS_WRITE, ApiScope.ORDERS_READ, ApiScope.ORDERS_WRITE),
                key, "admin.zhao", NOW);
    }

    @Test
    void registeringRecordsNameScopesAndKeyPrefixButNeverTheKey() {
        SecretTokens.Issued key = SecretTokens.issue("acc_");
        ApiClient client = registered(key);

        assertEquals(1, client.pendingChanges().size());
        DomainChange change = client.pendingChanges().get(0);
        assertEquals("registered", change.action());
        assertNull(change.stateBefore());
        assertEquals(ApiClient.Status.ACTIVE, change.stateAfter());
        assertEquals(Map.of("name", "erp-east", "scopes", List.of("orders:write", "orders:read"), "keyPrefix", key.prefix()),
                change.detail());
        assertFalse(change.detail().toString().contains(key.secret()), "the key is shown once, never kept");
        assertNull(change.event());
    }

    @Test
    void revokingRecordsTheMoveOnceAndASecondRevocationIsRefused() {
        ApiClient client = registered(SecretTokens.issue("acc_"));
        client.takeChanges();
        client.revoke("admin.zhao", NOW.plusDays(1));

        assertEquals(1, client.pendingChanges().size());
        DomainChange revoked = client.pendingChanges().get(0);
        assertEquals("revoked", revoked.action());
        assertEquals(ApiClient.Status.ACTIVE, revoked.stateBefore());
        assertEquals(ApiClient.Status.REVOKED, revoked.stateAfter());
        assertNull(revoked.detail());
        assertNull(revoked.event());

        assertThrows(IllegalTransitionException.class, () -> client.revoke("admin.zhao", NOW.plusDays(2)));
        assertEquals(1, client.pendingChanges().size());
    }
}
