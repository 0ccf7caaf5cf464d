package io.accord.infra.errors;

import java.util.List;

/** Well-formed, but refers to something that cannot be used (e.g. an unknown customer code). */
public class UnprocessableException extends DomainException {

    private final List<Problem.Violation> violations;

    public UnprocessableException(String message) {
        super(message);
        this.violations = List.of();
    }

    /** The reference in {@code field} cannot be used; the problem names the field, as a 400 does. */
    public UnprocessableException(String field, String message) {
        super(field + ": " + message);
        this.violations = List.of(new Problem.Violation(field, message));
    }

    public List<Problem.Violation> violations() {
        return violations;
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
