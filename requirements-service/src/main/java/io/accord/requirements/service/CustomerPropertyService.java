package io.accord.requirements.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnknownReferenceException;
import io.accord.infra.i18n.Text;
import io.accord.infra.mail.MailOutbox;
import io.accord.infra.mail.MailRequest;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Customer;
import io.accord.requirements.CustomerProperty;
import io.accord.requirements.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
@WritesChanges
public class CustomerPropertyService {

    /** What the register sorts by (CustomerPropertyResource.list documents the same fields); newest first by default. */
    private static final Sorting<CustomerProperty> SORTING = Sorting.<CustomerProperty>unique("id", UUID.class, p -> p.id)
            .field("receivedAt", OffsetDateTime.class, p -> p.receivedAt)
            .field("status", CustomerProperty.Status.class, p -> p.status)
            .field("kind", CustomerProperty.Kind.class, p -> p.kind)
            .byDefault("receivedAt,desc");

    /** The template of the incident notice, and how a notice by that mail is recorded. */
    static final String INCIDENT_MAIL = "property-incident";
    public static final String MAIL_METHOD = "MAIL";

    private final MailOutbox mail;
    private final CurrentActor actor;
    private final Clock clock;

    public CustomerPropertyService(MailOutbox mail, CurrentActor actor, Clock clock) {
        this.mail = mail;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public CustomerProperty register(RegisterPropertyCommand command) {
        if (!Customer.exists(command.customerId())) {
            throw new UnknownReferenceException("customerId", Text.of("requirements.customer.unknown", command.customerId()));
        }
        if (command.requirementId() != null && Requirement.findById(command.requirementId()) == null) {
            throw new UnknownReferenceException("requirementId", Text.of("requirements.requirement.unknown", command.requirementId()));
        }
        CustomerProperty property = CustomerProperty.receive(command.customerId(), command.requirementId(), command.kind(),
                command.description(), command.quantity(), command.unit(), actor.name(), now());
        property.persist();
        return property;
    }

    @Transactional
    public CustomerProperty verify(UUID id, VerifyPropertyCommand command, String ifMatch) {
        CustomerProperty property = writable(id, ifMatch);
        property.verify(command.result(), command.notes(), actor.name(), now());
        return property;
    }

    /**
     * Records the incident and, when the customer has a mail contact, notifies the customer by mail in the same
     * transaction: the incident is recorded as notified ({@code MAIL}, to that address) once the mail is queued. A
     * customer without an address is notified by other means, recorded with {@link #customerNotified}.
     */
    @Transactional
    public CustomerProperty reportIncident(UUID id, ReportIncidentCommand command, String ifMatch) {
        CustomerProperty property = writable(id, ifMatch);
        CustomerProperty.Incident incident = property.reportIncident(command.type(), command.description(), actor.name(), now());
        Customer customer = Customer.findById(property.customerId);
        customer.mailContact().ifPresent(contact -> {
            mail.queue(MailRequest.of(INCIDENT_MAIL, "property-incident:" + property.id + ":" + incident.seq(), contact.email())
                    .locale(customer.mailLocale()).about(CustomerProperty.AGGREGATE, property.id)
                    .data("customerName", contact.name()).data("propertyDescription", property.description)
                    .data("kind", property.kind.name()).data("incidentType", incident.type().name())
                    .data("incidentDescription", incident.description()).data("incidentNumber", incident.seq())
                    .data("propertyId", property.id.toString()).build());
            property.customerNotified(incident.seq(), new CustomerProperty.CustomerNotice(MAIL_METHOD,
                    "mail queued to " + contact.email(), actor.name(), now()));
        });
        return property;
    }

    @Transactional
    public CustomerProperty customerNotified(UUID id, int seq, RecordCustomerNoticeCommand command, String ifMatch) {
        CustomerProperty property = writable(id, ifMatch);
        property.customerNotified(seq, new CustomerProperty.CustomerNotice(
                command.method(), command.reference(), actor.name(), now()));
        return property;
    }

    @Transactional
    public CustomerProperty giveBack(UUID id, ReturnPropertyCommand command, String ifMatch) {
        CustomerProperty property = writable(id, ifMatch);
        property.giveBack(new CustomerProperty.Return(command.returnedTo(), command.reference(), command.note(), actor.name(),
                now()));
        return property;
    }

    public CustomerProperty get(UUID id) {
        CustomerProperty property = CustomerProperty.findById(id);
        if (property == null) {
            throw new ResourceNotFoundException("customer property", id);
        }
        return property;
    }

    public Page<CustomerProperty> list(UUID customerId, UUID requirementId, CustomerProperty.Status status, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("customerId", customerId).equal("requirementId", requirementId)
                .equal("status", status);
        return Pages.of(CustomerProperty.class, filter, SORTING, page);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private CustomerProperty writable(UUID id, String ifMatch) {
        CustomerProperty property = get(id);
        Etags.requireMatch(ifMatch, property.version);
        return property;
    }

}
