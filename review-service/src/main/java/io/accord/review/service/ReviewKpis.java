package io.accord.review.service;

import io.accord.infra.time.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;

/**
 * The review process's figures for the management review (ISO 9001 §9.3): the reviews decided in a period (by the
 * time of their decision, including simplified reviews, whose decision is the order confirmation), how long they
 * took from opening to decision (median and 90th percentile, interpolated as {@code percentile_cont} does), the share
 * decided on time, rejected, sent back for clarification, and simplified. One aggregate query over the decision's own
 * columns ({@code decided_at}, {@code decision_outcome}, V15, set by the review when decided) and their index; the
 * outcome is the decision's, so a decided review superseded later still counts as it was decided.
 *
 * <p>On time: no department task of the review went past its SLA deadline (the review's {@code overdue} flag, which
 * the SLA watch sets), i.e. the opinions the decision rests on were all given within the policy's hours. Every share
 * is in percent to one decimal; hours to one decimal; a figure without decided reviews is {@code null}, never 0.
 */
@ApplicationScoped
public class ReviewKpis {

    public record Kpis(OffsetDateTime from, OffsetDateTime to, long decided, long approved, long rejected,
            long clarificationRequired, long simplified, long onTime, Double medianCycleHours, Double p90CycleHours,
            Double onTimePercent, Double rejectionPercent, Double clarificationPercent, Double simplifiedPercent) {
    }

    /**
     * Each decided review's cycle time in seconds, as double precision (extract() answers numeric, slower to sort). The
     * two percentiles share one sort.
     */
    private static final String CYCLE = "date_part('epoch', decided_at - opened_at)";

    /** Every column read is in V15's {@code review_decided_at_idx}, so the period is an index-only scan. */
    private static final String KPIS = "select count(*),"
            + " count(*) filter (where decision_outcome = 'APPROVED'),"
            + " count(*) filter (where decision_outcome = 'REJECTED'),"
            + " count(*) filter (where decision_outcome = 'CLARIFICATION_REQUIRED'),"
            + " count(*) filter (where type = 'SIMPLIFIED'),"
            + " count(*) filter (where not overdue),"
            + " percentile_cont(0.5) within group (order by " + CYCLE + "),"
            + " percentile_cont(0.9) within group (order by " + CYCLE + ")"
            + " from review where decided_at >= :from and decided_at < :to";

    private final EntityManager em;

    public ReviewKpis(EntityManager em) {
        this.em = em;
    }

    public Kpis of(ReportPeriod period) {
        Object[] row = (Object[]) em.createNativeQuery(KPIS).setParameter("from", period.from())
                .setParameter("to", period.to()).getSingleResult();
        long decided = count(row[0]);
        long rejected = count(row[2]);
        long clarification = count(row[3]);
        long simplified = count(row[4]);
        long onTime = count(row[5]);
        return new Kpis(period.from(), period.to(), decided, count(row[1]), rejected, clarification, simplified, onTime,
                hours(row[6]), hours(row[7]), percent(onTime, decided), percent(rejected, decided),
                percent(clarification, decided), percent(simplified, decided));
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 360.0) / 10.0;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }
}
