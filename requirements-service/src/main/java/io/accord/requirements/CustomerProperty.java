package io.accord.requirements;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.requirements.events.CustomerPropertyEvent;
import io.accord.requirements.events.RequirementEventTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Property a customer entrusted to the company (顾客财产): registered on receipt, verified, protected; a loss,
 * damage or unsuitability is recorded and the customer must be told; finally returned.
 */
@Entity
@Table(name = "customer_property")
public class CustomerProperty extends Aggregate {

    public static final String AGGREGATE = "customer-property";

    public enum Kind { MATERIAL, TOOLING, DRAWING, DATA, INTELLECTUAL_PROPERTY, PRODUCT, PACKAGING, OTHER }

    public enum Status { RECEIVED, IN_CUSTODY, NONCONFORMING, IMPAIRED, LOST, RETURNED }

    public enum VerificationResult { CONFORMING, NONCONFORMING }

    public enum IncidentType { LOST, DAMAGED, UNSUITABLE }

    public record Verification(VerificationResult result, String notes, String by, OffsetDateTime at) {
    }

    public record CustomerNotice(String method, String reference, String by, OffsetDateTime at) {
    }

    /** The customer must be notified of every incident; {@code customerNotified} records that it was. */
    public record Incident(int seq, IncidentType type, String description, String reportedBy, OffsetDateTime reportedAt,
            CustomerNotice customerNotified) {

        Incident notified(CustomerNotice notice) {
            return new Incident(seq, type, description, reportedBy, reportedAt, notice);
        }
    }

    public record Return(String returnedTo, String reference, String note, String by, OffsetDateTime at) {
    }

    private static final Set<Status> HELD = EnumSet.of(Status.RECEIVED, Status.IN_CUSTODY, Status.NONCONFORMING, Status.IMPAIRED);
    private static final Set<Status> RETURNABLE = EnumSet.of(Status.IN_CUSTODY, Status.NONCONFORMING, Status.IMPAIRED);

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "requirement_id")
    public UUID requirementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public BigDecimal quantity;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Verification verification;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Incident> incidents = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "return_record", columnDefinition = "jsonb")
    public Return returned;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Version
    public long version;

    public static CustomerProperty receive(UUID customerId, UUID requirementId, Kind kind, String description,
            BigDecimal quantity, String unit, String by, OffsetDateTime now) {
        CustomerProperty p = new CustomerProperty();
        p.id = UUID.randomUUID();
        p.customerId = customerId;
        p.requirementId = requirementId;
        p.kind = kind;
        p.description = description;
        p.quantity = quantity;
        p.unit = unit;
        p.status = Status.RECEIVED;
        p.receivedBy = by;
        p.receivedAt = now;
        p.changed(null, "received", RequirementEventTypes.PROPERTY_REGISTERED, null);
        return p;
    }

    /** Verification on receipt, once. */
    public void verify(VerificationResult result, String notes, String by, OffsetDateTime now) {
        if (status != Status.RECEIVED) {
            throw new IllegalTransitionException("customer property", status, Text.of("requirements.property.verified-once"));
        }
        if (result == VerificationResult.NONCONFORMING && (notes == null || notes.isBlank())) {
            throw new InvalidFieldException("notes", Text.of("requirements.property.nonconforming-notes"));
        }
        verification = new Verification(result, notes, by, now);
        Status before = status;
        status = result == VerificationResult.CONFORMING ? Status.IN_CUSTODY : Status.NONCONFORMING;
        changed(before, "verified " + result, RequirementEventTypes.PROPERTY_VERIFIED, null);
    }

    public Incident reportIncident(IncidentType type, String description, String by, OffsetDateTime now) {
        if (!HELD.contains(status)) {
            throw new IllegalTransitionException("customer property", status, Text.of("requirements.property.incident-held"));
        }
        Incident incident = new Incident(incidents.size() + 1, type, description, by, now, null);
        List<Incident> next = new ArrayList<>(incidents);
        next.add(incident);
        incidents = next;
        Status before = status;
        status = type == IncidentType.LOST ? Status.LOST : Status.IMPAIRED;
        changed(before, "incident " + type, RequirementEventTypes.PROPERTY_INCIDENT_REPORTED, incident);
        return incident;
    }

    public Incident customerNotified(int seq, CustomerNotice notice) {
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (incident.seq() == seq) {
                if (incident.customerNotified() != null) {
                    throw new IllegalTransitionException(Text.of("requirements.incident.name", seq), "NOTIFIED",
                            Text.of("requirements.incident.notified"));
                }
                List<Incident> next = new ArrayList<>(incidents);
                next.set(i, incident.notified(notice));
                incidents = next;
                changed(status, "customer notified of incident " + seq, RequirementEventTypes.PROPERTY_CUSTOMER_NOTIFIED,
                        next.get(i));
                return next.get(i);
            }
        }
        throw new ResourceNotFoundException("incident", seq);
    }

    public void giveBack(Return record) {
        if (!RETURNABLE.contains(status)) {
            throw new IllegalTransitionException("customer property", status,
                    Text.of(status == Status.RECEIVED ? "requirements.property.verify-first" : "requirements.property.no-return"));
        }
        returned = record;
        Status before = status;
        status = Status.RETURNED;
        changed(before, "returned", RequirementEventTypes.PROPERTY_RETURNED, null);
    }

    private void changed(Status before, String action, String eventType, Incident incident) {
        change(action).from(before).to(status).detail(incident).event(eventType, event(incident)).record();
    }

    private CustomerPropertyEvent event(Incident incident) {
        return new CustomerPropertyEvent(id, customerId, requirementId, kind.name(), status.name(),
                incident == null ? null : incident(incident), incident != null);
    }

    private static CustomerPropertyEvent.Incident incident(Incident i) {
        CustomerNotice notice = i.customerNotified();
        return new CustomerPropertyEvent.Incident(i.seq(), i.type().name(), i.description(), i.reportedBy(), i.reportedAt(),
                notice == null ? null : new CustomerPropertyEvent.CustomerNotice(notice.method(), notice.reference(),
                        notice.by(), notice.at()));
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    public long incidentsAwaitingNotice() {
        return incidents.stream().filter(i -> i.customerNotified() == null).count();
    }
}
