package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintSeverity;
import io.accord.infra.analysis.ParetoAnalysis;
import io.accord.infra.analysis.TrendInterval;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.persistence.QueryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The analyses feedback has, for complaints (ISO 9001 §9.1.3): a Pareto of what they are about — their category, the
 * product, or the root cause the investigation found — and their trend per week, month or quarter. Both count in the
 * database and share their ranking and periods with feedback's (accord-persistence's {@code analysis} package).
 */
@ApplicationScoped
public class ComplaintAnalyses {

    /** What a Pareto ranks by: the API's name and the entity's property. */
    public enum By {
        CATEGORY("category"), PRODUCT_CODE("productCode"), ROOT_CAUSE("rootCause");

        final String property;

        By(String property) {
            this.property = property;
        }

        /** {@code ?by=}: category when absent; anything else is a 400 naming {@code by}. */
        public static By parse(String value) {
            return Arrays.stream(values()).filter(b -> b.property.equals(value == null ? "category" : value)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("by", "one of category, productCode, rootCause"));
        }
    }

    /** One value (a category, a product code, a root cause) with its count, share and cumulative share. */
    public record Bar(String value, long count, double percent, double cumulativePercent) {
    }

    /**
     * {@code total} complaints had a value; {@code unrecorded} complaints of the period have none yet (no product code
     * given, no root cause found), so a Pareto of causes says how much it does not know.
     */
    public record Pareto(String by, long total, long unrecorded, List<Bar> values) {
    }

    /**
     * One period: complaints received in it, how many of those are resolved, how many missed a deadline (as of now),
     * and the mean hours from receipt to resolution of the resolved ones ({@code null}: none resolved).
     */
    public record TrendPoint(String period, OffsetDateTime start, long received, long resolved, long slaBreached,
            Double meanHoursToResolve) {
    }

    public record Trend(String interval, List<TrendPoint> points) {
    }

    /** The analyses' filters; absent ones do not narrow anything. */
    public record Filter(UUID customerId, ComplaintCategory category, ComplaintSeverity severity, OffsetDateTime from,
            OffsetDateTime to) {

        public Filter {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new InvalidFieldException("to", "must be after from");
            }
        }

        QueryFilter hql() {
            return new QueryFilter().equal("customerId", customerId).equal("category", category).equal("severity", severity)
                    .where("receivedAt >= :from", "from", from).where("receivedAt < :to", "to", to);
        }

        QueryFilter sql() {
            return new QueryFilter().where("customer_id = :customerId", "customerId", customerId)
                    .where("category = :category", "category", category == null ? null : category.name())
                    .where("severity = :severity", "severity", severity == null ? null : severity.name())
                    .where("received_at >= :from", "from", from).where("received_at < :to", "to", to);
        }
    }

    private final EntityManager em;
    private final Clock clock;

    public ComplaintAnalyses(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Pareto pareto(By by, Filter filter) {
        List<ParetoAnalysis.Count<Object>> counts = ParetoAnalysis.count(em, "Complaint", by.property, Object.class, filter.hql());
        QueryFilter all = filter.hql();
        var everything = em.createQuery("select count(*) from Complaint where " + all.query(), Long.class);
        all.params().forEach(everything::setParameter);
        long total = ParetoAnalysis.total(counts);
        return new Pareto(by.property, total, everything.getSingleResult() - total,
                ParetoAnalysis.bars(counts, (value, count, percent, cumulative) -> new Bar(name(value), count, percent, cumulative)));
    }

    public Trend trend(TrendInterval interval, Filter filter) {
        QueryFilter where = filter.sql();
        String period = interval.periodOf("received_at");
        // whole minutes per complaint, as the metrics count them (ComplaintMetrics), so both say the same mean
        Query query = em.createNativeQuery("select " + period + ", count(*), count(resolved_at),"
                + " count(*) filter (where " + Complaint.SLA_BREACHED_SQL + "),"
                + " avg(floor(extract(epoch from (resolved_at - received_at)) / 60))"
                + " from complaint where " + where.query() + " group by 1 order by 1");
        where.params().forEach(query::setParameter);
        query.setParameter("now", OffsetDateTime.now(clock));
        List<TrendPoint> points = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            OffsetDateTime start = TrendInterval.start(columns[0]);
            Double meanMinutes = columns[4] == null ? null : ((Number) columns[4]).doubleValue();
            points.add(new TrendPoint(interval.label(start), start, count(columns[1]), count(columns[2]), count(columns[3]),
                    meanMinutes == null ? null : Math.round(meanMinutes / 60 * 10) / 10.0));
        }
        return new Trend(interval.unit(), points);
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }
}
