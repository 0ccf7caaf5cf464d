package io.accord.infra.persistence;

import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the list envelope of API.md out of an entity's filtered, ordered rows. Both modes read one row more than
 * the page holds, to know whether there is a next one. Page mode counts the matches only when that row exists,
 * and then at most {@link #COUNT_BOUND} of them: with a million rows, counting all of them on every page cost more
 * than the page itself (README, Benchmarks: scale). Cursor mode counts nothing and skips nothing: it continues
 * after the previous page's last row, in an index, however deep. The order is the list's {@link Sorting}: the
 * request's {@code sort}, or its cursor's, or the list's default.
 */
public final class Pages {

    /**
     * Beyond this many matches, {@code total} is a lower bound (this one, or what the page shows) and {@code totalExact}
     * false. At a million rows counting 10,001 index entries took 5–13 ms, 1,001 about 1 ms: a page costs ~1 ms.
     */
    public static final int COUNT_BOUND = 1_000;

    private Pages() {
    }

    /** One page of {@code type}'s rows matching {@code filter}, in the one order {@code order}, by which it may be sorted. */
    public static <E> Page<E> of(Class<E> type, QueryFilter filter, Keyset<E> order, PageParams params) {
        return of(type, filter, Sorting.of(order), params);
    }

    /** One page of {@code type}'s rows matching {@code filter}, in the order the request asks of {@code sorting}. */
    public static <E> Page<E> of(Class<E> type, QueryFilter filter, Sorting<E> sorting, PageParams params) {
        Sorting.Order<E> asked = sorting.order(params);
        Keyset<E> order = asked.keyset();
        EntityManager em = Panache.getEntityManager(type);
        String entity = em.getMetamodel().entity(type).getName();
        TypedQuery<E> rows = ordered(em, type, entity, filter, order, params.continues() ? asked.after() : null);
        int offset = params.continues() ? 0 : params.page * params.size;
        List<E> read = rows.setFirstResult(offset).setMaxResults(params.size + 1).getResultList();
        boolean more = read.size() > params.size;
        List<E> items = more ? read.subList(0, params.size) : read;
        String next = more ? asked.cursorAfter(items.get(items.size() - 1)) : null;
        if (params.continues()) {
            return Page.continued(items, next);
        }
        if (known(offset, items.size(), more)) {
            return Page.numbered(items, params.page, params.size, offset + items.size(), true, next);
        }
        long counted = count(em, entity, filter, order, COUNT_BOUND);
        if (counted <= COUNT_BOUND) {
            return Page.numbered(items, params.page, params.size, counted, true, next);
        }
        // at least the bound, and at least what this page shows to exist (a deep page lies beyond the bound)
        long atLeast = Math.max(COUNT_BOUND, offset + items.size() + (more ? 1 : 0));
        return Page.numbered(items, params.page, params.size, atLeast, false, next);
    }

    /** The filter's rows in {@code order}, after the row whose keyset values {@code after} holds (null: from the first). */
    static <E> TypedQuery<E> ordered(EntityManager em, Class<E> type, String entity, QueryFilter filter, Keyset<E> order,
            String after) {
        Map<String, Object> bound = new HashMap<>(filter.params());
        String where = filter.query();
        if (after != null) {
            where += " and (" + order.after(after, bound) + ")";
        }
        TypedQuery<E> rows = em.createQuery("from " + entity + " where " + where + " order by " + order.orderBy(), type);
        bound.forEach(rows::setParameter);
        return rows;
    }

    /** Without a row after this page, the total is where the page ends, unless the page is empty past the start. */
    static boolean known(int offset, int read, boolean more) {
        return !more && (read > 0 || offset == 0);
    }

    /**
     * The matches, counted up to one more than {@code bound} (which tells that there are more than it). In the list's
     * order (HQL wants an order with a limit): the filter's index, read from its start.
     */
    static <E> long count(EntityManager em, String entity, QueryFilter filter, Keyset<E> order, long bound) {
        TypedQuery<Long> count = em.createQuery("select count(*) from (select id as id from " + entity + " where " + filter.query()
                + " order by " + order.orderBy() + " limit " + (bound + 1) + ") matches", Long.class);
        filter.params().forEach(count::setParameter);
        return count.getSingleResult();
    }
}
