package io.accord.requirements.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnprocessableException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Customer;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.events.RequirementCaptured;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.events.RequirementSubmitted;
import io.accord.requirements.rest.CaptureRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RequirementService {

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public RequirementService(EventOutbox outbox, AuditTrail audit, CurrentActor actor) {
        this.outbox = outbox;
        this.audit = audit;
        this.actor = actor;
    }

    @Transactional
    public Requirement capture(CaptureRequest request) {
        RequirementContent content = request.toContent();
        if (content.items().isEmpty() && content.requirements().isEmpty()) {
            throw new InvalidFieldException("items", "at least one item or requirement is needed");
        }
        if (Customer.findById(request.customerId()) == null) {
            throw new UnprocessableException("customer " + request.customerId() + " does not exist; register it first");
        }
        Requirement requirement = Requirement.capture(request.customerId(), request.source(), content, actor.name());
        requirement.persistAndFlush();
        audit.record(Requirement.AGGREGATE, requirement.id, "captured", null, requirement.status, null);
        outbox.append(Requirement.AGGREGATE, requirement.id, requirement.revision, RequirementEventTypes.REQUIREMENT_CAPTURED,
                new RequirementCaptured(requirement.id, requirement.revision, requirement.customerId, requirement.source,
                        content.title(), requirement.status));
        return requirement;
    }

    @Transactional
    public Requirement submit(UUID id, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
        RequirementStatus before = requirement.status;
        requirement.submit();
        requirement.flush();
        audit.record(Requirement.AGGREGATE, id, "submitted", before, requirement.status, null);
        Customer customer = Customer.findById(requirement.customerId);
        outbox.append(Requirement.AGGREGATE, id, requirement.revision, RequirementEventTypes.REQUIREMENT_SUBMITTED,
                submitted(requirement, customer));
        return requirement;
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
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(query, params, "status", status);
        filter(query, params, "customerId", customerId);
        filter(query, params, "source", source);
        if (from != null) {
            query.append(" and createdAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and createdAt < :to");
            params.put("to", to);
        }
        var q = Requirement.find(query.toString(), Sort.descending("createdAt"), params);
        return new Page<>(q.page(page.page, page.size).list(), page.page, page.size, q.count());
    }

    private static void filter(StringBuilder query, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static RequirementSubmitted submitted(Requirement r, Customer customer) {
        RequirementContent c = r.content;
        Set<RequirementCategory> categories = EnumSet.noneOf(RequirementCategory.class);
        c.requirements().forEach(line -> categories.add(line.category()));
        return new RequirementSubmitted(r.id, r.revision, r.customerId, customer.code, customer.isNewCustomer(),
                r.source, c.title(), c.totalValue().toPlainString(), c.currency(), categories, c.services(),
                c.highRisk(), c.items(), c.delivery());
    }
}
