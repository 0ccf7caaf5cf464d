package io.accord.infra.csv;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows of an export, handed over a batch at a time, so that no more than one batch is held in memory however
 * many rows match (accord-persistence's {@code Pages.stream} reads them in keyset batches).
 */
@FunctionalInterface
public interface CsvRows<T> {

    /** Calls {@code batch} with each batch of rows in order, until there are no more. */
    void forEachBatch(Consumer<List<T>> batch);

    /** The same batches, each turned into rows of another type at once (e.g. views that need one query per batch). */
    default <R> CsvRows<R> mapBatch(Function<List<T>, List<R>> mapper) {
        return batch -> forEachBatch(rows -> batch.accept(mapper.apply(rows)));
    }

    /** The same batches, row by row into another type. */
    default <R> CsvRows<R> map(Function<T, R> mapper) {
        return mapBatch(rows -> rows.stream().map(mapper).toList());
    }
}
