package io.accord.feedback.service;

import io.accord.infra.csv.CsvRows;
import io.accord.infra.persistence.ListExports;
import java.util.function.Function;
import io.accord.feedback.Feedback;
import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;
import io.accord.feedback.config.FeedbackConfig;
import io.accord.infra.analysis.ParetoAnalysis;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.customers.CustomerReferences;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Records feedback (and escalates negative feedback once), lists it, and counts it by category (Pareto). */
@ApplicationScoped
@WritesChanges
public class FeedbackService {

    /** What the list sorts by (FeedbackResource.list documents the same fields); newest first, ties by id ascending, as always. */
    private static final Sorting<Feedback> SORTING = Sorting.<Feedback>unique("id", UUID.class, f -> f.id)
            .field("receivedAt", OffsetDateTime.class, f -> f.receivedAt)
            .field("recordedAt", OffsetDateTime.class, f -> f.recordedAt)
            .field("category", FeedbackCategory.class, f -> f.category)
            .field("channel", FeedbackChannel.class, f -> f.channel)
            .byDefault("receivedAt,desc", "id,asc");

    /** One category of the Pareto analysis: its count, share and the cumulative share up to it. */
    public record ParetoEntry(FeedbackCategory category, long count, double percent, double cumulativePercent) {
    }

    public record Pareto(long total, List<ParetoEntry> categories) {
    }

    private final CurrentActor actor;
    private final ListExports exports;
    private final CustomerReferences customers;
    private final FeedbackConfig config;
    private final Clock clock;

    public FeedbackService(CurrentActor actor, CustomerReferences customers, FeedbackConfig config, Clock clock,
            ListExports exports) {
        this.exports = exports;
        this.actor = actor;
        this.customers = customers;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Feedback record(RecordFeedbackCommand request) {
        customers.requireExists(request.customerId());
        Feedback feedback = Feedback.record(request.customerId(), request.channel(), request.category(), request.rating(),
                request.text(), request.orderRef(), request.receivedAt(), actor.name(), OffsetDateTime.now(clock));
        feedback.escalateIfAtOrBelow(config.escalateAtOrBelow());
        feedback.persist();
        return feedback;
    }

    public Feedback get(UUID id) {
        Feedback feedback = Feedback.findById(id);
        if (feedback == null) {
            throw new ResourceNotFoundException("feedback", id);
        }
        return feedback;
    }

    public Page<Feedback> list(Filter filter, PageParams page) {
        QueryFilter query = filter.query();
        return Pages.of(Feedback.class, query, SORTING, page);
    }

    /** Every feedback the list's filter matches, in its order, each made a row by {@code row} as it is read. */
    public <R> CsvRows<R> export(Filter filter, PageParams page, Function<Feedback, R> row) {
        return exports.rows(Feedback.class, filter.query(), SORTING, page, row);
    }

    /** Categories by count, most frequent first, with their cumulative share: where most of the trouble is. */
    public Pareto pareto(Filter filter) {
        List<ParetoAnalysis.Count<FeedbackCategory>> counts = ParetoAnalysis.count(Feedback.getEntityManager(), "Feedback",
                "category", FeedbackCategory.class, filter.query());
        return new Pareto(ParetoAnalysis.total(counts), ParetoAnalysis.bars(counts, ParetoEntry::new));
    }

    /** The list and analysis filters; absent ones do not narrow anything. */
    public record Filter(UUID customerId, FeedbackCategory category, FeedbackChannel channel, Integer maxRating,
            OffsetDateTime from, OffsetDateTime to) {

        QueryFilter query() {
            return new QueryFilter().equal("customerId", customerId).equal("category", category).equal("channel", channel)
                    .where("rating <= :maxRating", "maxRating", maxRating)
                    .where("receivedAt >= :from", "from", from).where("receivedAt < :to", "to", to);
        }
    }
}
