package io.accord.review;

import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.accord.review.ReviewTest.OPENED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review held as a meeting (评审会, PROCESS.md §3): its record names when it was held, who attended for which required
 * department and the minutes; the opinions given there are the attending departments' signatures, and whoever did not
 * speak there countersigns.
 */
class ReviewMeetingTest {

    static final OffsetDateTime HELD = OPENED.plusHours(20);
    static final OffsetDateTime RECORDED = OPENED.plusHours(22);

    static Review open() {
        return ReviewTest.open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION, Department.FINANCE);
    }

    static ReviewMeeting.Attendee attendee(Department department, String name) {
        return new ReviewMeeting.Attendee(department, name);
    }

    static MeetingOpinion opinion(Department department, Verdict verdict, String... conditions) {
        return new MeetingOpinion(department, verdict, "said at the meeting", List.of(conditions));
    }

    @Test
    void theOpinionsGivenAtTheMeetingAreTheAttendingDepartmentsAndTheOthersCountersign() {
        Review r = open();
        r.recordOpinion(Department.QUALITY, Verdict.REJECT, "before the meeting", null, "q.reviewer", OPENED.plusHours(1));

        List<Opinion> given = r.recordMeeting(HELD, List.of(attendee(Department.QUALITY, "Liu Jing"),
                        attendee(Department.PRODUCTION, "Zhao Qiang"), attendee(Department.PRODUCTION, "Sun Lei")),
                "minutes of the meeting", List.of(opinion(Department.QUALITY, Verdict.APPROVE),
                        opinion(Department.PRODUCTION, Verdict.APPROVE_WITH_CONDITIONS, "a second shift")),
                "chen.sm", RECORDED);

        assertEquals(ReviewForm.MEETING, r.form());
        assertEquals(List.of(Department.QUALITY, Department.PRODUCTION), r.meeting.opinionsFrom());
        assertEquals("chen.sm", r.meeting.recordedBy());
        assertEquals("Zhao Qiang, Sun Lei", given.get(1).by(), "the opinion is signed by who spoke for the department");
        assertEquals(Verdict.APPROVE, r.currentOpinion(Department.QUALITY).orElseThrow().verdict());
        assertFalse(r.meeting.gave(r.opinions.get(0)), "the countersigned opinion before the meeting stays, not current");
        assertFalse(r.opinions.get(0).current());
        assertTrue(r.meeting.gave(r.currentOpinion(Department.PRODUCTION).orElseThrow()));
        assertEquals(List.of(Department.FINANCE), List.copyOf(r.missingOpinions()));

        r.recordOpinion(Department.FINANCE, Verdict.APPROVE, null, null, "f.reviewer", RECORDED.plusHours(1));
        assertFalse(r.meeting.gave(r.currentOpinion(Department.FINANCE).orElseThrow()));
        r.consolidate(ReviewTest.consolidation());
        assertEquals(ReviewStatus.CONSOLIDATED, r.status);
    }

    @Test
    void aReviewWithoutAMeetingIsHeldByCountersignature() {
        assertEquals(ReviewForm.COUNTERSIGNATURE, open().form());
    }

    @Test
    void oneMeetingPerRound() {
        Review r = open();
        r.recordMeeting(HELD, List.of(attendee(Department.QUALITY, "Liu Jing")), "first", List.of(), "chen.sm", RECORDED);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> r.recordMeeting(HELD,
                List.of(attendee(Department.FINANCE, "Qian")), "second", List.of(), "chen.sm", RECORDED.plusHours(1)));
        assertEquals("OPEN", refused.currentState());
        assertEquals("first", r.meeting.minutes());
    }

    @Test
    void eachIllegalRecordIsRefusedNamingItsFieldAndChangesNothing() {
        assertRefused("heldAt", RECORDED.plusMinutes(1), List.of(attendee(Department.QUALITY, "Liu")), List.of());
        assertRefused("heldAt", OPENED.minusDays(1), List.of(attendee(Department.QUALITY, "Liu")), List.of());
        assertRefused("attendees", HELD, List.of(), List.of());
        assertRefused("attendees[1].department", HELD,
                List.of(attendee(Department.QUALITY, "Liu"), attendee(Department.LEGAL, "Zhou")), List.of());
        assertRefused("opinions[0].department", HELD, List.of(attendee(Department.QUALITY, "Liu")),
                List.of(opinion(Department.FINANCE, Verdict.APPROVE)));
        assertRefused("opinions[1].department", HELD, List.of(attendee(Department.QUALITY, "Liu")),
                List.of(opinion(Department.QUALITY, Verdict.APPROVE), opinion(Department.QUALITY, Verdict.REJECT)));
        assertRefused("opinions[0].conditions", HELD, List.of(attendee(Department.QUALITY, "Liu")),
                List.of(opinion(Department.QUALITY, Verdict.APPROVE_WITH_CONDITIONS)));
    }

    private static void assertRefused(String field, OffsetDateTime heldAt, List<ReviewMeeting.Attendee> attendees,
            List<MeetingOpinion> opinions) {
        Review r = open();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> r.recordMeeting(heldAt, attendees, "minutes", opinions, "chen.sm", RECORDED));
        assertEquals(field, refused.violations().get(0).field(), refused.getMessage());
        assertNull(r.meeting);
        assertTrue(r.opinions.isEmpty());
    }
}
