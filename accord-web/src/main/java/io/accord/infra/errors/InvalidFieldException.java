package io.accord.infra.errors;

import java.util.List;

/** A rule over several fields that bean validation cannot express; answered like any validation failure. */
public class InvalidFieldException extends DomainException {

    private final List<Problem.Violation> violations;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.violations = List.of(new Problem.Violation(field, message));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
