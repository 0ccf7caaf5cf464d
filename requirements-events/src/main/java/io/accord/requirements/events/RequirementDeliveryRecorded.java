package io.accord.requirements.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A delivery of some or all of a record's lines ({@code requirement.delivery-recorded}). {@code complete}: with it
 * every line has been delivered in full (the customer's acceptance is still to come). {@code erpClient}/
 * {@code erpOrderNo} are set for ERP orders, so the gateway streams the event to that client only.
 */
public record RequirementDeliveryRecorded(UUID requirementId, int revision, UUID customerId, String erpClient,
        String erpOrderNo, int deliveryNumber, String reference, List<Line> lines, boolean complete,
        OffsetDateTime deliveredAt) {

    /** A delivered quantity of one product. */
    public record Line(String productCode, BigDecimal quantity) {
    }
}
