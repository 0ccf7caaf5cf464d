package io.accord.gateway;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.SecretTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A machine client (an ERP system) that calls the order API with an API key. The key is shown once when the
 * client is registered; only its hash is kept. A revoked client stays on record (audit) but its key opens nothing.
 * The {@code name} is the ERP's identity towards the services (its orders and idempotency keys belong to it), so a
 * key is rotated by registering a second client with the same name and revoking the first once the ERP switched.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends Aggregate {

    public static final String AGGREGATE = "api-client";

    public enum Status { ACTIVE, REVOKED }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> scopes = new ArrayList<>();

    /** The key's first characters, so people can tell keys apart in listings without the key itself. */
    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    public long version;

    public static ApiClient register(String name, List<ApiScope> scopes, SecretTokens.Issued key, String actor,
            OffsetDateTime now) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = name;
        client.scopes = new ArrayList<>(scopes.stream().distinct().map(ApiScope::value).toList());
        client.keyPrefix = key.prefix();
        client.keyHash = key.hash();
        client.status = Status.ACTIVE;
        client.createdAt = now;
        client.createdBy = actor;
        // the history names the key by its prefix only; the gateway publishes no events
        client.change("registered").to(client.status)
                .detail(Map.of("name", client.name, "scopes", client.scopes, "keyPrefix", client.keyPrefix)).record();
        return client;
    }

    public static ApiClient activeByKeyHash(String hash) {
        return find("keyHash = ?1 and status = ?2", hash, Status.ACTIVE).firstResult();
    }

    /** Revocation is final: a revoked client cannot be revoked again (nor come back). */
    public void revoke(String actor, OffsetDateTime now) {
        if (status != Status.ACTIVE) {
            throw new IllegalTransitionException("api client", status, Text.of("gateway.api-client.revoked"));
        }
        Status before = status;
        status = Status.REVOKED;
        revokedAt = now;
        revokedBy = actor;
        change("revoked").from(before).to(status).record();
    }

    public boolean allows(ApiScope scope) {
        return status == Status.ACTIVE && scopes.contains(scope.value());
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }
}
