package io.accord.review.service;

import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailFormats;
import io.accord.infra.mail.MailOutbox;
import io.accord.infra.mail.MailRequest;
import io.accord.infra.mail.StaffAddresses;
import io.accord.review.DepartmentEntry;
import io.accord.review.EscalationRules;
import io.accord.review.Review;
import io.accord.review.ReviewTask;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail a review's tasks cause (PROCESS.md §3, notifications and escalation), queued in the transaction of the
 * change that causes it: the task to each department's mailbox when its review opens, the reminder of an overdue task,
 * its escalation to the department's manager and the general manager, the delegation to the delegate. Each cause is
 * named after the review, the department (and the delegation), so a retried change mails nobody twice.
 */
@ApplicationScoped
public class ReviewMails {

    private static final Logger LOG = Logger.getLogger(ReviewMails.class);
    private static final String ABOUT = "review";

    private final MailOutbox outbox;
    private final StaffAddresses staff;

    public ReviewMails(MailOutbox outbox, StaffAddresses staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    /** Each task still waiting for an opinion goes to its department (none for a simplified review: it has no tasks). */
    public void tasksOpened(Review review, boolean amended) {
        for (ReviewTask task : review.openTasks()) {
            DepartmentEntry department = DepartmentEntry.findById(task.department().code());
            Optional<String> mailbox = mailbox(department);
            if (mailbox.isEmpty()) {
                LOG.warnf("department %s has neither mailbox nor manager in the directory: its task on review %s is not mailed",
                        task.department(), review.id);
                continue;
            }
            queue(review, task, department, "review-task", "review-task:" + review.id + ":" + task.department(),
                    mailbox.get(), language(department), amended, "");
        }
    }

    /** A reminder goes to the department (and to the person the task was delegated to); an escalation to its managers. */
    public void chased(Review review, Review.Chase chase, EscalationRules rules) {
        ReviewTask task = chase.task();
        DepartmentEntry department = DepartmentEntry.findById(task.department().code());
        String key = review.id + ":" + task.department();
        if (chase.step() == EscalationRules.Step.REMIND) {
            List<String> to = new ArrayList<>();
            mailbox(department).ifPresent(to::add);
            staff.of(task.assignee()).ifPresent(to::add);
            to.forEach(address -> queue(review, task, department, "review-task-reminder", "review-task-reminder:" + key,
                    address, language(department), false, hours(rules.remindAfterHours())));
        } else {
            Optional<String> manager = staff.of(department == null ? null : department.manager);
            if (manager.isEmpty()) {
                LOG.warnf("department %s has no manager in the directory: its overdue task on review %s goes to the general"
                        + " manager alone", task.department(), review.id);
            }
            manager.ifPresent(address -> queue(review, task, department, "review-task-escalation",
                    "review-task-escalation:" + key, address, language(department), false, hours(rules.escalateAfterHours())));
            queue(review, task, department, "review-task-escalation", "review-task-escalation:" + key,
                    staff.generalManager(), StaffAddresses.language(null), false, hours(rules.escalateAfterHours()));
        }
    }

    /** The delegate learns of the task; each delegation is its own cause (a task may be handed on again). */
    public void delegated(Review review, ReviewTask task) {
        DepartmentEntry department = DepartmentEntry.findById(task.department().code());
        queue(review, task, department, "review-task-delegated", "review-task-delegated:" + review.id + ":"
                        + task.department() + ":" + task.delegatedAt().toInstant().toEpochMilli(),
                staff.of(task.assignee()).orElseThrow(), language(department), false, "");
    }

    private void queue(Review review, ReviewTask task, DepartmentEntry department, String template, String cause,
            String recipient, Locale locale, boolean amended, String hoursLate) {
        outbox.queue(mail(review, task, department, template, cause, recipient, locale, amended, hoursLate));
    }

    /** One of the task mails (its template reads every entry, so each is there, empty when there is nothing to say). */
    static MailRequest mail(Review review, ReviewTask task, DepartmentEntry department, String template, String cause,
            String recipient, Locale locale, boolean amended, String hoursLate) {
        return MailRequest.of(template, cause, recipient).locale(locale)
                .data("departmentName", departmentName(department, task, locale))
                .data("departmentCode", task.department().code())
                .data("requirementTitle", orEmpty(review.requirement.title()))
                .data("customerCode", orEmpty(review.requirement.customerCode()))
                .data("revision", review.requirementRevision)
                .data("round", review.round)
                .data("amended", amended)
                .data("reviewId", review.id.toString())
                .data("dueAt", MailFormats.time(task.dueAt()))
                .data("hoursLate", hoursLate)
                .data("assignee", orEmpty(task.assignee()))
                .data("delegatedBy", orEmpty(task.delegatedBy()))
                .data("reason", orEmpty(task.delegationReason()))
                .about(ABOUT, review.id).build();
    }

    /** The department's mailbox, or its manager when it has none (someone must hear of the task). */
    private Optional<String> mailbox(DepartmentEntry department) {
        if (department == null) {
            return Optional.empty();
        }
        return department.mailbox != null && !department.mailbox.isBlank() ? Optional.of(department.mailbox)
                : staff.of(department.manager);
    }

    private static Locale language(DepartmentEntry department) {
        return StaffAddresses.language(department == null ? null : department.language);
    }

    private static String departmentName(DepartmentEntry department, ReviewTask task, Locale locale) {
        if (department == null) {
            return task.department().code();
        }
        return Locales.CHINESE.getLanguage().equals(locale.getLanguage()) ? department.nameZh : department.nameEn;
    }

    private static String hours(int hours) {
        return Integer.toString(hours);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
