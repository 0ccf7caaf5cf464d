package io.accord.complaint.service;

import io.accord.complaint.CorrectiveAction;
import io.accord.infra.time.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Corrective actions for the management review (ISO 9001 §9.3.2 c, §10.2): how many were opened in the period, how many
 * are open and overdue today (whatever their period: an action open for two years is still open), and how effective
 * those verified in the period were: {@code effective ÷ verified}, where verified counts each action whose latest
 * verification falls in the period and effective those of them found effective (status VERIFIED). An action found
 * ineffective and implemented again since counts as ineffective until it is verified again. One aggregate query.
 */
@ApplicationScoped
public class CorrectiveActionSummary {

    public record Summary(OffsetDateTime from, OffsetDateTime to, LocalDate today, long opened, long open, long overdue,
            long verified, long effective, Double effectivenessPercent) {
    }

    private static final String UNFINISHED = "status in ('OPEN', 'IMPLEMENTED', 'INEFFECTIVE')";
    /** {@link CorrectiveAction#OVERDUE_HQL}: still to be implemented after its due date. */
    private static final String OVERDUE = "status in ('OPEN', 'INEFFECTIVE') and due_date < :today";
    private static final String VERIFIED_IN_PERIOD = "verified_at >= :from and verified_at < :to";

    private static final String SUMMARY = "select"
            + " (select count(*) from corrective_action where opened_at >= :from and opened_at < :to),"
            + " (select count(*) from corrective_action where " + UNFINISHED + "),"
            + " (select count(*) from corrective_action where " + OVERDUE + "),"
            + " count(*), count(*) filter (where status = 'VERIFIED')"
            + " from corrective_action where " + VERIFIED_IN_PERIOD;

    private final EntityManager em;
    private final Clock clock;

    public CorrectiveActionSummary(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Summary of(ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        Object[] row = (Object[]) em.createNativeQuery(SUMMARY).setParameter("from", period.from())
                .setParameter("to", period.to()).setParameter("today", today).getSingleResult();
        long verified = count(row[3]);
        long effective = count(row[4]);
        return new Summary(period.from(), period.to(), today, count(row[0]), count(row[1]), count(row[2]), verified,
                effective, verified == 0 ? null : Math.round(effective * 1000.0 / verified) / 10.0);
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }
}
