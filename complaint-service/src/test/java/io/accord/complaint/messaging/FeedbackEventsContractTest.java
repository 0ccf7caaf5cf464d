package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintCategory;
import io.accord.feedback.events.FeedbackReceived;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code feedback.escalated} as the feedback-service writes it (its feedback-events record), read into this
 * service's {@link EscalatedFeedback}: everything a complaint is opened from.
 */
class FeedbackEventsContractTest {

    private static final UUID FEEDBACK = UUID.fromString("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final UUID CUSTOMER = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");

    @Test
    void escalatedFeedbackIsReadWithEverythingTheComplaintIsOpenedFrom() {
        EscalatedFeedback read = EventContracts.read(escalated("DELIVERY"), EscalatedFeedback.class);

        assertEquals(new EscalatedFeedback(FEEDBACK, CUSTOMER, "DELIVERY", 1, "late twice", "PO-1"), read);
        assertEquals(ComplaintCategory.DELIVERY, ComplaintCategory.ofFeedbackCategory(read.category()));
    }

    @Test
    void aCategoryTheFeedbackServiceAddsLaterStillOpensAComplaintAsOther() {
        EscalatedFeedback read = EventContracts.read(escalated("PACKAGING"), EscalatedFeedback.class);

        assertEquals(ComplaintCategory.OTHER, ComplaintCategory.ofFeedbackCategory(read.category()));
    }

    private static FeedbackReceived escalated(String category) {
        return new FeedbackReceived(FEEDBACK, CUSTOMER, "EMAIL", category, 1, "late twice", "PO-1",
                OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"));
    }
}
