package io.accord.requirements;

import java.time.OffsetDateTime;

/** A delivery recorded against an accepted requirement, by the ERP or a person. */
public record Delivery(String reference, String note, OffsetDateTime deliveredAt, String recordedBy) {
}
