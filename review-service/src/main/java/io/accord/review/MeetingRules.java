package io.accord.review;

import io.accord.infra.errors.InvalidFieldException;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a review meeting's record must hold to count as the review (PROCESS.md §3): it was held after the review opened
 * and is not in the future; it had attendees, each for a department this review requires (other departments have
 * nothing to sign here); an opinion comes from a department that attended, once per department, and an approval with
 * conditions lists them. Each refusal names the field, as a 400.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static void check(Review review, OffsetDateTime heldAt, List<ReviewMeeting.Attendee> attendees, List<MeetingOpinion> given,
            OffsetDateTime now) {
        if (heldAt == null) {
            throw new InvalidFieldException("heldAt", "must say when the meeting was held");
        }
        if (heldAt.isAfter(now)) {
            throw new InvalidFieldException("heldAt", "a meeting is recorded once it was held; " + heldAt + " is still ahead");
        }
        if (heldAt.isBefore(review.openedAt)) {
            throw new InvalidFieldException("heldAt", "the review opened at " + review.openedAt
                    + "; a meeting before that did not review this round");
        }
        if (attendees == null || attendees.isEmpty()) {
            throw new InvalidFieldException("attendees", "a meeting needs its attendees");
        }
        Set<Department> present = new HashSet<>();
        for (int i = 0; i < attendees.size(); i++) {
            Department department = attendees.get(i).department();
            if (!review.requires(department)) {
                throw new InvalidFieldException("attendees[" + i + "].department", department
                        + " is not a required department of this review");
            }
            present.add(department);
        }
        Set<Department> spoke = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MeetingOpinion opinion = given.get(i);
            if (!present.contains(opinion.department())) {
                throw new InvalidFieldException("opinions[" + i + "].department", opinion.department()
                        + " did not attend the meeting: it countersigns instead");
            }
            if (!spoke.add(opinion.department())) {
                throw new InvalidFieldException("opinions[" + i + "].department", opinion.department()
                        + " has one opinion per meeting");
            }
            if (opinion.verdict() == Verdict.APPROVE_WITH_CONDITIONS
                    && (opinion.conditions() == null || opinion.conditions().isEmpty())) {
                throw new InvalidFieldException("opinions[" + i + "].conditions", "an approval with conditions must list them");
            }
        }
    }
}
