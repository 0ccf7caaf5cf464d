package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.infra.customers.KnownCustomers;
import io.accord.infra.mail.MailOutbox;
import io.accord.infra.mail.MailRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * The complaint's acknowledgement and resolution, mailed to the customer's mail contact in its language, in the
 * transaction of the step. Once per cause: {@code complaint-acknowledged:<id>}, and {@code complaint-resolved:<id>:<n>}
 * for the n-th resolution (a resolution after a reopening is a new mail; a retried command is not). A customer without
 * an address, or not heard of here, gets no mail: the complaint's steps do not wait for one. Called inside the step's
 * transaction (the outbox refuses a mail outside one); it changes no aggregate.
 */
@ApplicationScoped
class ComplaintMail {

    private final KnownCustomers customers;
    private final MailOutbox outbox;

    ComplaintMail(KnownCustomers customers, MailOutbox outbox) {
        this.customers = customers;
        this.outbox = outbox;
    }

    void acknowledged(Complaint c) {
        send(c, "complaint-acknowledged", "complaint-acknowledged:" + c.id, mail -> mail
                .data("resolutionDueOn", DateTimeFormatter.ISO_LOCAL_DATE.format(c.resolutionDueAt)));
    }

    void resolved(Complaint c) {
        send(c, "complaint-resolved", "complaint-resolved:" + c.id + ":" + (c.reopenCount + 1), mail -> mail
                .data("resolutionSummary", c.resolutionSummary).data("remedy", c.remedy.name())
                .data("afterReopening", c.reopenCount > 0));
    }

    private void send(Complaint c, String template, String cause, UnaryOperator<MailRequest.Builder> details) {
        customers.find(c.customerId).flatMap(customer -> customer.mail(template, cause)).ifPresent(mail ->
                outbox.queue(details.apply(mail.about(Complaint.AGGREGATE, c.id).data("complaintId", c.id.toString())
                        .data("orderRef", c.orderRef == null ? "" : c.orderRef)
                        .data("receivedOn", DateTimeFormatter.ISO_LOCAL_DATE.format(c.receivedAt))).build()));
    }
}
