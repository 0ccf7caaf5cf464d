package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.infra.errors.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers management reviews: complaints received in a period by category and severity, the mean time from
 * receipt to resolution of those resolved, and the share that met every SLA deadline so far.
 */
@ApplicationScoped
public class ComplaintMetrics {

    public record Metrics(OffsetDateTime from, OffsetDateTime to, long total, Map<String, Long> byCategory,
            Map<String, Long> bySeverity, long resolved, Double meanHoursToResolve, Double slaCompliancePercent) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ComplaintMetrics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Metrics of(OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime start = from == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : from;
        OffsetDateTime end = to == null ? now.plusSeconds(1) : to;
        List<Complaint> complaints = em.createQuery("from Complaint where receivedAt >= :from and receivedAt < :to", Complaint.class)
                .setParameter("from", start).setParameter("to", end).getResultList();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        long resolved = 0;
        long resolutionMinutes = 0;
        long compliant = 0;
        for (Complaint c : complaints) {
            byCategory.merge(c.category.name(), 1L, Long::sum);
            bySeverity.merge(c.severity.name(), 1L, Long::sum);
            if (c.resolvedAt != null) {
                resolved++;
                resolutionMinutes += Duration.between(c.receivedAt, c.resolvedAt).toMinutes();
            }
            if (!c.slaBreached(now)) {
                compliant++;
            }
        }
        return new Metrics(from, to, complaints.size(), byCategory, bySeverity, resolved,
                resolved == 0 ? null : Math.round(resolutionMinutes / 60.0 / resolved * 10) / 10.0,
                complaints.isEmpty() ? null : Math.round(compliant * 1000.0 / complaints.size()) / 10.0);
    }
}
