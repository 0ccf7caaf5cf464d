package io.accord.gateway;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which scope a machine client's request needs: reading its orders, or anything that changes them. */
class ApiScopeTest {

    @Test
    void readsNeedOrdersReadEverythingElseOrdersWrite() {
        assertEquals(ApiScope.ORDERS_READ, ApiScope.neededFor("GET"));
        assertEquals(ApiScope.ORDERS_READ, ApiScope.neededFor("HEAD"));
        for (String method : new String[]{"POST", "PUT", "PATCH", "DELETE", "OPTIONS", "get"}) {
            assertEquals(ApiScope.ORDERS_WRITE, ApiScope.neededFor(method), method);
        }
    }

    @Test
    void aScopeIsNamedAsOnTheWire() {
        assertEquals(Optional.of(ApiScope.ORDERS_READ), ApiScope.of("orders:read"));
        assertEquals(Optional.of(ApiScope.ORDERS_WRITE), ApiScope.of("orders:write"));
        assertEquals(Optional.empty(), ApiScope.of("ORDERS_READ"));
        assertEquals(Optional.empty(), ApiScope.of("orders:*"));
    }
}
