package io.accord.review;

import java.time.OffsetDateTime;

/** A required department's task on a review: its opinion is due at {@code dueAt}; {@code overdue} is set once. */
public record ReviewTask(Department department, OffsetDateTime dueAt, boolean overdue) {

    public ReviewTask markedOverdue() {
        return new ReviewTask(department, dueAt, true);
    }
}
