package io.accord.complaint;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Escalated feedback opens a complaint as bad as the customer's rating says. */
class ComplaintSeverityTest {

    @Test
    void theLowestRatingIsAMajorComplaint() {
        assertEquals(ComplaintSeverity.MAJOR, ComplaintSeverity.ofEscalatedRating(1));
        assertEquals(ComplaintSeverity.MAJOR, ComplaintSeverity.ofEscalatedRating(0));
    }

    @Test
    void anyOtherEscalatedFeedbackIsMinorUntilSomeoneGradesIt() {
        assertEquals(ComplaintSeverity.MINOR, ComplaintSeverity.ofEscalatedRating(2));
        assertEquals(ComplaintSeverity.MINOR, ComplaintSeverity.ofEscalatedRating(5));
        assertEquals(ComplaintSeverity.MINOR, ComplaintSeverity.ofEscalatedRating(null));
    }
}
