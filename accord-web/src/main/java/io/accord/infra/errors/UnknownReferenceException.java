package io.accord.infra.errors;

/**
 * A well-formed field names something that does not exist or cannot be used (an unknown or inactive department):
 * 422, with the field named like any validation failure.
 */
public class UnknownReferenceException extends InvalidFieldException {

    public UnknownReferenceException(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }
}
