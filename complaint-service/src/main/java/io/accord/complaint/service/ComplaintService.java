package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.ComplaintStatus;
import io.accord.complaint.config.ComplaintConfig;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.ComplaintReceived;
import io.accord.complaint.events.ComplaintStatusChanged;
import io.accord.complaint.events.SlaBreached;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Receives complaints (from people or from escalated feedback) and moves them through their lifecycle. */
@ApplicationScoped
public class ComplaintService {

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ComplaintConfig config;
    private final Clock clock;

    public ComplaintService(EventOutbox outbox, AuditTrail audit, ComplaintConfig config, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Complaint receive(ReceiveComplaintCommand r) {
        return receive(r.customerId(), r.channel(), r.category(), r.severity(), r.description(), r.orderRef(), r.productCode(),
                r.batch(), null);
    }

    /** Opens the complaint for escalated negative feedback, once per feedback however often the event arrives. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromFeedback(UUID feedbackId, UUID customerId, ComplaintCategory category, ComplaintSeverity severity,
            String description, String orderRef) {
        if (Complaint.count("sourceFeedbackId", feedbackId) > 0) {
            return;
        }
        receive(customerId, ComplaintChannel.FEEDBACK, category, severity, description, orderRef, null, null, feedbackId);
    }

    private Complaint receive(UUID customerId, ComplaintChannel channel, ComplaintCategory category, ComplaintSeverity severity,
            String description, String orderRef, String productCode, String batch, UUID sourceFeedbackId) {
        Complaint c = Complaint.receive(customerId, channel, category, severity, description, orderRef, productCode, batch,
                sourceFeedbackId, config.acknowledgeWithin(), config.resolveWithin(severity), now());
        c.persist();
        ComplaintReceived data = new ComplaintReceived(c.id, c.customerId, c.channel, c.category, c.severity, c.description,
                c.orderRef, c.sourceFeedbackId, c.ackDueAt, c.resolutionDueAt);
        audit.record(Complaint.AGGREGATE, c.id, "received", null, c.status, data);
        outbox.append(Complaint.AGGREGATE, c.id, null, ComplaintEventTypes.RECEIVED, data);
        return c;
    }

    @Transactional
    public Complaint acknowledge(UUID id, String ifMatch) {
        return move(id, ifMatch, "acknowledged", ComplaintEventTypes.ACKNOWLEDGED, c -> c.acknowledge(now()), null);
    }

    @Transactional
    public Complaint investigate(UUID id, String ifMatch, String rootCause, String containment) {
        return move(id, ifMatch, "investigation-recorded", ComplaintEventTypes.INVESTIGATION_RECORDED,
                c -> c.investigate(rootCause, containment), Map.of("rootCause", rootCause, "containment", containment));
    }

    @Transactional
    public Complaint resolve(UUID id, String ifMatch, String summary, io.accord.complaint.Remedy remedy) {
        return move(id, ifMatch, "resolved", ComplaintEventTypes.RESOLVED, c -> c.resolve(summary, remedy, now()),
                Map.of("summary", summary, "remedy", remedy));
    }

    @Transactional
    public Complaint customerConfirms(UUID id, String ifMatch, boolean accepted, String comment) {
        Map<String, Object> detail = comment == null ? Map.of("accepted", accepted) : Map.of("accepted", accepted, "comment", comment);
        return move(id, ifMatch, accepted ? "closed" : "reopened", accepted ? ComplaintEventTypes.CLOSED : ComplaintEventTypes.REOPENED,
                c -> c.customerConfirms(accepted, comment, now()), detail);
    }

    @Transactional
    public Complaint withdraw(UUID id, String ifMatch, String reason) {
        return move(id, ifMatch, "withdrawn", ComplaintEventTypes.WITHDRAWN, c -> c.withdraw(reason, now()), Map.of("reason", reason));
    }

    private Complaint move(UUID id, String ifMatch, String action, String eventType, Consumer<Complaint> transition, Object detail) {
        Complaint c = get(id);
        Etags.requireMatch(ifMatch, c.version);
        ComplaintStatus before = c.status;
        transition.accept(c);
        c.flush();
        audit.record(Complaint.AGGREGATE, c.id, action, before, c.status, detail);
        outbox.append(Complaint.AGGREGATE, c.id, null, eventType, new ComplaintStatusChanged(c.id, c.customerId, before, c.status, detail));
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
        reported += report("ackBreachReported", Complaint.ACK_BREACHED_HQL, "ACKNOWLEDGEMENT", now);
        reported += report("resolutionBreachReported", Complaint.RESOLUTION_BREACHED_HQL, "RESOLUTION", now);
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
                OffsetDateTime dueAt = deadline.equals("RESOLUTION") ? c.resolutionDueAt : c.ackDueAt;
                SlaBreached data = new SlaBreached(c.id, c.customerId, deadline, dueAt);
                audit.record(Complaint.AGGREGATE, c.id, "sla-breached", c.status, c.status, data);
                outbox.append(Complaint.AGGREGATE, c.id, null, ComplaintEventTypes.SLA_BREACHED, data);
                reported++;
            }
        }
        return reported;
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
        return Pages.of(Complaint.find(q.query(), Sort.descending("receivedAt").and("id"), q.params()), page);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public record Filter(ComplaintStatus status, UUID customerId, ComplaintSeverity severity, ComplaintCategory category,
            Boolean slaBreached, OffsetDateTime from, OffsetDateTime to) {
    }
}
