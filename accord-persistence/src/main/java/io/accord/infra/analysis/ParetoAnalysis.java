package io.accord.infra.analysis;

import io.accord.infra.persistence.QueryFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * A Pareto analysis (ISO 9001 §9.1.3: where most of the trouble is): the values of one field by count, most frequent
 * first (ties by value), each with its share and the cumulative share up to it. Counted by the database, so a
 * period of any size costs one grouped query. Feedback ranks its categories with it, complaints their categories,
 * product codes and root causes.
 */
public final class ParetoAnalysis {

    /** Makes one bar of the caller's own type, so each API keeps the names it has always answered with. */
    @FunctionalInterface
    public interface Bar<K, T> {
        T of(K value, long count, double percent, double cumulativePercent);
    }

    /** One value and how often it occurs. */
    public record Count<K>(K value, long count) {
    }

    private ParetoAnalysis() {
    }

    /**
     * {@code select field, count(*) from entity where filter and field is not null group by field}, most frequent
     * first. Rows without a value (a complaint whose root cause is not recorded yet) are left out: they are not a cause.
     */
    public static <K> List<Count<K>> count(EntityManager em, String entity, String field, Class<K> type, QueryFilter filter) {
        var select = em.createQuery("select " + field + ", count(*) from " + entity + " where " + filter.query() + " and "
                + field + " is not null group by " + field + " order by count(*) desc, " + field, Tuple.class);
        filter.params().forEach(select::setParameter);
        return select.getResultList().stream().map(row -> new Count<>(row.get(0, type), row.get(1, Long.class))).toList();
    }

    /** The bars of counts already in Pareto order; shares are percentages to one decimal. */
    public static <K, T> List<T> bars(List<Count<K>> counts, Bar<K, T> bar) {
        long total = total(counts);
        List<T> bars = new ArrayList<>();
        long running = 0;
        for (Count<K> count : counts) {
            running += count.count();
            bars.add(bar.of(count.value(), count.count(), percent(count.count(), total), percent(running, total)));
        }
        return bars;
    }

    public static long total(List<? extends Count<?>> counts) {
        return counts.stream().mapToLong(Count::count).sum();
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
