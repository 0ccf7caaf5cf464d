package io.accord.feedback.service;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.QueryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Satisfaction as measured by survey responses: CSAT (share of 4–5 answers to 1–5 rating questions), NPS (share of
 * 9–10 minus share of 0–6 answers to 0–10 questions), both per dimension, and their trend per week, month or
 * quarter. A figure without answers to compute it from is {@code null}, never 0.
 *
 * <p>Responses by a token a staff member handed out ({@link io.accord.feedback.SurveyResponse#staffIssued}) could have
 * been given by that person rather than the customer: they are counted apart ({@code staffIssuedResponses}, always
 * the number in the period), and with {@code excludeStaffIssued} left out of {@code responses} and every figure, so
 * nobody can quietly inflate CSAT or NPS.
 */
@ApplicationScoped
public class SatisfactionService {

    /** CSAT and NPS over a set of scored answers, and how many answers each rests on. */
    public record Scores(long ratingAnswers, Double csat, Double averageRating, long npsAnswers, Double nps) {
    }

    public record Summary(long responses, long staffIssuedResponses, boolean staffIssuedExcluded, Double csat, Double nps,
            Scores overall, Map<String, Scores> byDimension) {
    }

    public record TrendPoint(String period, OffsetDateTime start, long responses, long staffIssuedResponses, Double csat,
            Double nps) {
    }

    public record Trend(String interval, boolean staffIssuedExcluded, List<TrendPoint> points) {
    }

    public enum Interval {
        WEEK("week"), MONTH("month"), QUARTER("quarter");

        final String sql;

        Interval(String sql) {
            this.sql = sql;
        }

        public static Interval parse(String value) {
            for (Interval i : values()) {
                if (i.sql.equalsIgnoreCase(value == null ? "month" : value)) {
                    return i;
                }
            }
            throw new InvalidFieldException("interval", Text.of("feedback.interval"));
        }

        String label(OffsetDateTime start) {
            return switch (this) {
                case WEEK -> start.toLocalDate().toString();
                case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
                case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            };
        }
    }

    private static final String SCORES = """
            count(*) filter (where question_type = 'RATING_1_5'),
            count(*) filter (where question_type = 'RATING_1_5' and score >= 4),
            avg(score) filter (where question_type = 'RATING_1_5'),
            count(*) filter (where question_type = 'NPS_0_10'),
            count(*) filter (where question_type = 'NPS_0_10' and score >= 9),
            count(*) filter (where question_type = 'NPS_0_10' and score <= 6)""";

    private final EntityManager em;

    public SatisfactionService(EntityManager em) {
        this.em = em;
    }

    /** Responses split by who issued their token. */
    private static final String COUNTS = "count(*) filter (where not staff_issued), count(*) filter (where staff_issued)";

    public Summary summary(UUID customerId, OffsetDateTime from, OffsetDateTime to, boolean excludeStaffIssued) {
        QueryFilter filter = filter(customerId, from, to);
        Object[] counts = (Object[]) bind(em.createNativeQuery("select " + COUNTS + " from survey_response where " + filter.query()),
                filter).getSingleResult();
        long staffIssued = ((Number) counts[1]).longValue();
        long responses = ((Number) counts[0]).longValue() + (excludeStaffIssued ? 0 : staffIssued);
        QueryFilter scored = filter(customerId, from, to).when(excludeStaffIssued, "not staff_issued");
        Scores overall = scores((Object[]) bind(em.createNativeQuery("select " + SCORES + " from survey_answer where "
                + scored.query()), scored).getSingleResult(), 0);
        Map<String, Scores> byDimension = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select dimension, " + SCORES + " from survey_answer where "
                + scored.query() + " and dimension is not null group by dimension order by dimension"), scored).getResultList();
        for (Object[] row : rows) {
            byDimension.put((String) row[0], scores(row, 1));
        }
        return new Summary(responses, staffIssued, excludeStaffIssued, overall.csat(), overall.nps(), overall, byDimension);
    }

    public Trend trend(Interval interval, UUID customerId, OffsetDateTime from, OffsetDateTime to, boolean excludeStaffIssued) {
        QueryFilter filter = filter(customerId, from, to);
        String period = "date_trunc('" + interval.sql + "', responded_at at time zone 'UTC')";
        // a period with only staff-issued responses stays a point when they are excluded: 0 responses, figures null
        Map<OffsetDateTime, long[]> responses = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counted = bind(em.createNativeQuery("select " + period + ", " + COUNTS + " from survey_response where "
                + filter.query() + " group by 1 order by 1"), filter).getResultList();
        for (Object[] row : counted) {
            long staffIssued = ((Number) row[2]).longValue();
            responses.put(utc(row[0]), new long[]{((Number) row[1]).longValue() + (excludeStaffIssued ? 0 : staffIssued), staffIssued});
        }
        QueryFilter answers = filter(customerId, from, to).when(excludeStaffIssued, "not staff_issued");
        Map<OffsetDateTime, Scores> scored = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select " + period + ", " + SCORES + " from survey_answer where "
                + answers.query() + " group by 1 order by 1"), answers).getResultList();
        for (Object[] row : rows) {
            scored.put(utc(row[0]), scores(row, 1));
        }
        List<TrendPoint> points = new ArrayList<>();
        for (Map.Entry<OffsetDateTime, long[]> e : responses.entrySet()) {
            Scores s = scored.get(e.getKey());
            points.add(new TrendPoint(interval.label(e.getKey()), e.getKey(), e.getValue()[0], e.getValue()[1],
                    s == null ? null : s.csat(), s == null ? null : s.nps()));
        }
        return new Trend(interval.sql, excludeStaffIssued, points);
    }

    private static QueryFilter filter(UUID customerId, OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("to", Text.of("web.range.to-after-from"));
        }
        return new QueryFilter().where("customer_id = :customerId", "customerId", customerId)
                .where("responded_at >= :from", "from", from).where("responded_at < :to", "to", to);
    }

    private static Query bind(Query query, QueryFilter filter) {
        filter.params().forEach(query::setParameter);
        return query;
    }

    /** The counts of {@link #SCORES}, from column {@code at} of a row, as figures. */
    private static Scores scores(Object[] row, int at) {
        return SatisfactionScores.of(count(row[at]), count(row[at + 1]),
                row[at + 2] == null ? null : ((Number) row[at + 2]).doubleValue(),
                count(row[at + 3]), count(row[at + 4]), count(row[at + 5]));
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }

    private static OffsetDateTime utc(Object timestamp) {
        if (timestamp instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        if (timestamp instanceof Timestamp ts) {
            return ts.toLocalDateTime().atOffset(ZoneOffset.UTC);
        }
        return ((OffsetDateTime) timestamp).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
