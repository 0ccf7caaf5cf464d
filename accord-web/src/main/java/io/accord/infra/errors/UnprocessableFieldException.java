package io.accord.infra.errors;

/**
 * A well-formed field whose value cannot be used against the state it meets (a delivered quantity beyond what was
 * ordered): 422 with the field named in {@code violations}, as a validation failure names it.
 */
public class UnprocessableFieldException extends InvalidFieldException {

    public UnprocessableFieldException(String field, String message) {
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
