package io.accord.requirements;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.changes.ChangeBuilder;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.requirements.events.RequirementAmended;
import io.accord.requirements.events.RequirementCaptured;
import io.accord.requirements.events.RequirementDelivered;
import io.accord.requirements.events.RequirementDeliveryAccepted;
import io.accord.requirements.events.RequirementDeliveryRecorded;
import io.accord.requirements.events.RequirementDeliveryRejected;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.events.RequirementStatusChanged;
import io.accord.requirements.events.RequirementSubmitted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One inquiry, tender, contract or order with numbered revisions. State transitions live here and refuse
 * illegal moves with a 409 that names the current state.
 */
@Entity
@Table(name = "requirement")
public class Requirement extends Aggregate {

    public static final String AGGREGATE = "requirement";

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementStatus status;

    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public RequirementContent content;

    @Column(name = "review_id")
    public UUID reviewId;

    /** Not given in writing (a verbal order, or flagged so at capture): needs the customer's confirmation. */
    @Column(nullable = false)
    public boolean unwritten;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Confirmation confirmation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Discrepancy> discrepancies = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Delivery> deliveries = new ArrayList<>();

    /** The notes the record was resubmitted with after the review asked for clarification, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Clarification> clarifications = new ArrayList<>();

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** For ERP orders: the calling machine client and its own order number (unique per client). */
    @Column(name = "erp_client")
    public String erpClient;

    @Column(name = "erp_order_no")
    public String erpOrderNo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Requirement capture(UUID customerId, RequirementSource source, RequirementContent content,
            boolean flaggedUnwritten, String actor, OffsetDateTime now) {
        return capture(customerId, source, content, flaggedUnwritten, null, null, actor, now);
    }

    /** Captures a record; an ERP order names the client and its order number, so the client can follow it. */
    public static Requirement capture(UUID customerId, RequirementSource source, RequirementContent content,
            boolean flaggedUnwritten, String erpClient, String erpOrderNo, String actor, OffsetDateTime now) {
        Requirement r = new Requirement();
        r.id = UUID.randomUUID();
        r.customerId = customerId;
        r.source = source;
        r.content = content;
        r.revision = 1;
        r.unwritten = source.isUnwritten() || flaggedUnwritten;
        r.status = r.unwritten ? RequirementStatus.AWAITING_CONFIRMATION : RequirementStatus.CAPTURED;
        r.discrepancies = new ArrayList<>(Discrepancies.of(content, List.of()));
        r.erpClient = erpClient;
        r.erpOrderNo = erpOrderNo;
        r.createdBy = actor;
        r.createdAt = now;
        r.updatedAt = r.createdAt;
        r.change("captured").to(r.status).event(RequirementEventTypes.REQUIREMENT_CAPTURED, new RequirementCaptured(r.id,
                r.revision, customerId, source.name(), content.title(), r.status.name(), erpClient, erpOrderNo)).record();
        return r;
    }

    /** Sends the current revision to review; the event carries what the review's routing needs of the customer. */
    public void submit(Customer customer, OffsetDateTime now) {
        submit(customer, null, null, now);
    }

    /**
     * Sends the current revision to review. A record the review sent back for clarification goes again only with the
     * {@code clarification} (what was clarified, by {@code by}): the review opens its next round of this revision and
     * shows the note to the reviewers. Any other submission takes none.
     */
    public void submit(Customer customer, String clarification, String by, OffsetDateTime now) {
        refuseSubmission();
        boolean clarifying = status == RequirementStatus.CLARIFICATION_REQUESTED;
        boolean noted = clarification != null && !clarification.isBlank();
        if (clarifying && !noted) {
            throw new InvalidFieldException("clarification", "the review asked for clarification: say what was clarified");
        }
        if (!clarifying && clarification != null) {
            throw new InvalidFieldException("clarification", "only a record whose review asked for clarification takes one (it is "
                    + status + ")");
        }
        Clarification note = clarifying ? new Clarification(revision, clarification.strip(), by, now) : null;
        RequirementStatus before = status;
        if (note != null) {
            List<Clarification> next = new ArrayList<>(clarifications);
            next.add(note);
            clarifications = next;
        }
        moveTo(RequirementStatus.SUBMITTED, now);
        change("submitted").from(before).to(status).detail(note == null ? null : Map.of("clarification", note))
                .event(RequirementEventTypes.REQUIREMENT_SUBMITTED, submitted(customer, note)).record();
    }

