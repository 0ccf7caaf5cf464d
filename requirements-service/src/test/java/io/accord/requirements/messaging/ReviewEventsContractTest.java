package io.accord.requirements.messaging;

import io.accord.review.events.ReviewDecided;
import io.accord.review.events.ReviewOpened;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code review.opened} and {@code review.approved|rejected|clarification-required} as the review-service writes them
 * (its review-events records), read into this service's {@link ReviewEvent}: which review, of which revision.
 */
class ReviewEventsContractTest {

    private static final UUID REVIEW = UUID.fromString("7d1f0c2a-5b3e-4c8d-9a6f-1e2d3c4b5a69");
    private static final UUID REQUIREMENT = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");

    @Test
    void anOpenedReviewNamesTheReviewAndTheRevisionItReviews() {
        ReviewOpened opened = new ReviewOpened(REVIEW, REQUIREMENT, 2, "FULL", Set.of("QUALITY", "FINANCE"),
                List.of("value above the simplified limit"));

        assertEquals(new ReviewEvent(REVIEW, REQUIREMENT, 2), EventContracts.read(opened, ReviewEvent.class));
    }

    @Test
    void aDecisionNamesTheReviewAndTheRevisionItDecides() {
        ReviewDecided decided = new ReviewDecided(REVIEW, REQUIREMENT, 3, "APPROVED", "fine", "finance outvoted");

        assertEquals(new ReviewEvent(REVIEW, REQUIREMENT, 3), EventContracts.read(decided, ReviewEvent.class));
    }
}
