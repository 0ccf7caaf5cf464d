package io.accord.requirements.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnprocessableException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.requirements.Confirmation;
import io.accord.requirements.Customer;
import io.accord.requirements.Delivery;
import io.accord.requirements.Discrepancy;
import io.accord.requirements.RequirementRevision;
import io.accord.requirements.events.RequirementAmended;
import io.accord.requirements.events.RequirementDelivered;
import io.accord.requirements.events.RequirementStatusChanged;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.events.RequirementCaptured;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.events.RequirementSubmitted;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RequirementService {

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final ObjectMapper mapper;
    private final Clock clock;

    public RequirementService(EventOutbox outbox, AuditTrail audit, CurrentActor actor, ObjectMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.actor = actor;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Requirement capture(CaptureRequirementCommand request) {
        RequirementContent content = request.content();
        if (content.items().isEmpty() && content.requirements().isEmpty()) {
            throw new InvalidFieldException("items", "at least one item or requirement is needed");
        }
        if (Customer.findById(request.customerId()) == null) {
            throw new UnprocessableException("customer " + request.customerId() + " does not exist; register it first");
        }
        return capture(request.customerId(), request.source(), content, request.unwritten(), null, null);
    }

    /** Captures a record (also for ERP intake, which names the client and its order number). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement capture(UUID customerId, RequirementSource source, RequirementContent content, boolean unwritten,
            String erpClient, String erpOrderNo) {
        OffsetDateTime now = now();
        Requirement requirement = Requirement.capture(customerId, source, content, unwritten, actor.name(), now);
        requirement.erpClient = erpClient;
        requirement.erpOrderNo = erpOrderNo;
        requirement.persistAndFlush();
        RequirementRevision.of(requirement, "captured", List.of(), actor.name(), now).persist();
        audit.record(Requirement.AGGREGATE, requirement.id, "captured", null, requirement.status, null);
        outbox.append(Requirement.AGGREGATE, requirement.id, requirement.revision, RequirementEventTypes.REQUIREMENT_CAPTURED,
                new RequirementCaptured(requirement.id, requirement.revision, requirement.customerId, requirement.source,
                        content.title(), requirement.status, requirement.erpClient, requirement.erpOrderNo));
        return requirement;
    }

    @Transactional
    public Requirement submit(UUID id, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        return submit(requirement);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement submit(Requirement requirement) {
        UUID id = requirement.id;
        RequirementStatus before = requirement.status;
        requirement.submit(now());
        requirement.flush();
        audit.record(Requirement.AGGREGATE, id, "submitted", before, requirement.status, null);
        Customer customer = Customer.findById(requirement.customerId);
        outbox.append(Requirement.AGGREGATE, id, requirement.revision, RequirementEventTypes.REQUIREMENT_SUBMITTED,
                submitted(requirement, customer));
        return requirement;
    }

    @Transactional
    public Requirement confirm(UUID id, ConfirmRequirementCommand request, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        RequirementStatus before = requirement.status;
        requirement.confirm(new Confirmation(request.method(), request.confirmedBy(), request.reference(), actor.name(),
                now()));
        requirement.flush();
        audit.record(Requirement.AGGREGATE, id, "confirmed by customer", before, requirement.status, requirement.confirmation);
        statusChanged(requirement, before, RequirementEventTypes.REQUIREMENT_CONFIRMED);
        return requirement;
    }

    @Transactional
    public Requirement resolveDiscrepancy(UUID id, String key, ResolveDiscrepancyCommand request, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        Discrepancy resolved = requirement.resolveDiscrepancy(key,
                new Discrepancy.Resolution(request.note(), actor.name(), now()));
        requirement.flush();
        audit.record(Requirement.AGGREGATE, id, "discrepancy resolved", requirement.status, requirement.status, resolved);
        return requirement;
    }

    /** Revision n+1 with the changed fields; a record already in or past review goes back to review. */
    @Transactional
    public Requirement amend(Requirement requirement, AmendRequirementCommand request) {
        RequirementContent next = request.applyTo(requirement.content);
        List<String> changed = ContentDiff.changedPaths(mapper.valueToTree(requirement.content), mapper.valueToTree(next));
        if (changed.isEmpty()) {
            throw new InvalidFieldException("body", "the amendment changes nothing");
        }
        RequirementStatus before = requirement.status;
        int previous = requirement.revision;
        OffsetDateTime now = now();
        boolean needsReview = requirement.amend(next, now);
        requirement.flush();
        RequirementRevision.of(requirement, request.reason(), changed, actor.name(), now).persist();
        audit.record(Requirement.AGGREGATE, requirement.id, "amended to revision " + requirement.revision, before,
                requirement.status, java.util.Map.of("reason", request.reason(), "changedPaths", changed));
        if (needsReview) {
            outbox.append(Requirement.AGGREGATE, requirement.id, requirement.revision, RequirementEventTypes.REQUIREMENT_AMENDED,
                    new RequirementAmended(requirement.id, requirement.revision, previous, request.reason(), changed,
                            submitted(requirement, Customer.findById(requirement.customerId))));
        }
        return requirement;
    }

    @Transactional
    public Requirement amend(UUID id, AmendRequirementCommand request, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        return amend(requirement, request);
    }

    @Transactional
    public Requirement cancel(UUID id, CancelRequirementCommand request, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        RequirementStatus before = requirement.status;
        requirement.cancel(request.reason(), now());
        requirement.flush();
        audit.record(Requirement.AGGREGATE, id, "cancelled", before, requirement.status, request);
        statusChanged(requirement, before, RequirementEventTypes.REQUIREMENT_CANCELLED);
        return requirement;
    }

    @Transactional
    public Requirement deliver(Requirement requirement, DeliverRequirementCommand request) {
        RequirementStatus before = requirement.status;
        Delivery delivery = new Delivery(request.reference(), request.note(), now(), actor.name());
        requirement.deliver(delivery);
        requirement.flush();
        audit.record(Requirement.AGGREGATE, requirement.id, "delivered", before, requirement.status, delivery);
        outbox.append(Requirement.AGGREGATE, requirement.id, requirement.revision, RequirementEventTypes.REQUIREMENT_DELIVERED,
                new RequirementDelivered(requirement.id, requirement.revision, requirement.customerId, requirement.erpClient,
                        requirement.erpOrderNo, request.reference(), delivery.deliveredAt()));
        return requirement;
    }

    @Transactional
    public Requirement deliver(UUID id, DeliverRequirementCommand request, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        return deliver(requirement, request);
    }

    public List<RequirementRevision> revisions(UUID id) {
        get(id);
        return RequirementRevision.list("requirementId = ?1 order by revision", id);
    }

    public RequirementRevision revision(UUID id, int n) {
        get(id);
        RequirementRevision revision = RequirementRevision.find(id, n);
        if (revision == null) {
            throw new ResourceNotFoundException("revision " + n + " of requirement", id);
        }
        return revision;
    }

    /** What revision {@code n} changed against revision n-1 (against nothing for the first). */
    public List<ContentDiff.FieldChange> diff(UUID id, int n) {
        RequirementRevision current = revision(id, n);
        RequirementRevision previous = n > 1 ? RequirementRevision.find(id, n - 1) : null;
        return ContentDiff.between(previous == null ? mapper.nullNode() : mapper.valueToTree(previous.content),
                mapper.valueToTree(current.content));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void statusChanged(Requirement r, RequirementStatus before, String type) {
        outbox.append(Requirement.AGGREGATE, r.id, r.revision, type,
                new RequirementStatusChanged(r.id, r.revision, r.customerId, before, r.status, r.reviewId, r.erpClient, r.erpOrderNo));
    }

    public Requirement get(UUID id) {
        Requirement requirement = Requirement.findById(id);
        if (requirement == null) {
            throw new ResourceNotFoundException("requirement", id);
        }
        return requirement;
    }

    public Page<Requirement> list(RequirementStatus status, UUID customerId, RequirementSource source,
            OffsetDateTime from, OffsetDateTime to, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("status", status).equal("customerId", customerId).equal("source", source)
                .where("createdAt >= :from", "from", from).where("createdAt < :to", "to", to);
        return Pages.of(Requirement.find(filter.query(), Sort.descending("createdAt"), filter.params()), page);
    }

    static RequirementSubmitted submitted(Requirement r, Customer customer) {
        RequirementContent c = r.content;
        Set<RequirementCategory> categories = EnumSet.noneOf(RequirementCategory.class);
        c.requirements().forEach(line -> categories.add(line.category()));
        return new RequirementSubmitted(r.id, r.revision, r.customerId, customer.code, customer.isNewCustomer(),
                r.source, c.title(), c.totalValue().toPlainString(), c.currency(), categories, c.services(),
                c.highRisk(), c.paymentTerms(), c.items(), c.delivery());
    }
}