    private void refuseSubmission() {
        if (status == RequirementStatus.AWAITING_CONFIRMATION) {
            throw new IllegalTransitionException("requirement", status,
                    Text.of("requirements.submit.unconfirmed"));
        }
        if (!RequirementStatus.SUBMITTABLE.contains(status)) {
            throw new IllegalTransitionException("requirement", status, Text.of("requirements.submit.state"));
        }
        List<String> open = discrepancies.stream().filter(d -> !d.isResolved()).map(Discrepancy::key).toList();
        if (!open.isEmpty()) {
            throw new IllegalTransitionException("requirement", status,
                    Text.of("requirements.submit.discrepancies", open));
        }
    }

    /** Records the customer's confirmation of an unwritten requirement. */
    public void confirm(Confirmation record) {
        if (status != RequirementStatus.AWAITING_CONFIRMATION) {
            throw new IllegalTransitionException("requirement", status, Text.of("requirements.confirm.state"));
        }
        confirmation = record;
        RequirementStatus before = status;
        moveTo(RequirementStatus.CONFIRMED, record.recordedAt());
        statusChanged("confirmed by customer", before, record, RequirementEventTypes.REQUIREMENT_CONFIRMED);
    }

    /** Notes how a difference from the quotation was settled; returns the resolved discrepancy. */
    public Discrepancy resolveDiscrepancy(String key, Discrepancy.Resolution resolution) {
        refuseIfTerminal("requirements.terminal.resolve");
        for (int i = 0; i < discrepancies.size(); i++) {
            Discrepancy d = discrepancies.get(i);
            if (d.key().equals(key)) {
                List<Discrepancy> next = new ArrayList<>(discrepancies);
                next.set(i, d.resolved(resolution));
                discrepancies = next;
                updatedAt = resolution.at();
                change("discrepancy resolved").in(status).detail(next.get(i)).record();
                return next.get(i);
            }
        }
        throw new ResourceNotFoundException("discrepancy", key);
    }

