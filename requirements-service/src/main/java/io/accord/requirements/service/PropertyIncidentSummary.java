package io.accord.requirements.service;

import io.accord.infra.time.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Customer-property incidents for the management review (ISO 9001 §8.5.3): those reported in a period, by the kind of
 * property and the kind of incident (lost, damaged, unsuitable), and how many of them the customer was notified of
 * (every one must be). Counted by the database over the incidents of the property that has any (V14's partial index);
 * property received after the period cannot have an incident in it.
 */
@ApplicationScoped
public class PropertyIncidentSummary {

    /** Incidents of one property kind and incident type. */
    public record Row(String kind, String type, long incidents, long notified) {
    }

    /** Incidents and how many were notified, per kind or type. */
    public record Count(long incidents, long notified) {
    }

    public record Summary(OffsetDateTime from, OffsetDateTime to, long incidents, long notified, long notNotified,
            Map<String, Count> byKind, Map<String, Count> byType, List<Row> rows) {
    }

    /** The incident's time as the entity's JSON holds it: epoch seconds (Hibernate's mapper) or an ISO-8601 text. */
    private static final String REPORTED_AT = "(case when jsonb_typeof(i -> 'reportedAt') = 'number'"
            + " then to_timestamp((i ->> 'reportedAt')::double precision) else (i ->> 'reportedAt')::timestamptz end)";

    private static final String ROWS = "select p.kind, i ->> 'type', count(*),"
            + " count(*) filter (where jsonb_typeof(i -> 'customerNotified') = 'object')"
            + " from customer_property p cross join lateral jsonb_array_elements(p.incidents) i"
            + " where p.incidents <> '[]'::jsonb and p.received_at < :to"
            + " and " + REPORTED_AT + " >= :from and " + REPORTED_AT + " < :to"
            + " group by 1, 2 order by 1, 2";

    private final EntityManager em;

    public PropertyIncidentSummary(EntityManager em) {
        this.em = em;
    }

    public Summary of(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(ROWS).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        List<Row> rows = new ArrayList<>();
        Map<String, Count> byKind = new TreeMap<>();
        Map<String, Count> byType = new TreeMap<>();
        long incidents = 0;
        long notified = 0;
        for (Object[] r : found) {
            Row row = new Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            rows.add(row);
            byKind.merge(row.kind(), new Count(row.incidents(), row.notified()), PropertyIncidentSummary::add);
            byType.merge(row.type(), new Count(row.incidents(), row.notified()), PropertyIncidentSummary::add);
            incidents += row.incidents();
            notified += row.notified();
        }
        return new Summary(period.from(), period.to(), incidents, notified, incidents - notified, byKind, byType, rows);
    }

    private static Count add(Count a, Count b) {
        return new Count(a.incidents() + b.incidents(), a.notified() + b.notified());
    }
}
