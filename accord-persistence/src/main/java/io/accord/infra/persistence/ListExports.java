package io.accord.infra.persistence;

import io.accord.infra.csv.CsvConfig;
import io.accord.infra.csv.CsvRows;
import io.accord.infra.errors.UnprocessableException;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.PageParams;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.function.Function;

/**
 * Every row of a list, for an export ({@code text/csv}): the list's filter and order ({@link Sorting}, the request's
 * {@code sort}; {@code page}, {@code size} and {@code cursor} do not apply), read in keyset batches of
 * {@code accord.csv.batch-size} rows. Each batch is one query continuing after the previous batch's last row (as a
 * cursor page does: an index scan, nothing skipped or counted) in a short transaction of its own, and is turned into
 * rows there (so a view may read what it needs); then its entities are let go. So memory holds one batch whatever the
 * table's size, and a slow download holds no connection between batches. A row changed during the export
 * may show its old or new values; one whose sort key changed may be missed or shown twice, as on paging through.
 *
 * <p>What could refuse the request is checked when the rows are asked for, before anything is written: the sort, and
 * the size (more matches than {@code accord.csv.max-rows}, counted up to that bound, are a 422).
 */
@ApplicationScoped
public class ListExports {

    static final Text TOO_MANY = Text.of("web.csv.too-many");

    private final CsvConfig config;

    public ListExports(CsvConfig config) {
        this.config = config;
    }

    public <E, R> CsvRows<R> rows(Class<E> type, QueryFilter filter, Sorting<E> sorting, PageParams params, Function<E, R> row) {
        return batches(type, filter, sorting, params, entities -> entities.stream().map(row).toList());
    }

    /** {@code rows} turns a whole batch into rows at once (e.g. a view needing one more query per batch, not per row). */
    public <E, R> CsvRows<R> batches(Class<E> type, QueryFilter filter, Sorting<E> sorting, PageParams params,
            Function<List<E>, List<R>> rows) {
        PageParams sortOnly = new PageParams();
        sortOnly.sort = params == null ? null : params.sort;
        Keyset<E> order = sorting.order(sortOnly).keyset();
        EntityManager em = Panache.getEntityManager(type);
        String entity = em.getMetamodel().entity(type).getName();
        long most = config.maxRows();
        if (Pages.count(em, entity, filter, order, most) > most) {
            throw new UnprocessableException(Text.of(TOO_MANY.key(), most));
        }
        int size = config.batchSize();
        return consumer -> {
            String after = null;
            while (true) {
                String from = after;
                Batch<R> batch = QuarkusTransaction.requiringNew().call(() -> {
                    List<E> read = read(type, entity, filter, order, from, size);
                    return new Batch<>(rows.apply(read), read.isEmpty() ? null : order.cursorAfter(read.get(read.size() - 1)),
                            read.size());
                });
                if (batch.read > 0) {
                    consumer.accept(batch.rows);
                }
                if (batch.read < size) {
                    return;
                }
                after = batch.last;
            }
        };
    }

    private record Batch<R>(List<R> rows, String last, int read) {
    }

    private static <E> List<E> read(Class<E> type, String entity, QueryFilter filter, Keyset<E> order, String after, int size) {
        return Pages.ordered(Panache.getEntityManager(type), type, entity, filter, order, after).setMaxResults(size).getResultList();
    }
}
