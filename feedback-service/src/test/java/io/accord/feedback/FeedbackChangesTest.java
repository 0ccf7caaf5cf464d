package io.accord.feedback;

import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.feedback.events.FeedbackReceived;
import io.accord.infra.changes.DomainChange;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a feedback's history and events say: recorded, and escalated once when it is negative. */
class FeedbackChangesTest {

    static final OffsetDateTime GIVEN = OffsetDateTime.parse("2026-03-01T16:00:00Z");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();

    static Feedback rated(Integer rating) {
        return Feedback.record(CUSTOMER, FeedbackChannel.PHONE, FeedbackCategory.DELIVERY, rating, "late again", "PO-7",
                GIVEN, "xu.cs", NOW);
    }

    @Test
    void recordingPublishesTheFeedbackAsGiven() {
        Feedback feedback = rated(4);

        assertEquals(1, feedback.pendingChanges().size());
        DomainChange recorded = feedback.pendingChanges().get(0);
        assertEquals("recorded", recorded.action());
        assertNull(recorded.stateBefore());
        assertNull(recorded.stateAfter());
        assertEquals(FeedbackEventTypes.RECEIVED, recorded.event().type());
        assertEquals(asRecorded(feedback, 4), recorded.event().payload());
        assertEquals(recorded.event().payload(), recorded.detail());
    }

    @Test
    void negativeFeedbackIsEscalatedOnceAfterItIsRecorded() {
        Feedback feedback = rated(1);
        feedback.escalateIfAtOrBelow(2);
        feedback.escalateIfAtOrBelow(2);

        List<DomainChange> changes = feedback.pendingChanges();
        assertEquals(List.of("recorded", "escalated"), changes.stream().map(DomainChange::action).toList());
        DomainChange escalated = changes.get(1);
        assertEquals(FeedbackEventTypes.ESCALATED, escalated.event().type());
        assertEquals(asRecorded(feedback, 1), escalated.event().payload());
        assertEquals(Map.of("rating", 1, "threshold", 2), escalated.detail());
    }

    @Test
    void feedbackAboveTheThresholdOrWithoutARatingIsNotEscalated() {
        Feedback fine = rated(3);
        Feedback unrated = rated(null);
        assertFalse(fine.escalateIfAtOrBelow(2));
        assertFalse(unrated.escalateIfAtOrBelow(2));

        assertEquals(List.of("recorded"), fine.pendingChanges().stream().map(DomainChange::action).toList());
        assertEquals(List.of("recorded"), unrated.pendingChanges().stream().map(DomainChange::action).toList());
    }

    private static FeedbackReceived asRecorded(Feedback feedback, Integer rating) {
        return new FeedbackReceived(feedback.id, CUSTOMER, "PHONE", "DELIVERY", rating,
                "late again", "PO-7", GIVEN);
    }
}
