package io.accord.complaint;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A complaint opened from escalated feedback is about what the feedback was about. */
class ComplaintCategoryTest {

    @Test
    void aFeedbackCategoryIsKeptAndOneThisServiceDoesNotKnowIsOther() {
        assertEquals(ComplaintCategory.DELIVERY, ComplaintCategory.ofFeedbackCategory("DELIVERY"));
        assertEquals(ComplaintCategory.PRICE, ComplaintCategory.ofFeedbackCategory("PRICE"));
        assertEquals(ComplaintCategory.OTHER, ComplaintCategory.ofFeedbackCategory("PACKAGING"));
        assertEquals(ComplaintCategory.OTHER, ComplaintCategory.ofFeedbackCategory("delivery"));
        assertEquals(ComplaintCategory.OTHER, ComplaintCategory.ofFeedbackCategory(null));
    }
}
