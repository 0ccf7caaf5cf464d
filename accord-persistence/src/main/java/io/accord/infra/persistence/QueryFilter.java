package io.accord.infra.persistence;

import java.util.HashMap;
import java.util.Map;

/** Builds a Panache query from optional list filters: a filter whose value is absent adds nothing. */
public final class QueryFilter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = :field} when {@code value} is present. */
    public QueryFilter equal(String field, Object value) {
        return where(field + " = :" + field, field, value);
    }

    /** Any condition with one named parameter, e.g. {@code ("createdAt >= :from", "from", from)}. */
    public QueryFilter where(String condition, String param, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** A condition with several named parameters, added when {@code applies}. */
    public QueryFilter when(boolean applies, String condition, Map<String, Object> values) {
        if (applies) {
            where.append(" and ").append(condition);
            params.putAll(values);
        }
        return this;
    }

    /** A condition without parameters, added when {@code applies}. */
    public QueryFilter when(boolean applies, String condition) {
        if (applies) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    public String query() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
