package io.accord.review;

import java.time.OffsetDateTime;

public record DecisionRecord(Decision decision, String comment, String overrideReason, String by, OffsetDateTime at) {
}
