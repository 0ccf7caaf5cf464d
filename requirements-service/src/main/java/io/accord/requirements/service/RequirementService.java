package io.accord.requirements.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.csv.CsvRows;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnknownReferenceException;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.persistence.ListExports;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Confirmation;
import io.accord.requirements.Customer;
import io.accord.requirements.Discrepancy;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementRevision;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
@WritesChanges
public class RequirementService {

    /** What the list sorts by (RequirementResource.list documents the same fields); newest first by default. */
    private static final Sorting<Requirement> SORTING = Sorting.<Requirement>unique("id", UUID.class, r -> r.id)
            .field("createdAt", OffsetDateTime.class, r -> r.createdAt)
            .field("updatedAt", OffsetDateTime.class, r -> r.updatedAt)
            .field("status", RequirementStatus.class, r -> r.status)
            .field("source", RequirementSource.class, r -> r.source)
            .field("revision", Integer.class, r -> r.revision)
            .byDefault("createdAt,desc");

    private final CurrentActor actor;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ListExports exports;

    public RequirementService(CurrentActor actor, ObjectMapper mapper, Clock clock, ListExports exports) {
        this.actor = actor;
        this.mapper = mapper;
        this.clock = clock;
        this.exports = exports;
    }

    @Transactional
    public Requirement capture(CaptureRequirementCommand request) {
        RequirementContent content = request.content();
        if (content.items().isEmpty() && content.requirements().isEmpty()) {
            throw new InvalidFieldException("items", Text.of("requirements.capture.empty"));
        }
        if (!Customer.exists(request.customerId())) {
            throw new UnknownReferenceException("customerId", Text.of("requirements.customer.unknown-register", request.customerId()));
        }
        return capture(request.customerId(), request.source(), content, request.unwritten(), null, null);
    }

    /** Captures a record (also for ERP intake, which names the client and its order number). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement capture(UUID customerId, RequirementSource source, RequirementContent content, boolean unwritten,
            String erpClient, String erpOrderNo) {
        OffsetDateTime now = now();
        Requirement requirement = Requirement.capture(customerId, source, content, unwritten, erpClient, erpOrderNo,
                actor.name(), now);
        requirement.persist();
        RequirementRevision.of(requirement, "captured", List.of(), actor.name(), now).persist();
        return requirement;
    }

    @Transactional
    public Requirement submit(UUID id, String ifMatch) {
        return submit(writable(id, ifMatch));
    }

    /** A submission with a clarification (a record the review sent back) opens the review's next round. */
    @Transactional
    public Requirement submit(UUID id, SubmitRequirementCommand request, String ifMatch) {
        Requirement requirement = writable(id, ifMatch);
        requirement.submit(Customer.findById(requirement.customerId), request.clarification(), actor.name(), now());
        return requirement;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Requirement submit(Requirement requirement) {
        requirement.submit(Customer.findById(requirement.customerId), now());
        return requirement;
    }

    @Transactional
    public Requirement confirm(UUID id, ConfirmRequirementCommand request, String ifMatch) {
        Requirement requirement = writable(id, ifMatch);
        requirement.confirm(new Confirmation(request.method(), request.confirmedBy(), request.reference(), actor.name(),
                now()));
        return requirement;
    }

    @Transactional
    public Requirement resolveDiscrepancy(UUID id, String key, ResolveDiscrepancyCommand request, String ifMatch) {
        Requirement requirement = writable(id, ifMatch);
        requirement.resolveDiscrepancy(key, new Discrepancy.Resolution(request.note(), actor.name(), now()));
        return requirement;
    }

    /** Revision n+1 with the changed fields; a record already in or past review goes back to review. */
    @Transactional
    public Requirement amend(Requirement requirement, AmendRequirementCommand request) {
        RequirementContent next = request.applyTo(requirement.content);
        List<String> changed = ContentDiff.changedPaths(mapper.valueToTree(requirement.content), mapper.valueToTree(next));
        if (changed.isEmpty()) {
            throw new InvalidFieldException("body", Text.of("requirements.amend.nothing"));
        }
        OffsetDateTime now = now();
        requirement.amend(next, changed, request.reason(), Customer.findById(requirement.customerId), now);
        RequirementRevision.of(requirement, request.reason(), changed, actor.name(), now).persist();
        return requirement;
    }

    @Transactional
    public Requirement amend(UUID id, AmendRequirementCommand request, String ifMatch) {
        return amend(writable(id, ifMatch), request);
    }

    @Transactional
    public Requirement cancel(UUID id, CancelRequirementCommand request, String ifMatch) {
        Requirement requirement = writable(id, ifMatch);
        requirement.cancel(request.reason(), now());
        return requirement;
    }

    @Transactional
    public Requirement deliver(Requirement requirement, DeliverRequirementCommand request) {
        requirement.deliver(request.lines(), request.reference(), request.note(), actor.name(), now());
        return requirement;
    }

    @Transactional
    public Requirement deliver(UUID id, DeliverRequirementCommand request, String ifMatch) {
        return deliver(writable(id, ifMatch), request);
    }

    /** The customer's acceptance of delivery {@code number}; the last one needed makes the record DELIVERED. */
    @Transactional
    public Requirement recordAcceptance(UUID id, int number, RecordAcceptanceCommand request, String ifMatch) {
        Requirement requirement = writable(id, ifMatch);
        requirement.recordAcceptance(number, request.toAcceptance(actor.name(), now()));
        return requirement;
    }

    public List<RequirementRevision> revisions(UUID id) {
        get(id);
        return RequirementRevision.list("requirementId = ?1 order by revision", id);
    }

    public RequirementRevision revision(UUID id, int n) {
        get(id);
        RequirementRevision revision = RequirementRevision.find(id, n);
        if (revision == null) {
            throw new ResourceNotFoundException(Text.of("requirements.revision.name", n), id);
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

    /** The record to change, if the caller saw its current version. */
    private Requirement writable(UUID id, String ifMatch) {
        Requirement requirement = get(id);
        Etags.requireMatch(ifMatch, requirement.version);
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
        return Pages.of(Requirement.class, filter(status, customerId, source, from, to), SORTING, page);
    }

    /** Every requirement the list's filters match, in its order, each made a row by {@code row} as it is read. */
    public <R> CsvRows<R> export(RequirementStatus status, UUID customerId, RequirementSource source, OffsetDateTime from,
            OffsetDateTime to, PageParams page, Function<Requirement, R> row) {
        return exports.rows(Requirement.class, filter(status, customerId, source, from, to), SORTING, page, row);
    }

    private static QueryFilter filter(RequirementStatus status, UUID customerId, RequirementSource source, OffsetDateTime from,
            OffsetDateTime to) {
        return new QueryFilter().equal("status", status).equal("customerId", customerId).equal("source", source)
                .where("createdAt >= :from", "from", from).where("createdAt < :to", "to", to);
    }

}
