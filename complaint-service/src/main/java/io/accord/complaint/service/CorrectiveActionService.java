package io.accord.complaint.service;

import io.accord.infra.csv.CsvRows;
import io.accord.infra.persistence.ListExports;
import java.util.function.Function;
import io.accord.complaint.CorrectiveAction;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.Signer;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.sla.SlaBreaches;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Corrective actions against complaints' causes: opened, implemented, verified effective (or sent back). */
@ApplicationScoped
@WritesChanges
public class CorrectiveActionService {

    /**
     * What the list across complaints sorts by (CorrectiveActionResource.list documents the same fields): the most
     * urgent first, ties by id.
     */
    private static final Sorting<CorrectiveAction> SORTING = Sorting.<CorrectiveAction>unique("id", UUID.class, a -> a.id)
            .field("dueDate", LocalDate.class, a -> a.dueDate)
            .field("openedAt", OffsetDateTime.class, a -> a.openedAt)
            .field("status", CorrectiveAction.Status.class, a -> a.status)
            .field("owner", String.class, a -> a.owner)
            .byDefault("dueDate,asc", "id,asc");

    /** The deadline as {@code accord_sla_breaches_total} names it. */
    public static final String OVERDUE_DEADLINE = "corrective-action";

    private final ComplaintService complaints;
    private final ListExports exports;
    private final Signer signer;
    private final SlaBreaches breaches;
    private final ComplaintMails mails;
    private final Clock clock;

    public CorrectiveActionService(ComplaintService complaints, Signer signer, SlaBreaches breaches, ComplaintMails mails,
            Clock clock, ListExports exports) {
        this.exports = exports;
        this.complaints = complaints;
        this.signer = signer;
        this.breaches = breaches;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public CorrectiveAction open(UUID complaintId, OpenCorrectiveActionCommand request) {
        CorrectiveAction action = complaints.get(complaintId).openCorrectiveAction(request.description(), request.owner(),
                request.dueDate(), OffsetDateTime.now(clock));
        action.persist();
        mails.actionOpened(action);
        return action;
    }

    @Transactional
    public CorrectiveAction implement(UUID id, String ifMatch, String note) {
        CorrectiveAction action = writable(id, ifMatch);
        action.implement(note, OffsetDateTime.now(clock));
        return action;
    }

    /**
     * Signed by the checker, who must have signed in recently (else 401, reauthenticate). Found ineffective, the action
     * is open again and its owner is mailed.
     */
    @Transactional
    public CorrectiveAction verify(UUID id, String ifMatch, boolean effective, String note) {
        Signature signature = signer.sign(CorrectiveAction.verificationMeaning(effective));
        CorrectiveAction action = writable(id, ifMatch);
        action.verify(effective, note, signature, OffsetDateTime.now(clock));
        if (!effective) {
            mails.actionReopened(action);
        }
        return action;
    }

    /** The action to change, if the caller saw its current version. */
    private CorrectiveAction writable(UUID id, String ifMatch) {
        CorrectiveAction action = get(id);
        Etags.requireMatch(ifMatch, action.version);
        return action;
    }

    public CorrectiveAction get(UUID id) {
        CorrectiveAction action = CorrectiveAction.findById(id);
        if (action == null) {
            throw new ResourceNotFoundException("corrective action", id);
        }
        return action;
    }

    public List<CorrectiveAction> of(UUID complaintId) {
        return CorrectiveAction.list("complaintId", Sort.by("openedAt"), complaintId);
    }

    /** Corrective actions across complaints: whose, in which state, overdue or not (as of today). */
    public Page<CorrectiveAction> list(Filter filter, PageParams page) {
        return Pages.of(CorrectiveAction.class, query(filter), SORTING, page);
    }

    /** Every corrective action the list's filter matches, in its order, each made a row by {@code row} as it is read. */
    public <R> CsvRows<R> export(Filter filter, PageParams page, Function<CorrectiveAction, R> row) {
        return exports.rows(CorrectiveAction.class, query(filter), SORTING, page, row);
    }

    private QueryFilter query(Filter filter) {
        QueryFilter q = new QueryFilter().equal("status", filter.status()).equal("owner", filter.owner())
                .equal("complaintId", filter.complaintId());
        if (filter.overdue() != null) {
            q.when(true, filter.overdue() ? CorrectiveAction.OVERDUE_HQL : "not (" + CorrectiveAction.OVERDUE_HQL + ")",
                    overdueParameters().map());
        }
        return q;
    }

    /** Per complaint of {@code complaintIds}: its unfinished actions and how many of them are overdue. */
    public Map<UUID, OpenActions> openActions(Collection<UUID> complaintIds) {
        Map<UUID, OpenActions> open = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return open;
        }
        CorrectiveAction.getEntityManager().createQuery("select complaintId, count(*), sum(case when " + CorrectiveAction.OVERDUE_HQL
                        + " then 1 else 0 end) from CorrectiveAction where complaintId in :ids and status in :unfinished"
                        + " group by complaintId", Tuple.class)
                .setParameter("ids", complaintIds).setParameter("unfinished", CorrectiveAction.UNFINISHED)
                .setParameter("pending", CorrectiveAction.PENDING).setParameter("today", today())
                .getResultList().forEach(row -> open.put(row.get(0, UUID.class),
                        new OpenActions(row.get(1, Long.class).intValue(), ((Number) row.get(2)).intValue())));
        return open;
    }

    /**
     * Reports each action that passed its due date unimplemented, once (an event, and a mail to its owner and the
     * quality manager): the flag is claimed with a conditional update
     * that leaves the action's version (its ETag) alone, so its owner is not refused with 412 for being late, and two
     * watches (replicas) never report the same action twice.
     */
    @Transactional
    public int reportOverdue() {
        List<CorrectiveAction> late = CorrectiveAction.list("overdueReported = false and " + CorrectiveAction.OVERDUE_HQL,
                overdueParameters());
        int reported = 0;
        for (CorrectiveAction action : late) {
            int claimed = CorrectiveAction.getEntityManager()
                    .createQuery("update CorrectiveAction set overdueReported = true where id = :id and overdueReported = false")
                    .setParameter("id", action.id).executeUpdate();
            if (claimed == 1) {
                action.reportOverdue();
                mails.actionOverdue(action);
                breaches.missed(OVERDUE_DEADLINE);
                reported++;
            }
        }
        return reported;
    }

    /** The parameters of {@link CorrectiveAction#OVERDUE_HQL}, as of today. */
    private Parameters overdueParameters() {
        return Parameters.with("pending", CorrectiveAction.PENDING).and("today", today());
    }

    /** Today in the suite's time (UTC): a due date is the last day to act. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A complaint's actions not yet verified effective, and how many of those are overdue. */
    public record OpenActions(int open, int overdue) {
    }

    public record Filter(CorrectiveAction.Status status, Boolean overdue, String owner, UUID complaintId) {
    }
}