    /**
     * Makes {@code next} revision n+1, which changed {@code changedPaths}. A record already sent to review goes back
     * to it (AMENDED, and the review hears of it); one not yet submitted keeps its state. Returns whether the
     * amendment needs a review.
     */
    public boolean amend(RequirementContent next, List<String> changedPaths, String reason, Customer customer,
            OffsetDateTime now) {
        refuseIfTerminal("requirements.terminal.amend");
        boolean needsReview = !RequirementStatus.BEFORE_SUBMISSION.contains(status);
        RequirementStatus before = status;
        int previous = revision;
        content = next;
        revision++;
        discrepancies = new ArrayList<>(Discrepancies.of(next, discrepancies));
        if (needsReview) {
            moveTo(RequirementStatus.AMENDED, now);
        } else {
            updatedAt = now;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("changedPaths", changedPaths);
        ChangeBuilder amended = change("amended to revision " + revision).from(before).to(status).detail(detail);
        if (needsReview) {
            amended.event(RequirementEventTypes.REQUIREMENT_AMENDED,
                    new RequirementAmended(id, revision, previous, reason, changedPaths, submitted(customer)));
        }
        amended.record();
        return needsReview;
    }

    public void cancel(String reason, OffsetDateTime now) {
        refuseIfTerminal("requirements.terminal.cancel");
        cancellationReason = reason;
        RequirementStatus before = status;
        moveTo(RequirementStatus.CANCELLED, now);
        statusChanged("cancelled", before, new Cancellation(reason), RequirementEventTypes.REQUIREMENT_CANCELLED);
    }

    /** The history's detail of a cancellation. */
    public record Cancellation(String reason) {
    }

    /**
     * Records delivery n+1 of an accepted requirement: the {@code requested} lines, or everything outstanding when none
     * are named ({@link Deliveries}). The record stays ACCEPTED until the customer has accepted every line in full.
     */
    public Delivery deliver(List<Delivery.Line> requested, String reference, String note, String actor, OffsetDateTime now) {
        if (status != RequirementStatus.ACCEPTED) {
            throw new IllegalTransitionException("requirement", status, Text.of("requirements.deliver.state"));
        }
        Delivery delivery = new Delivery(deliveries.size() + 1, reference, note,
                Deliveries.linesOf(content, deliveries, requested), now, actor, null);
        List<Delivery> next = new ArrayList<>(deliveries);
        next.add(delivery);
        deliveries = next;
        updatedAt = now;
        change("delivery " + delivery.number() + " recorded").in(status).detail(delivery)
                .event(RequirementEventTypes.DELIVERY_RECORDED, new RequirementDeliveryRecorded(id, revision, customerId,
                        erpClient, erpOrderNo, delivery.number(), reference, eventLines(delivery),
                        Deliveries.allDelivered(content, deliveries), now))
                .record();
        return delivery;
    }

    /**
     * The customer's acceptance of delivery {@code number}, once. A rejection needs a reason and reopens the delivery's
     * quantities; an acceptance that leaves nothing to deliver or accept makes the record DELIVERED.
     */
    public Delivery recordAcceptance(int number, Delivery.Acceptance decision) {
        if (status != RequirementStatus.ACCEPTED) {
            throw new IllegalTransitionException("requirement", status, "only an ACCEPTED requirement's deliveries can be accepted");
        }
        if (number < 1 || number > deliveries.size()) {
            throw new ResourceNotFoundException("delivery " + number + " of requirement", id);
        }
        Delivery delivery = deliveries.get(number - 1);
        if (!delivery.pending()) {
            throw new ConflictException("delivery " + number + " was already " + (delivery.accepted() ? "accepted" : "rejected")
                    + " by the customer on " + delivery.acceptance().at());
        }
        if (!decision.accepted() && (decision.reason() == null || decision.reason().isBlank())) {
            throw new InvalidFieldException("reason", "is required when the customer rejects the delivery");
        }
        Delivery decided = delivery.withAcceptance(decision);
        List<Delivery> next = new ArrayList<>(deliveries);
        next.set(number - 1, decided);
        deliveries = next;
        updatedAt = decision.at();
        if (decision.accepted()) {
            change("delivery " + number + " accepted").in(status).detail(decided)
                    .event(RequirementEventTypes.DELIVERY_ACCEPTED, new RequirementDeliveryAccepted(id, revision, customerId,
                            erpClient, erpOrderNo, number, decided.reference(), decision.at()))
                    .record();
            if (Deliveries.complete(content, deliveries)) {
                RequirementStatus before = status;
                moveTo(RequirementStatus.DELIVERED, decision.at());
                change("delivered").from(before).to(status).detail(decided)
                        .event(RequirementEventTypes.REQUIREMENT_DELIVERED, new RequirementDelivered(id, revision, customerId,
                                erpClient, erpOrderNo, decided.reference(), decision.at()))
                        .record();
            }
        } else {
            change("delivery " + number + " rejected").in(status).detail(decided)
                    .event(RequirementEventTypes.DELIVERY_REJECTED, new RequirementDeliveryRejected(id, revision, customerId,
                            erpClient, erpOrderNo, erpOrderNo != null ? erpOrderNo : content.externalRef(), content.title(),
                            number, decided.reference(), eventLines(decided), decision.category().name(), decision.reason(),
                            decision.at()))
                    .record();
        }
        return decided;
    }

    private static List<RequirementDeliveryRecorded.Line> eventLines(Delivery delivery) {
        return delivery.lines().stream().map(l -> new RequirementDeliveryRecorded.Line(l.productCode(), l.quantity())).toList();
    }

    private void refuseIfTerminal(String key) {
        if (status.isTerminal()) {
            throw new IllegalTransitionException("requirement", status, Text.of(key, status));
        }
    }

    /** A review was opened for a revision; ignored for any revision but the current one. */
    public boolean reviewOpened(UUID review, int forRevision, OffsetDateTime now) {
        if (forRevision != revision || !RequirementStatus.IN_REVIEW.contains(status) || status == RequirementStatus.UNDER_REVIEW) {
            return false;
        }
        reviewId = review;
        RequirementStatus before = status;
        moveTo(RequirementStatus.UNDER_REVIEW, now);
        statusChanged("review opened", before, reviewRound(), RequirementEventTypes.REQUIREMENT_STATUS_CHANGED);
        return true;
    }

    /** The general manager decided; only a decision on the current revision under review moves the record. */
    public boolean reviewDecided(UUID review, int forRevision, RequirementStatus outcome, OffsetDateTime now) {
        if (forRevision != revision || !RequirementStatus.IN_REVIEW.contains(status)) {
            return false;
        }
        reviewId = review;
        RequirementStatus before = status;
        moveTo(outcome, now);
        statusChanged("review decided", before, reviewRound(), RequirementEventTypes.REQUIREMENT_STATUS_CHANGED);
        return true;
    }

    /**
     * Which review and round of the current revision the history's review entries speak of: each clarification of this
     * revision opened one more round after the first.
     */
    private Map<String, Object> reviewRound() {
        long clarified = clarifications.stream().filter(c -> c.revision() == revision).count();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewId", reviewId);
        detail.put("round", clarified + 1);
        return detail;
    }

    private void statusChanged(String action, RequirementStatus before, Object detail, String eventType) {
        change(action).from(before).to(status).detail(detail).event(eventType, new RequirementStatusChanged(id, revision,
                customerId, before.name(), status.name(), reviewId, erpClient, erpOrderNo)).record();
    }

    /** What a review needs to know of the current revision: its content and whether the customer is new. */
    private RequirementSubmitted submitted(Customer customer) {
        return submitted(customer, null);
    }

    private RequirementSubmitted submitted(Customer customer, Clarification note) {
        Set<RequirementCategory> categories = EnumSet.noneOf(RequirementCategory.class);
        content.requirements().forEach(line -> categories.add(line.category()));
        return new RequirementSubmitted(id, revision, customerId, customer.code, customer.isNewCustomer(), source.name(),
                content.title(), content.totalValue().toPlainString(), content.currency(), names(categories),
                content.services() == null ? null : content.services().stream().map(Enum::name).toList(),
                content.highRisk(), content.paymentTerms(),
                content.items() == null ? null : content.items().stream().map(Requirement::item).toList(),
                delivery(content.delivery()),
                note == null ? null : new RequirementSubmitted.Clarification(note.text(), note.by(), note.at()),
                content.externalRef(), erpOrderNo,
                content.requirements() == null ? null : content.requirements().stream().map(Requirement::line).toList(),
                content.quotationRef(), discrepancies.stream().map(Requirement::discrepancy).toList(), unwritten,
                confirmation == null ? null : new RequirementSubmitted.Confirmation(confirmation.method().name(),
                        confirmation.confirmedBy(), confirmation.reference(), confirmation.recordedBy(),
                        confirmation.recordedAt()));
    }

    private static RequirementSubmitted.Line line(RequirementContent.Line l) {
        return new RequirementSubmitted.Line(l.category() == null ? null : l.category().name(), l.text(), l.reference());
    }

    private static RequirementSubmitted.Discrepancy discrepancy(Discrepancy d) {
        Discrepancy.Resolution r = d.resolution();
        return new RequirementSubmitted.Discrepancy(d.key(), d.kind().name(), d.productCode(), d.quoted(), d.requested(),
                r == null ? null : new RequirementSubmitted.Resolution(r.note(), r.by(), r.at()));
    }

    /** In the enum's order, as the set of the enums was written before the payloads had their own types. */
    private static Set<String> names(Set<RequirementCategory> categories) {
        return categories.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static RequirementSubmitted.Item item(RequirementContent.Item i) {
        return new RequirementSubmitted.Item(i.productCode(), i.description(), i.specification(), i.quantity(), i.unit(),
                i.unitPrice(), i.currency(), i.customSpecification());
    }

    private static RequirementSubmitted.Delivery delivery(RequirementContent.Delivery d) {
        return d == null ? null : new RequirementSubmitted.Delivery(d.dueDate(), d.place(), d.terms());
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    /** Events of a record speak of the revision it had when they happened. */
    @Override
    protected Integer eventRevision() {
        return revision;
    }

    private void moveTo(RequirementStatus next, OffsetDateTime at) {
        status = next;
        updatedAt = at;
    }
}
