package io.accord.requirements;

import io.accord.infra.persistence.StoredJson;

import java.util.UUID;

/**
 * What an ERP is told when its order is taken in, stored with the order's {@code Idempotency-Key} and replayed to
 * every retry. Its stored JSON form ({@link StoredJson}) is version {@value #VERSION}; the version is stored beside
 * it ({@code idempotency_key.response_version}). A new form is a new version that still reads the old ones.
 */
public record OrderReceipt(UUID requirementId, String erpOrderNo, RequirementStatus status, int revision, UUID reviewId) {

    public static final int VERSION = 1;

    public static OrderReceipt of(Requirement r) {
        return new OrderReceipt(r.id, r.erpOrderNo, r.status, r.revision, r.reviewId);
    }

    public String toStoredJson() {
        return StoredJson.write(this);
    }

    /** Answers stored before versions were recorded (null) have version 1's form: the API's order view of then. */
    public static OrderReceipt fromStoredJson(String json, Integer version) {
        int form = version == null ? VERSION : version;
        if (form != VERSION) {
            throw new IllegalStateException("an order receipt of version " + form + " is newer than this service");
        }
        return StoredJson.read(json, OrderReceipt.class);
    }
}
