package io.accord.review;

import java.util.List;

/** An opinion a department's representative gave at the review meeting, as the minutes record it. */
public record MeetingOpinion(Department department, Verdict verdict, String comment, List<String> conditions) {
}
