package io.accord.review.service;

import io.accord.review.MeetingOpinion;
import io.accord.review.ReviewMeeting;

import java.time.OffsetDateTime;
import java.util.List;

/** The record of a review meeting: when, who attended for which department, the minutes, the opinions given there. */
public record RecordMeetingCommand(OffsetDateTime heldAt, List<ReviewMeeting.Attendee> attendees, String minutes,
        List<MeetingOpinion> opinions) {
}
