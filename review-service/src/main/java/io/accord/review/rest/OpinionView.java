package io.accord.review.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.accord.review.Opinion;
import io.accord.review.ReviewForm;
import io.accord.review.ReviewMeeting;

import java.util.List;

/** An opinion as the review shows it: its fields, and whether it was given at the review meeting or countersigned. */
public record OpinionView(@JsonUnwrapped Opinion opinion, ReviewForm source) {

    static List<OpinionView> of(List<Opinion> opinions, ReviewMeeting meeting) {
        return opinions.stream().map(o -> new OpinionView(o,
                meeting != null && meeting.gave(o) ? ReviewForm.MEETING : ReviewForm.COUNTERSIGNATURE)).toList();
    }
}
