package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.CorrectiveAction;
import io.accord.infra.mail.MailFormats;
import io.accord.infra.mail.MailOutbox;
import io.accord.infra.mail.MailRequest;
import io.accord.infra.mail.StaffAddresses;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The mail to staff that complaints cause (PROCESS.md §3, notifications and escalation), queued in the transaction of
 * the change or report that causes it: a breached complaint SLA to the quality manager; a corrective action to its
 * owner when opened and when found ineffective (open again); an overdue one to its owner and the quality manager.
 * Staff are mailed in the suite's default language ({@code ACCORD_DEFAULT_LOCALE}). Causes name the complaint or action
 * and the occasion, so a watch that runs twice, or on two replicas, mails once.
 */
@ApplicationScoped
public class ComplaintMails {

    private final MailOutbox outbox;
    private final StaffAddresses staff;

    public ComplaintMails(MailOutbox outbox, StaffAddresses staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    public void slaBreached(Complaint complaint, String deadline, OffsetDateTime dueAt) {
        outbox.queue(slaBreachedMail(complaint, deadline, dueAt, staff.qualityManager(), StaffAddresses.language(null)));
    }

    public void actionOpened(CorrectiveAction action) {
        staff.of(action.owner).ifPresent(owner -> outbox.queue(actionMail(action, "corrective-action",
                "corrective-action-opened:" + action.id, owner, StaffAddresses.language(null), false)));
    }

    /** Found ineffective, the action is the owner's again: each time is its own cause. */
    public void actionReopened(CorrectiveAction action) {
        staff.of(action.owner).ifPresent(owner -> outbox.queue(actionMail(action, "corrective-action",
                "corrective-action-reopened:" + action.id + ":" + action.ineffectiveCount, owner,
                StaffAddresses.language(null), true)));
    }

    public void actionOverdue(CorrectiveAction action) {
        String cause = "corrective-action-overdue:" + action.id;
        Locale language = StaffAddresses.language(null);
        staff.of(action.owner).ifPresent(owner -> outbox.queue(actionMail(action, "corrective-action-overdue", cause, owner,
                language, false)));
        outbox.queue(actionMail(action, "corrective-action-overdue", cause, staff.qualityManager(), language, false));
    }

    static MailRequest slaBreachedMail(Complaint complaint, String deadline, OffsetDateTime dueAt, String recipient,
            Locale locale) {
        return MailRequest.of("complaint-sla-breached", "complaint-sla-breached:" + complaint.id + ":" + deadline, recipient)
                .locale(locale)
                .data("complaintId", complaint.id.toString())
                .data("customerId", complaint.customerId.toString())
                .data("resolution", "RESOLUTION".equals(deadline))
                .data("dueAt", MailFormats.time(dueAt))
                .data("severity", complaint.severity.name())
                .data("category", complaint.category.name())
                .data("status", complaint.status.name())
                .data("description", orEmpty(complaint.description))
                .data("orderRef", orEmpty(complaint.orderRef))
                .data("productCode", orEmpty(complaint.productCode))
                .about(Complaint.AGGREGATE, complaint.id).build();
    }

    static MailRequest actionMail(CorrectiveAction action, String template, String cause, String recipient, Locale locale,
            boolean reopened) {
        return MailRequest.of(template, cause, recipient).locale(locale)
                .data("actionId", action.id.toString())
                .data("complaintId", action.complaintId.toString())
                .data("description", orEmpty(action.description))
                .data("owner", orEmpty(action.owner))
                .data("dueDate", action.dueDate.toString())
                .data("status", action.status.name())
                .data("reopened", reopened)
                .data("verificationNote", orEmpty(action.verificationNote))
                .about(CorrectiveAction.AGGREGATE, action.id).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
