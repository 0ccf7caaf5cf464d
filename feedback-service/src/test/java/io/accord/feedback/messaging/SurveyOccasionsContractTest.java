package io.accord.feedback.messaging;

import io.accord.complaint.events.ComplaintStatusChanged;
import io.accord.requirements.events.RequirementDelivered;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The occasions of a survey invitation as their producers write them: {@code requirement.delivered} (the
 * requirements-service's requirements-events record) and {@code complaint.closed} (the complaint-service's
 * complaint-events record), read into this service's read models: whom to invite, on which occasion.
 */
class SurveyOccasionsContractTest {

    private static final UUID CUSTOMER = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");

    @Test
    void aDeliveredRequirementNamesTheCustomerAndTheRequirement() {
        UUID requirement = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");
        RequirementDelivered delivered = new RequirementDelivered(requirement, 2, CUSTOMER, "erp-a", "PO-1", "DN-7",
                OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"));

        assertEquals(new DeliveredRequirement(requirement, CUSTOMER), EventContracts.read(delivered, DeliveredRequirement.class));
    }

    @Test
    void aClosedComplaintNamesTheCustomerAndTheComplaint() {
        UUID complaint = UUID.fromString("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        ComplaintStatusChanged closed = new ComplaintStatusChanged(complaint, CUSTOMER, "RESOLVED", "CLOSED",
                Map.of("accepted", true));

        assertEquals(new ClosedComplaint(complaint, CUSTOMER), EventContracts.read(closed, ClosedComplaint.class));
    }
}
