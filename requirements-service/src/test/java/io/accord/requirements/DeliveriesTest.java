package io.accord.requirements;

import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnprocessableFieldException;
import io.accord.requirements.events.RequirementDeliveryRecorded;
import io.accord.requirements.events.RequirementDeliveryRejected;
import io.accord.requirements.events.RequirementEventTypes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.accord.requirements.Contents.content;
import static io.accord.requirements.Contents.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliveries as seed 3.3.1 has them: partial deliveries of the ordered lines, never more than ordered, the customer's
 * acceptance of each, and DELIVERED only when every line is delivered in full and accepted.
 */
class DeliveriesTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T08:00:00Z");

    /** An accepted order of 100 × PH-200 and 20 × V-7. */
    static Requirement accepted() {
        Requirement r = Requirement.capture(UUID.randomUUID(), RequirementSource.ORDER,
                content(List.of(item("PH-200", "100", "12.50"), item("V-7", "20", "3.00"))), false, "li.na", NOW);
        r.submit(RequirementTest.CUSTOMER, NOW);
        r.reviewOpened(RequirementTest.REVIEW, 1, NOW);
        r.reviewDecided(RequirementTest.REVIEW, 1, RequirementStatus.ACCEPTED, NOW);
        r.takeChanges();
        return r;
    }

    static List<Delivery.Line> lines(Object... codeAndQuantity) {
        List<Delivery.Line> lines = new ArrayList<>();
        for (int i = 0; i < codeAndQuantity.length; i += 2) {
            lines.add(new Delivery.Line((String) codeAndQuantity[i], new BigDecimal(codeAndQuantity[i + 1].toString())));
        }
        return lines;
    }

    static Delivery.Acceptance accepts() {
        return new Delivery.Acceptance(true, null, null, NOW.plusDays(3), "li.na");
    }

    static Delivery.Acceptance rejects(String reason) {
        return new Delivery.Acceptance(false, RejectionCategory.QUALITY, reason, NOW.plusDays(3), "li.na");
    }

    @Test
    void partialDeliveriesAddUpAndTheRecordIsDeliveredWhenTheLastOneIsAccepted() {
        Requirement r = accepted();

        Delivery first = r.deliver(lines("PH-200", 60), "DN-1", null, "erp", NOW.plusDays(1));
        Delivery second = r.deliver(lines("PH-200", 40, "V-7", 20), "DN-2", null, "erp", NOW.plusDays(2));

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        List<RequirementDeliveryRecorded> recorded = events(r, RequirementEventTypes.DELIVERY_RECORDED,
                RequirementDeliveryRecorded.class);
        assertEquals(List.of(false, true), recorded.stream().map(RequirementDeliveryRecorded::complete).toList(),
                "the second delivery completes the quantities");
        r.recordAcceptance(2, accepts());
        assertEquals(RequirementStatus.ACCEPTED, r.status, "delivery 1 still awaits the customer");
        r.recordAcceptance(1, accepts());
        assertEquals(RequirementStatus.DELIVERED, r.status);
        assertEquals(1, events(r, RequirementEventTypes.REQUIREMENT_DELIVERED, Object.class).size());
        assertEquals(List.of(new Deliveries.Progress("PH-200", new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100"),
                BigDecimal.ZERO), new Deliveries.Progress("V-7", new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("20"),
                BigDecimal.ZERO)), Deliveries.progress(r.content, r.deliveries));
    }

    @Test
    void everythingDeliveredButNotAllAcceptedIsNotDelivered() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 100, "V-7", 20), "DN-1", null, "erp", NOW.plusDays(1));

        assertEquals(RequirementStatus.ACCEPTED, r.status);
        assertTrue(events(r, RequirementEventTypes.REQUIREMENT_DELIVERED, Object.class).isEmpty());
    }

    @Test
    void anAcceptedPartialDeliveryLeavesTheRecordAccepted() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 100), "DN-1", null, "erp", NOW.plusDays(1));

        r.recordAcceptance(1, accepts());

        assertEquals(RequirementStatus.ACCEPTED, r.status, "V-7 is not delivered yet");
    }

    @Test
    void moreThanWasOrderedIsRefusedNamingTheLine() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 95), "DN-1", null, "erp", NOW.plusDays(1));

        UnprocessableFieldException over = assertThrows(UnprocessableFieldException.class,
                () -> r.deliver(lines("V-7", 1, "PH-200", 6), "DN-2", null, "erp", NOW.plusDays(2)));

        assertEquals(422, over.status());
        assertEquals("lines[1].quantity", over.violations().get(0).field());
        assertTrue(over.getMessage().contains("left to deliver: 5 (ordered 100, delivered 95)"), over.getMessage());
        assertEquals(1, r.deliveries.size(), "nothing recorded");
    }

    @Test
    void aProductThatIsNotAnItemOrIsNamedTwiceIsRefused() {
        Requirement r = accepted();

        UnprocessableFieldException unknown = assertThrows(UnprocessableFieldException.class,
                () -> r.deliver(lines("PH-200", 1, "XX-1", 1), "DN-1", null, "erp", NOW));
        assertEquals("lines[1].productCode", unknown.violations().get(0).field());
        InvalidFieldException twice = assertThrows(InvalidFieldException.class,
                () -> r.deliver(lines("PH-200", 1, "PH-200", 1), "DN-1", null, "erp", NOW));
        assertEquals("lines[1].productCode", twice.violations().get(0).field());
        assertEquals(400, twice.status());
    }

    @Test
    void aDeliveryWithoutLinesBringsWhatIsOutstandingAndThenThereIsNothingLeft() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 30), "DN-1", null, "erp", NOW.plusDays(1));

        Delivery rest = r.deliver(List.of(), "DN-2", null, "erp", NOW.plusDays(2));

        assertEquals(lines("PH-200", 70, "V-7", 20), rest.lines());
        assertThrows(ConflictException.class, () -> r.deliver(null, "DN-3", null, "erp", NOW.plusDays(3)));
    }

    @Test
    void aRejectedDeliveryNeedsAReasonReopensItsQuantitiesAndIsPublishedForAComplaint() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 100, "V-7", 20), "DN-1", null, "erp", NOW.plusDays(1));

        InvalidFieldException noReason = assertThrows(InvalidFieldException.class, () -> r.recordAcceptance(1, rejects(" ")));
        assertEquals("reason", noReason.violations().get(0).field());
        assertTrue(r.deliveries.get(0).pending(), "a refused answer changes nothing");

        r.recordAcceptance(1, rejects("2 housings cracked"));

        assertEquals(RequirementStatus.ACCEPTED, r.status);
        RequirementDeliveryRejected rejected = events(r, RequirementEventTypes.DELIVERY_REJECTED,
                RequirementDeliveryRejected.class).get(0);
        assertEquals(1, rejected.deliveryNumber());
        assertEquals("QUALITY", rejected.category());
        assertEquals("2 housings cracked", rejected.reason());
        assertEquals("PO-1", rejected.orderRef());
        Delivery replacement = r.deliver(List.of(), "DN-2", null, "erp", NOW.plusDays(5));
        assertEquals(lines("PH-200", 100, "V-7", 20), replacement.lines(), "everything is to be delivered again");
        r.recordAcceptance(2, accepts());
        assertEquals(RequirementStatus.DELIVERED, r.status);
    }

    @Test
    void aDeliveryIsAnsweredOnceAndOnlyOneThatExists() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 10), "DN-1", null, "erp", NOW.plusDays(1));
        r.recordAcceptance(1, accepts());

        assertThrows(ConflictException.class, () -> r.recordAcceptance(1, rejects("changed our mind")));
        assertThrows(ResourceNotFoundException.class, () -> r.recordAcceptance(2, accepts()));
        assertTrue(r.deliveries.get(0).accepted());
    }

    @Test
    void onlyAnAcceptedRecordIsDeliveredOrItsDeliveriesAnswered() {
        Requirement r = accepted();
        r.deliver(lines("PH-200", 10), "DN-1", null, "erp", NOW.plusDays(1));
        r.cancel("customer went bankrupt", NOW.plusDays(2));

        assertThrows(IllegalTransitionException.class, () -> r.recordAcceptance(1, accepts()));
        assertThrows(IllegalTransitionException.class, () -> r.deliver(List.of(), "DN-2", null, "erp", NOW.plusDays(3)));
    }

    @Test
    void aRecordWithoutItemsIsDeliveredAsAWholeOnce() {
        Requirement r = Requirement.capture(UUID.randomUUID(), RequirementSource.ORDER, content(List.of()), false, "li.na", NOW);
        r.submit(RequirementTest.CUSTOMER, NOW);
        r.reviewDecided(RequirementTest.REVIEW, 1, RequirementStatus.ACCEPTED, NOW);

        assertThrows(UnprocessableFieldException.class, () -> r.deliver(lines("PH-200", 1), "DN-1", null, "erp", NOW));
        r.deliver(List.of(), "DN-1", null, "erp", NOW);
        assertThrows(ConflictException.class, () -> r.deliver(List.of(), "DN-2", null, "erp", NOW));
        assertFalse(Deliveries.complete(r.content, r.deliveries));
        r.recordAcceptance(1, accepts());
        assertEquals(RequirementStatus.DELIVERED, r.status);
    }

    private static <T> List<T> events(Requirement r, String type, Class<T> payload) {
        return r.pendingChanges().stream().map(DomainChange::event).filter(e -> e != null && e.type().equals(type))
                .map(e -> payload.cast(e.payload())).toList();
    }
}
