package io.accord.feedback;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feedback as recorded, and the escalation of negative feedback (at or below the threshold, 2 by default), once. */
class FeedbackTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final int THRESHOLD = 2;

    static Feedback rated(Integer rating) {
        return Feedback.record(UUID.randomUUID(), FeedbackChannel.PHONE, FeedbackCategory.DELIVERY, rating, "late again", "PO-1",
                null, "xu.cs", NOW);
    }

    @Test
    void feedbackWithoutAMomentOfItsOwnWasReceivedWhenItWasRecorded() {
        Feedback now = rated(4);
        assertEquals(NOW, now.receivedAt);
        assertEquals(NOW, now.recordedAt);
        assertFalse(now.escalated);

        Feedback earlier = Feedback.record(UUID.randomUUID(), FeedbackChannel.VISIT, FeedbackCategory.QUALITY, 3, null, null,
                NOW.minusDays(2), "xu.cs", NOW);
        assertEquals(NOW.minusDays(2), earlier.receivedAt);
        assertEquals(NOW, earlier.recordedAt);
    }

    @Test
    void aRatingAtOrBelowTheThresholdIsEscalated() {
        for (int rating = 1; rating <= THRESHOLD; rating++) {
            Feedback negative = rated(rating);
            assertTrue(negative.escalateIfAtOrBelow(THRESHOLD), "rating " + rating);
            assertTrue(negative.escalated);
        }
    }

    @Test
    void aRatingAboveTheThresholdOrNoRatingIsNotEscalated() {
        for (Integer rating : new Integer[]{3, 5, null}) {
            Feedback feedback = rated(rating);
            assertFalse(feedback.escalateIfAtOrBelow(THRESHOLD), "rating " + rating);
            assertFalse(feedback.escalated);
        }
    }

    @Test
    void theThresholdIsTheConfiguredOne() {
        assertTrue(rated(3).escalateIfAtOrBelow(3));
        assertFalse(rated(2).escalateIfAtOrBelow(1));
    }

    @Test
    void feedbackIsEscalatedOnceSoItOpensOneComplaint() {
        Feedback negative = rated(1);
        assertTrue(negative.escalateIfAtOrBelow(THRESHOLD));

        assertFalse(negative.escalateIfAtOrBelow(THRESHOLD));
        assertTrue(negative.escalated);
    }
}
