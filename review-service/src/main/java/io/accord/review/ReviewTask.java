package io.accord.review;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.OffsetDateTime;

/**
 * A required department's task on a review: its opinion is due at {@code dueAt}; {@code overdue} is set once.
 * Stored with the review as JSON: tasks written before delegation and escalation existed read with the later fields
 * null.
 *
 * @param assignee         the person the task was delegated to (user id); null while it is the department's as a whole
 * @param delegatedBy      who delegated it last, and when ({@code delegatedAt}), and why ({@code delegationReason})
 * @param remindedAt       when the department mailbox was reminded of the overdue task (once)
 * @param escalatedAt      when the overdue task went to the department's manager and the general manager (once)
 */
public record ReviewTask(Department department, OffsetDateTime dueAt, boolean overdue, String assignee, String delegatedBy,
        OffsetDateTime delegatedAt, String delegationReason, OffsetDateTime remindedAt, OffsetDateTime escalatedAt) {

    @JsonCreator
    public ReviewTask {
    }

    /** A task just opened: the department's, due at {@code dueAt}. */
    public ReviewTask(Department department, OffsetDateTime dueAt, boolean overdue) {
        this(department, dueAt, overdue, null, null, null, null, null, null);
    }

    public ReviewTask markedOverdue() {
        return new ReviewTask(department, dueAt, true, assignee, delegatedBy, delegatedAt, delegationReason, remindedAt,
                escalatedAt);
    }

    public ReviewTask delegatedTo(String to, String by, String reason, OffsetDateTime at) {
        return new ReviewTask(department, dueAt, overdue, to, by, at, reason, remindedAt, escalatedAt);
    }

    public ReviewTask remindedAt(OffsetDateTime at) {
        return new ReviewTask(department, dueAt, overdue, assignee, delegatedBy, delegatedAt, delegationReason, at, escalatedAt);
    }

    public ReviewTask escalatedAt(OffsetDateTime at) {
        return new ReviewTask(department, dueAt, overdue, assignee, delegatedBy, delegatedAt, delegationReason, remindedAt, at);
    }
}
