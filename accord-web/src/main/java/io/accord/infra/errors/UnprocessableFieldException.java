package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/**
 * A well-formed field whose value cannot be used against the state it meets (a delivered quantity beyond what was
 * ordered): 422 with the field named in {@code violations}, as a validation failure names it.
 */
public class UnprocessableFieldException extends InvalidFieldException {

    private static final Text TITLE = Text.of("problem.title.unprocessable");

    public UnprocessableFieldException(String field, String message) {
        super(field, message);
    }

    /** The message in the reader's language, as the title is. */
    public UnprocessableFieldException(String field, Text message) {
        super(TITLE, field, message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return TITLE.english();
    }
}
