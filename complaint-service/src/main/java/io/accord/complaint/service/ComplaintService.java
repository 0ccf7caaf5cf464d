package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.ComplaintStatus;
import io.accord.complaint.Remedy;
import io.accord.complaint.config.ComplaintConfig;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.customers.CustomerReferences;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.persistence.Exists;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import io.accord.infra.signatures.Signer;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.sla.SlaBreaches;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Receives complaints (from people or from escalated feedback) and moves them through their lifecycle. */
@ApplicationScoped
@WritesChanges
public class ComplaintService {

    /**
     * What the list sorts by (ComplaintResource.list documents the same fields); newest first, ties by id ascending, as
     * always. Severity sorts by its code, which is also its order: CRITICAL, MAJOR, MINOR.
     */
    private static final Sorting<Complaint> SORTING = Sorting.<Complaint>unique("id", UUID.class, c -> c.id)
            .field("receivedAt", OffsetDateTime.class, c -> c.receivedAt)
            .field("severity", ComplaintSeverity.class, c -> c.severity)
            .field("status", ComplaintStatus.class, c -> c.status)
            .field("category", ComplaintCategory.class, c -> c.category)
            .field("ackDueAt", OffsetDateTime.class, c -> c.ackDueAt)
            .field("resolutionDueAt", OffsetDateTime.class, c -> c.resolutionDueAt)
            .byDefault("receivedAt,desc", "id,asc");

    /** The deadlines a complaint has, as its SlaBreached events name them. */
    private static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    private static final String RESOLUTION = "RESOLUTION";
    public static final List<String> DEADLINES = List.of(ACKNOWLEDGEMENT, RESOLUTION);

    private final ComplaintConfig config;
    private final CustomerReferences customers;
    private final SlaBreaches breaches;
    private final Signer signer;
    private final ComplaintMail mail;
    private final Clock clock;

    public ComplaintService(ComplaintConfig config, CustomerReferences customers, SlaBreaches breaches, Signer signer,
            ComplaintMail mail, Clock clock) {
        this.config = config;
        this.customers = customers;
        this.breaches = breaches;
        this.signer = signer;
        this.mail = mail;
        this.clock = clock;
    }

    /** A complaint a person records: only for a customer that exists (escalated feedback was checked by feedback-service). */
    @Transactional
    public Complaint receive(ReceiveComplaintCommand r) {
        customers.requireExists(r.customerId());
        return receive(r.customerId(), r.channel(), r.category(), r.severity(), r.description(), r.orderRef(), r.productCode(),
                r.batch(), null);
    }

    /** Opens the complaint for escalated negative feedback, once per feedback however often the event arrives. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromFeedback(UUID feedbackId, UUID customerId, ComplaintCategory category, ComplaintSeverity severity,
            String description, String orderRef) {
        if (Exists.any(Complaint.class, "sourceFeedbackId = ?1", feedbackId)) {
            return;
        }
        receive(customerId, ComplaintChannel.FEEDBACK, category, severity, description, orderRef, null, null, feedbackId);
    }

    /**
     * Opens the complaint for a delivery the customer refused at acceptance (channel ACCEPTANCE, MAJOR: the customer
     * sent goods back), once per delivery however often the event arrives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromRejectedDelivery(UUID requirementId, int deliveryNumber, UUID customerId, ComplaintCategory category,
            String description, String orderRef, String productCode) {
        if (Exists.any(Complaint.class, "requirementId = ?1 and deliveryNumber = ?2", requirementId, deliveryNumber)) {
            return;
        }
        Complaint c = Complaint.receive(customerId, ComplaintChannel.ACCEPTANCE, category, ComplaintSeverity.MAJOR, description,
                orderRef, productCode, null, null, config.acknowledgeWithin(), config.resolveWithin(ComplaintSeverity.MAJOR), now());
        c.requirementId = requirementId;
        c.deliveryNumber = deliveryNumber;
        c.persist();
    }

    private Complaint receive(UUID customerId, ComplaintChannel channel, ComplaintCategory category, ComplaintSeverity severity,
            String description, String orderRef, String productCode, String batch, UUID sourceFeedbackId) {
        Complaint c = Complaint.receive(customerId, channel, category, severity, description, orderRef, productCode, batch,
                sourceFeedbackId, config.acknowledgeWithin(), config.resolveWithin(severity), now());
        c.persist();
        return c;
    }

    @Transactional
    public Complaint acknowledge(UUID id, String ifMatch) {
        Complaint c = writable(id, ifMatch);
        c.acknowledge(now());
        mail.acknowledged(c);
        return c;
    }

    @Transactional
    public Complaint investigate(UUID id, String ifMatch, String rootCause, String containment) {
        Complaint c = writable(id, ifMatch);
        c.investigate(rootCause, containment);
        return c;
    }

    @Transactional
    public Complaint resolve(UUID id, String ifMatch, String summary, Remedy remedy) {
        Complaint c = writable(id, ifMatch);
        c.resolve(summary, remedy, now());
        mail.resolved(c);
        return c;
    }

    /** A closure is signed (CLOSED) by a person who signed in recently (else 401, reauthenticate); a refusal is not. */
    @Transactional
    public Complaint customerConfirms(UUID id, String ifMatch, boolean accepted, String comment) {
        Signature closing = accepted ? signer.sign(SignatureMeaning.CLOSED) : null;
        Complaint c = writable(id, ifMatch);
        c.customerConfirms(accepted, comment, closing, now());
        return c;
    }

