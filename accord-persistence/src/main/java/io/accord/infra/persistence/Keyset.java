package io.accord.infra.persistence;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order of a list, as keys that together are unique (the last one is the id), so that a page can continue after
 * the values of the previous page's last row instead of skipping {@code page × size} rows: a cursor is those values,
 * each as base64url text, joined by dots. The keys are entity properties of a type a cursor can carry (a time, a
 * UUID, a text, a whole number, an enum stored by name) that are never null: a keyset comparison skips nulls.
 * A list whose order a request chooses declares a {@link Sorting}, which makes its keysets.
 */
public final class Keyset<E> {

    static final String CURSOR = "cursor";
    static final Text NOT_OURS = Text.of("web.cursor.not-ours");

    record Key<E>(String property, boolean descending, Class<?> type, Function<E, ?> value) {
    }

    private final List<Key<E>> keys;

    private Keyset(List<Key<E>> keys) {
        this.keys = List.copyOf(keys);
    }

    public static <E> Keyset<E> descending(String property, Class<?> type, Function<E, ?> value) {
        return Keyset.<E>none().then(property, true, type, value);
    }

    public static <E> Keyset<E> ascending(String property, Class<?> type, Function<E, ?> value) {
        return Keyset.<E>none().then(property, false, type, value);
    }

    public Keyset<E> thenDescending(String property, Class<?> type, Function<E, ?> value) {
        return then(property, true, type, value);
    }

    public Keyset<E> thenAscending(String property, Class<?> type, Function<E, ?> value) {
        return then(property, false, type, value);
    }

    /** No keys yet: {@link Sorting} adds a request's. */
    static <E> Keyset<E> none() {
        return new Keyset<>(List.of());
    }

    List<Key<E>> keys() {
        return keys;
    }

    Keyset<E> then(String property, boolean descending, Class<?> type, Function<E, ?> value) {
        if (!type.isEnum() && !List.of(OffsetDateTime.class, UUID.class, String.class, Long.class, Integer.class).contains(type)) {
            throw new IllegalArgumentException("a cursor cannot carry a " + type.getSimpleName());
        }
        List<Key<E>> more = new ArrayList<>(keys);
        more.add(new Key<>(property, descending, type, value));
        return new Keyset<>(more);
    }

    /** {@code createdAt desc, id desc}: the HQL order. */
    String orderBy() {
        return keys.stream().map(k -> k.property + (k.descending ? " desc" : " asc")).collect(Collectors.joining(", "));
    }

    /** The cursor of the row after which the next page starts. */
    String cursorAfter(E row) {
        return keys.stream().map(k -> encode(k.value.apply(row))).collect(Collectors.joining("."));
    }

    /**
     * The condition "after the cursor's row" with its parameters added to {@code params}. The first key's bound comes
     * first and on its own, so that PostgreSQL starts an index scan there rather than filtering every row before it.
     */
    String after(String cursor, Map<String, Object> params) {
        List<Object> values = values(cursor);
        StringBuilder or = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            params.put(CURSOR + i, values.get(i));
            StringBuilder term = new StringBuilder();
            for (int j = 0; j < i; j++) {
                term.append(keys.get(j).property).append(" = :").append(CURSOR).append(j).append(" and ");
            }
            Key<E> k = keys.get(i);
            term.append(k.property).append(k.descending ? " < :" : " > :").append(CURSOR).append(i);
            or.append(i == 0 ? "" : " or ").append(i == 0 ? term : "(" + term + ")");
        }
        Key<E> first = keys.get(0);
        return first.property + (first.descending ? " <= :" : " >= :") + CURSOR + "0 and (" + or + ")";
    }

    List<Object> values(String cursor) {
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != keys.size()) {
            throw new InvalidFieldException(CURSOR, NOT_OURS);
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < parts.length; i++) {
                values.add(parse(keys.get(i).type, decode(parts[i])));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidFieldException(CURSOR, NOT_OURS);
        }
        return values;
    }

    static String encode(Object value) {
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        return text;
    }
}
