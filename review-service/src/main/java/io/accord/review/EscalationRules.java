package io.accord.review;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How the review policy chases a department task past its due time (PROCESS.md §3, notifications and escalation):
 * {@code remindAfterHours} after the due time the department mailbox is reminded, {@code escalateAfterHours} after it
 * the department's manager and the general manager are told. Each step is taken once per task, and none once the
 * department has given its opinion.
 */
public record EscalationRules(@NotNull @Min(0) @Max(2160) Integer remindAfterHours,
        @NotNull @Min(0) @Max(2160) Integer escalateAfterHours) {

    /** What a policy stored before escalation existed means: remind when overdue, escalate a day later. */
    public static final EscalationRules DEFAULT = new EscalationRules(0, 24);

    public enum Step { REMIND, ESCALATE }

    /** The escalation comes after the reminder (400 naming {@code escalation.escalateAfterHours} otherwise). */
    public void requireOrdered() {
        if (escalateAfterHours <= remindAfterHours) {
            throw new InvalidFieldException("escalation.escalateAfterHours",
                    Text.of("review.policy.escalation.order", remindAfterHours));
        }
    }

    /**
     * The steps due for {@code task} at {@code now} and not taken yet, in order: a step is due once its threshold has
     * passed (strictly, as a task is overdue only after its due time).
     */
    public List<Step> due(ReviewTask task, boolean answered, OffsetDateTime now) {
        List<Step> due = new ArrayList<>();
        if (answered) {
            return due;
        }
        if (task.remindedAt() == null && now.isAfter(task.dueAt().plusHours(remindAfterHours))) {
            due.add(Step.REMIND);
        }
        if (task.escalatedAt() == null && now.isAfter(task.dueAt().plusHours(escalateAfterHours))) {
            due.add(Step.ESCALATE);
        }
        return due;
    }
}
