package io.accord.feedback.rest;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

/**
 * A {@code true}/{@code false} query parameter, read strictly: JAX-RS would take {@code ?excludeStaffIssued=yes} as
 * false and answer figures the caller did not ask for, so anything else is a 400 naming the parameter.
 */
final class BooleanParams {

    private BooleanParams() {
    }

    /** Null when absent. */
    static Boolean parse(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw new InvalidFieldException(name, Text.of("web.boolean"));
    }
}
