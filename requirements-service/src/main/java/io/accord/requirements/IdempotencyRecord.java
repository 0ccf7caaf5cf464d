package io.accord.requirements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The first answer to an {@code Idempotency-Key} of one client, replayed for every retry with the same body. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "idem_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body", columnDefinition = "text")
    public String responseBody;

    /** The form of {@code responseBody} ({@link OrderReceipt#VERSION}). */
    @Column(name = "response_version")
    public Integer responseVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The answer given to the first request, in the form it was stored in. */
    public OrderReceipt receipt() {
        return OrderReceipt.fromStoredJson(responseBody, responseVersion);
    }

    public static class Key implements Serializable {
        public String clientId;
        public String key;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.clientId, clientId) && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, key);
        }
    }
}
