package io.accord.infra.events;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ownership rule consumers apply at the door and producers apply to themselves. */
class EventOwnersTest {

    @Test
    void eachServiceIsAcceptedForItsOwnEventsOnItsOwnTopic() {
        for (String[] accepted : new String[][]{
                {"accord.requirements", "/accord/requirements-service", "accord.requirement.submitted"},
                {"accord.requirements", "/accord/requirements-service", "accord.customer.registered"},
                {"accord.requirements", "/accord/requirements-service", "accord.customer-property.incident-reported"},
                {"accord.reviews", "/accord/review-service", "accord.review.clarification-required"},
                {"accord.feedback", "/accord/feedback-service", "accord.feedback.escalated"},
                {"accord.feedback", "/accord/feedback-service", "accord.survey.invitation-sent"},
                {"accord.complaints", "/accord/complaint-service", "accord.complaint.closed"},
                {"accord.complaints", "/accord/complaint-service", "accord.corrective-action.verified"}}) {
            assertEquals(Optional.empty(), EventOwners.refusal(accepted[0], accepted[1], accepted[2]), String.join(" ", accepted));
        }
    }

    @Test
    void anotherServicesSourceOnATopicIsRefusedAndTheReasonNamesIt() {
        String reason = EventOwners.refusal("accord.feedback", "/accord/complaint-service", "accord.feedback.escalated").orElseThrow();
        assertTrue(reason.contains("/accord/complaint-service"), reason);
        assertTrue(reason.contains("only /accord/feedback-service publishes on accord.feedback"), reason);
    }

    @Test
    void theRightSourceIsRefusedForATypeItDoesNotOwn() {
        // feedback-service cannot close a complaint, even on its own topic
        String reason = EventOwners.refusal("accord.feedback", "/accord/feedback-service", "accord.complaint.closed").orElseThrow();
        assertTrue(reason.contains("accord.complaint.closed"), reason);
        assertTrue(EventOwners.refusal("accord.reviews", "/accord/review-service", "accord.reviewer.approved").isPresent());
        // ownership is by whole aggregate name, never by a prefix of the type
        assertTrue(EventOwners.refusal("accord.requirements", "/accord/requirements-service", "accord.customer-properties.returned").isPresent());
        assertTrue(EventOwners.refusal("accord.reviews", "/accord/review-service", "review.approved").isPresent());
        assertTrue(EventOwners.refusal("accord.reviews", "/accord/review-service", "accord.review.approved.x").isPresent());
    }

    @Test
    void unknownTopicsMissingSourcesAndMissingTypesAreRefused() {
        assertTrue(EventOwners.refusal("accord.gateway", "/accord/gateway", "accord.review.approved").isPresent());
        assertTrue(EventOwners.refusal("accord.reviews", null, "accord.review.approved").isPresent());
        assertTrue(EventOwners.refusal("accord.reviews", "/accord/review-service", null).isPresent());
        assertTrue(EventOwners.refusal("accord.reviews", "/accord/review-service/", "accord.review.approved").isPresent(),
                "sources are compared exactly");
    }

    @Test
    void aProducerCannotPublishWhatConsumersWouldRefuse() {
        EventOwners.requirePublishable("accord.complaints", "/accord/complaint-service", "accord.corrective-action.opened");
        assertThrows(IllegalStateException.class,
                () -> EventOwners.requirePublishable("accord.complaints", "/accord/complaint-service", "accord.feedback.escalated"));
    }
}