    @Transactional
    public Complaint withdraw(UUID id, String ifMatch, String reason) {
        Complaint c = writable(id, ifMatch);
        c.withdraw(reason, now());
        return c;
    }

    /** The complaint to change, if the caller saw its current version. */
    private Complaint writable(UUID id, String ifMatch) {
        Complaint c = get(id);
        Etags.requireMatch(ifMatch, c.version);
        return c;
    }

    /**
     * Reports each missed deadline once (acknowledgement, resolution), including deadlines missed by a late action
     * that came before the watch ran. The report flag is claimed with a conditional update that leaves the
     * complaint's version (its ETag) alone, so users acting on an overdue complaint are not refused with 412, and two
     * watches (replicas) never report the same deadline twice.
     */
    @Transactional
    public int reportSlaBreaches() {
        OffsetDateTime now = now();
        int reported = 0;
        reported += report("ackBreachReported", Complaint.ACK_BREACHED_HQL, ACKNOWLEDGEMENT, now);
        reported += report("resolutionBreachReported", Complaint.RESOLUTION_BREACHED_HQL, RESOLUTION, now);
        return reported;
    }

    private int report(String flag, String breached, String deadline, OffsetDateTime now) {
        List<Complaint> late = Complaint.list(flag + " = false and " + breached, Map.of("now", now));
        int reported = 0;
        for (Complaint c : late) {
            int claimed = Complaint.getEntityManager()
                    .createQuery("update Complaint set " + flag + " = true where id = :id and " + flag + " = false")
                    .setParameter("id", c.id).executeUpdate();
            if (claimed == 1) {
                c.reportMissedDeadline(deadline);
                breaches.missed(breachLabel(deadline));
                reported++;
            }
        }
        return reported;
    }

    /** The deadline as accord_sla_breaches_total names it: {@code acknowledgement}, {@code resolution}. */
    public static String breachLabel(String deadline) {
        return deadline.toLowerCase(Locale.ROOT);
    }

    public Complaint get(UUID id) {
        Complaint c = Complaint.findById(id);
        if (c == null) {
            throw new ResourceNotFoundException("complaint", id);
        }
        return c;
    }

    public Page<Complaint> list(Filter filter, PageParams page) {
        QueryFilter q = new QueryFilter().equal("status", filter.status()).equal("customerId", filter.customerId())
                .equal("severity", filter.severity()).equal("category", filter.category())
                .where("receivedAt >= :from", "from", filter.from()).where("receivedAt < :to", "to", filter.to());
        if (filter.slaBreached() != null) {
            String breached = "((" + Complaint.ACK_BREACHED_HQL + ") or (" + Complaint.RESOLUTION_BREACHED_HQL + "))";
            q.where(filter.slaBreached() ? breached : "not " + breached, "now", now());
        }
        return Pages.of(Complaint.class, q, SORTING, page);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public record Filter(ComplaintStatus status, UUID customerId, ComplaintSeverity severity, ComplaintCategory category,
            Boolean slaBreached, OffsetDateTime from, OffsetDateTime to) {
    }
}
