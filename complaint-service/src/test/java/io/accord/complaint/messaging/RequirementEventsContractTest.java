package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintCategory;
import io.accord.requirements.events.RequirementDeliveryRecorded;
import io.accord.requirements.events.RequirementDeliveryRejected;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code requirement.delivery-rejected} as the requirements-service writes it (its requirements-events record), read
 * into this service's {@link RejectedDelivery}: everything the complaint is opened from.
 */
class RequirementEventsContractTest {

    private static final UUID REQUIREMENT = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");
    private static final UUID CUSTOMER = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");

    @Test
    void aRejectedDeliveryIsReadWithEverythingTheComplaintIsOpenedFrom() {
        RejectedDelivery read = EventContracts.read(rejected("DELIVERY"), RejectedDelivery.class);

        assertEquals(new RejectedDelivery(REQUIREMENT, CUSTOMER, "PO-1", "pumps", 2, "DN-2", read.lines(), "DELIVERY",
                "arrived 3 weeks late"), read);
        assertEquals("PH-200", read.lines().get(0).productCode());
        assertEquals(0, new BigDecimal("40").compareTo(read.lines().get(0).quantity()), "the quantity, whatever its scale");
        assertEquals(ComplaintCategory.DELIVERY, ComplaintCategory.ofFeedbackCategory(read.category()));
    }

    @Test
    void aCategoryTheRequirementsServiceAddsLaterStillOpensAComplaintAsOther() {
        RejectedDelivery read = EventContracts.read(rejected("PACKAGING"), RejectedDelivery.class);

        assertEquals(ComplaintCategory.OTHER, ComplaintCategory.ofFeedbackCategory(read.category()));
    }

    private static RequirementDeliveryRejected rejected(String category) {
        return new RequirementDeliveryRejected(REQUIREMENT, 1, CUSTOMER, "erp-a", "PO-1", "PO-1", "pumps", 2, "DN-2",
                List.of(new RequirementDeliveryRecorded.Line("PH-200", new BigDecimal("40"))), category, "arrived 3 weeks late",
                OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"));
    }
}
