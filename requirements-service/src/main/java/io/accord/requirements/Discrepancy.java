package io.accord.requirements;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.OffsetDateTime;

/**
 * A difference between what the customer now asks and what was quoted. {@code key} identifies it across
 * revisions (kind and product), so a resolution stays with the difference it resolves.
 */
public record Discrepancy(String key, Kind kind, String productCode, String quoted, String requested, Resolution resolution) {

    public enum Kind {
        PRICE, QUANTITY, PRODUCT, SPECIFICATION, DELIVERY_DATE
    }

    public record Resolution(String note, String by, OffsetDateTime at) {
    }

    /** Derived, so not stored: the JSON column holds the record's components only. */
    @JsonIgnore
    public boolean isResolved() {
        return resolution != null;
    }

    public Discrepancy resolved(Resolution r) {
        return new Discrepancy(key, kind, productCode, quoted, requested, r);
    }
}
