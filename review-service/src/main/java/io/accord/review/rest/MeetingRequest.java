package io.accord.review.rest;

import io.accord.review.Department;
import io.accord.review.MeetingOpinion;
import io.accord.review.ReviewMeeting;
import io.accord.review.Verdict;
import io.accord.review.service.RecordMeetingCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/** A review held as a meeting (评审会): when, who attended for which department, the minutes, the opinions given. */
public record MeetingRequest(@NotNull OffsetDateTime heldAt, @NotEmpty @Size(max = 100) List<@Valid @NotNull Attendee> attendees,
        @NotBlank @Size(max = 20000) String minutes, @Size(max = 50) List<@Valid @NotNull Opinion> opinions) {

    public record Attendee(@NotNull Department department, @NotBlank @Size(max = 200) String name) {
    }

    public record Opinion(@NotNull Department department, @NotNull Verdict verdict, @Size(max = 4000) String comment,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> conditions) {
    }

    public RecordMeetingCommand toCommand() {
        return new RecordMeetingCommand(heldAt,
                attendees.stream().map(a -> new ReviewMeeting.Attendee(a.department(), a.name().strip())).toList(), minutes,
                opinions == null ? List.of()
                        : opinions.stream().map(o -> new MeetingOpinion(o.department(), o.verdict(), o.comment(), o.conditions()))
                                .toList());
    }
}
