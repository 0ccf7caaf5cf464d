package io.accord.infra.persistence;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.PageParams;
import io.accord.infra.web.SortKey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a list may be sorted by ({@code sort=field,asc|desc}, API.md) and the order it has when nobody asks: each list
 * declares its allow-list and default once, and {@link Pages} does the rest. The unique key (the id) ends every order,
 * so paging is exact under any sort; after a chosen order it follows the last key's direction, so one index
 * {@code (field, id)} serves a field both ways. The default order is kept exactly as declared (its indexes are built
 * for it). A cursor starts with the keys it was given under, so {@code ?cursor=} alone continues in that order, and a
 * cursor asked to continue another order is refused rather than skipping or repeating rows.
 *
 * <p>Fields are entity properties that are never null (a keyset comparison skips nulls), named in the API as on the
 * entity; the query only ever names declared properties, never the request's text.
 */
public final class Sorting<E> {

    private record Field<E>(Class<?> type, Function<E, ?> value) {
    }

    private final String unique;
    private final Field<E> uniqueField;
    private final Map<String, Field<E>> fields;
    private final List<SortKey> byDefault;
    private final boolean defaultUniqueDescending;

    private Sorting(String unique, Field<E> uniqueField, Map<String, Field<E>> fields, List<SortKey> byDefault,
            boolean defaultUniqueDescending) {
        this.unique = unique;
        this.uniqueField = uniqueField;
        this.fields = fields;
        this.byDefault = byDefault;
        this.defaultUniqueDescending = defaultUniqueDescending;
    }

    /** Starts with the key that is unique per row (the id): it breaks every tie, and no request names it. */
    public static <E> Sorting<E> unique(String property, Class<?> type, Function<E, ?> value) {
        Keyset.<E>none().then(property, false, type, value); // refuses a type a cursor cannot carry
        return new Sorting<>(property, new Field<>(type, value), Map.of(), List.of(), false);
    }

    /** A field requests may sort by; the order of declaration is the order a refusal lists them in. */
    public Sorting<E> field(String property, Class<?> type, Function<E, ?> value) {
        Keyset.<E>none().then(property, false, type, value);
        Map<String, Field<E>> more = new LinkedHashMap<>(fields);
        more.put(property, new Field<>(type, value));
        return new Sorting<>(unique, uniqueField, more, byDefault, defaultUniqueDescending);
    }

    /**
     * The order without a {@code sort} parameter, e.g. {@code ("createdAt,desc")}; the unique key may end it with its
     * own direction ({@code "id,asc"}) where the list always had it so, otherwise it follows the last key.
     */
    public Sorting<E> byDefault(String... keys) {
        List<String> given = Arrays.asList(keys);
        String last = given.get(given.size() - 1);
        boolean endsWithUnique = last.startsWith(unique + ",");
        List<SortKey> order = SortKey.parse(endsWithUnique ? given.subList(0, given.size() - 1) : given, fields.keySet());
        if (order.isEmpty()) {
            throw new IllegalArgumentException("a default order needs a field before the unique key");
        }
        boolean uniqueDescending = endsWithUnique ? last.endsWith(",desc") : order.get(order.size() - 1).descending();
        return new Sorting<>(unique, uniqueField, fields, order, uniqueDescending);
    }

    /** An order fixed by its keyset: its last key is the unique one, the others are the fields a request may name. */
    static <E> Sorting<E> of(Keyset<E> order) {
        List<Keyset.Key<E>> keys = order.keys();
        Keyset.Key<E> last = keys.get(keys.size() - 1);
        Sorting<E> sorting = unique(last.property(), last.type(), last.value());
        for (Keyset.Key<E> key : keys.subList(0, keys.size() - 1)) {
            sorting = sorting.field(key.property(), key.type(), key.value());
        }
        return sorting.byDefault(keys.stream().map(k -> new SortKey(k.property(), k.descending()).toString()).toArray(String[]::new));
    }

    /** The fields a request may sort by, in declared order. */
    public List<String> fields() {
        return List.copyOf(fields.keySet());
    }

    /** The order of one request: its {@code sort} parameters, else the one its cursor was given under, else the default. */
    Order<E> order(PageParams params) {
        List<SortKey> asked = SortKey.parse(params.sort, fields.keySet());
        if (!params.continues()) {
            List<SortKey> keys = asked.isEmpty() ? byDefault : asked;
            return new Order<>(keys, keyset(keys), null);
        }
        int dot = params.cursor.indexOf('.');
        List<SortKey> given = dot < 1 ? List.of() : givenUnder(params.cursor.substring(0, dot));
        if (given.isEmpty()) {
            throw new InvalidFieldException(Keyset.CURSOR, Keyset.NOT_OURS);
        }
        if (!asked.isEmpty() && !asked.equals(given)) {
            throw new InvalidFieldException(Keyset.CURSOR, Text.of("web.cursor.other-sort", given.stream().map(SortKey::toString)
                    .collect(Collectors.joining(" then "))));
        }
        return new Order<>(given, keyset(given), params.cursor.substring(dot + 1));
    }

    private List<SortKey> givenUnder(String encoded) {
        try {
            return SortKey.parse(List.of(Keyset.decode(encoded).split(";")), fields.keySet());
        } catch (IllegalArgumentException | InvalidFieldException e) {
            throw new InvalidFieldException(Keyset.CURSOR, Keyset.NOT_OURS);
        }
    }

    Keyset<E> keyset(List<SortKey> keys) {
        Keyset<E> keyset = Keyset.none();
        for (SortKey key : keys) {
            Field<E> field = fields.get(key.field());
            keyset = keyset.then(key.field(), key.descending(), field.type(), field.value());
        }
        boolean uniqueDescending = keys.equals(byDefault) ? defaultUniqueDescending : keys.get(keys.size() - 1).descending();
        return keyset.then(unique, uniqueDescending, uniqueField.type(), uniqueField.value());
    }

    /** A request's keys and the keyset they make; {@code after} is the cursor's values when the request continues. */
    record Order<E>(List<SortKey> keys, Keyset<E> keyset, String after) {

        /** The keys this page was read in, then the values of its last row. */
        String cursorAfter(E row) {
            String sort = keys.stream().map(SortKey::toString).collect(Collectors.joining(";"));
            return Keyset.encode(sort) + "." + keyset.cursorAfter(row);
        }
    }
}
