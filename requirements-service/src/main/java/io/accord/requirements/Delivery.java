package io.accord.requirements;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Delivery {@code number} (1, 2, … per record) of an accepted requirement: the quantities of each product it brought,
 * and the customer's acceptance once given (null until then). A rejected delivery's quantities count as not
 * delivered: the goods go back and are delivered again.
 */
public record Delivery(int number, String reference, String note, List<Line> lines, OffsetDateTime deliveredAt,
        String recordedBy, Acceptance acceptance) {

    public record Line(String productCode, BigDecimal quantity) {
    }

    /** {@code category} and {@code reason} are set for a rejection only. */
    public record Acceptance(boolean accepted, RejectionCategory category, String reason, OffsetDateTime at,
            String recordedBy) {
    }

    public boolean pending() {
        return acceptance == null;
    }

    public boolean rejected() {
        return acceptance != null && !acceptance.accepted();
    }

    public boolean accepted() {
        return acceptance != null && acceptance.accepted();
    }

    Delivery withAcceptance(Acceptance decision) {
        return new Delivery(number, reference, note, lines, deliveredAt, recordedBy, decision);
    }
}
