package io.accord.infra.csv;

import io.accord.infra.i18n.EnumLabels;
import io.accord.infra.i18n.Messages;
import io.accord.infra.i18n.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of one list's CSV export, declared once per list: each a header from the bundles and a cell per row.
 * A header is {@code <prefix><name>} from the list's module (e.g. {@code requirements.csv.title}), else the shared
 * {@code csv.column.<name>} of accord-web (ids, status, times that many lists have). Cells are written one way
 * everywhere: an enum as its label in the reader's language (what the JSON's {@code …Label} says; a code without a
 * label is its own label), several enums joined by {@code "; "}, times ISO-8601 in UTC ({@code 2026-03-01T08:00:00Z}),
 * dates ISO-8601, money a plain decimal with its currency in a column of its own, booleans {@code true}/{@code false},
 * nothing (null) an empty cell.
 */
public final class CsvColumns<T> {

    static final String SHARED = "csv.column.";
    static final String SEPARATOR = "; ";

    private record Column<T>(String name, BiFunction<T, Locale, String> cell) {
    }

    private final String prefix;
    private final List<Column<T>> columns;

    private CsvColumns(String prefix, List<Column<T>> columns) {
        this.prefix = prefix;
        this.columns = List.copyOf(columns);
    }

    /** A list's columns, headed by the keys {@code prefix + name} (or the shared {@code csv.column.<name>}). */
    public static <T> CsvColumns<T> headedBy(String prefix) {
        return new CsvColumns<>(prefix, List.of());
    }

    /** A text, a number or an id as it is. */
    public CsvColumns<T> text(String name, Function<T, ?> value) {
        return add(name, (row, locale) -> plain(value.apply(row)));
    }

    public CsvColumns<T> time(String name, Function<T, OffsetDateTime> value) {
        return add(name, (row, locale) -> {
            OffsetDateTime time = value.apply(row);
            return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time);
        });
    }

    public CsvColumns<T> date(String name, Function<T, LocalDate> value) {
        return add(name, (row, locale) -> {
            LocalDate date = value.apply(row);
            return date == null ? null : date.toString();
        });
    }

    /** An enum by its label in the reader's language. */
    public CsvColumns<T> label(String name, Function<T, ? extends Enum<?>> value) {
        return add(name, (row, locale) -> {
            Enum<?> code = value.apply(row);
            return code == null ? null : EnumLabels.label(code, locale);
        });
    }

    /** Several enums by their labels, joined by {@code "; "}. */
    public CsvColumns<T> labels(String name, Function<T, ? extends Collection<? extends Enum<?>>> value) {
        return add(name, (row, locale) -> {
            Collection<? extends Enum<?>> codes = value.apply(row);
            return codes == null ? null : codes.stream().map(c -> EnumLabels.label(c, locale)).collect(Collectors.joining(SEPARATOR));
        });
    }

    /** An amount (a plain decimal, never 1E+3) and its currency, in two columns. */
    public CsvColumns<T> money(String amount, Function<T, ?> value, String currency, Function<T, String> code) {
        return add(amount, (row, locale) -> {
            Object v = value.apply(row);
            return v instanceof BigDecimal decimal ? decimal.toPlainString() : plain(v);
        }).add(currency, (row, locale) -> code.apply(row));
    }

    private CsvColumns<T> add(String name, BiFunction<T, Locale, String> cell) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(name, cell));
        return new CsvColumns<>(prefix, more);
    }

    public List<String> headers(Locale locale) {
        return columns.stream().map(c -> header(c.name).in(locale)).toList();
    }

    public List<String> cells(T row, Locale locale) {
        return columns.stream().map(c -> c.cell.apply(row, locale)).toList();
    }

    /** The message key of a column's header: the list's own, else the shared one. */
    Text header(String name) {
        String own = prefix + name;
        return Messages.has(own) ? Text.of(own) : Text.keyOr(SHARED + name, name);
    }

    private static String plain(Object value) {
        return value == null ? null : value.toString();
    }
}
