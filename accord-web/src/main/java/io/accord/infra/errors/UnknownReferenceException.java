package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/**
 * A well-formed field names something that does not exist or cannot be used (an unknown or inactive department):
 * 422, with the field named like any validation failure.
 */
public class UnknownReferenceException extends InvalidFieldException {

    private static final Text TITLE = Text.of("problem.title.unprocessable");

    public UnknownReferenceException(String field, Text message) {
        super(TITLE, field, message);
    }

    /** The old way: the message as an English sentence. */
    public UnknownReferenceException(String field, String message) {
        this(field, Text.literal(message));
    }

    @Override
    public int status() {
        return 422;
    }

}
