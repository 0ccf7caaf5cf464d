package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers management reviews: complaints received in a period by category and severity, the mean time from
 * receipt to resolution of those resolved, and the share that met every SLA deadline so far. Counted by the database
 * (three aggregate queries), so a period of any size costs the same memory.
 */
@ApplicationScoped
public class ComplaintMetrics {

    public record Metrics(OffsetDateTime from, OffsetDateTime to, long total, Map<String, Long> byCategory,
            Map<String, Long> bySeverity, long resolved, Double meanHoursToResolve, Double slaCompliancePercent) {
    }

    private static final String PERIOD = "receivedAt >= :from and receivedAt < :to";
    /**
     * Complaints, the resolved ones, their whole minutes from receipt to resolution (each cut to whole minutes, as
     * {@code Duration.toMinutes}), and those within every deadline (the entity's own breach rules, at {@code :now}).
     */
    private static final String TOTALS = "select count(*),"
            + " coalesce(sum(case when resolvedAt is not null then 1 else 0 end), 0),"
            + " coalesce(sum(case when resolvedAt is not null then floor(((resolvedAt - receivedAt) by second) / 60) else 0 end), 0),"
            + " coalesce(sum(case when (" + Complaint.ACK_BREACHED_HQL + ") or (" + Complaint.RESOLUTION_BREACHED_HQL
            + ") then 0 else 1 end), 0)"
            + " from Complaint where " + PERIOD;

    private final EntityManager em;
    private final Clock clock;

    public ComplaintMetrics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Metrics of(OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("to", Text.of("web.range.to-after-from"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime start = from == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : from;
        OffsetDateTime end = to == null ? now.plusSeconds(1) : to;
        Object[] totals = em.createQuery(TOTALS, Object[].class)
                .setParameter("from", start).setParameter("to", end).setParameter("now", now).getSingleResult();
        long total = ((Number) totals[0]).longValue();
        long resolved = ((Number) totals[1]).longValue();
        long resolutionMinutes = ((Number) totals[2]).longValue();
        long compliant = ((Number) totals[3]).longValue();
        return new Metrics(from, to, total, countBy("category", start, end), countBy("severity", start, end), resolved,
                resolved == 0 ? null : Math.round(resolutionMinutes / 60.0 / resolved * 10) / 10.0,
                total == 0 ? null : Math.round(compliant * 1000.0 / total) / 10.0);
    }

    /** Complaints of the period per value of {@code field} (an enum), in the value's name order. */
    private Map<String, Long> countBy(String field, OffsetDateTime start, OffsetDateTime end) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select " + field + ", count(*) from Complaint where " + PERIOD + " group by " + field
                        + " order by " + field, Object[].class)
                .setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(row -> counts.put(((Enum<?>) row[0]).name(), ((Number) row[1]).longValue()));
        return counts;
    }
}
