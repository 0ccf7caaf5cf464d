package io.accord.gateway;

import java.util.Arrays;
import java.util.Optional;

/** What a machine client may do. Both live on the ERP order API; no scope opens any other path. */
public enum ApiScope {
    ORDERS_READ("orders:read"),
    ORDERS_WRITE("orders:write");

    /** The only path a machine client's key reaches (API.md: ERP intake). */
    public static final String ORDERS_PREFIX = "/api/v1/orders";

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** Reads need {@code orders:read}; everything else (intake, amendments, deliveries) needs {@code orders:write}. */
    public static ApiScope neededFor(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? ORDERS_READ : ORDERS_WRITE;
    }
}
