package io.accord.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.gateway.ApiClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A machine client as listed: never its key, only the key's prefix. {@code apiKey} appears once, on registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiClientView(UUID id, String name, List<String> scopes, String keyPrefix, ApiClient.Status status,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt, String revokedBy, String apiKey) {

    public static ApiClientView of(ApiClient c) {
        return withKey(c, null);
    }

    public static ApiClientView withKey(ApiClient c, String apiKey) {
        return new ApiClientView(c.id, c.name, List.copyOf(c.scopes), c.keyPrefix, c.status, c.createdAt, c.createdBy,
                c.revokedAt, c.revokedBy, apiKey);
    }
}
