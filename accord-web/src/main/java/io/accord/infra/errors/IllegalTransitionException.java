package io.accord.infra.errors;

/** A lifecycle move the aggregate refuses from its current state (409, naming that state). */
public class IllegalTransitionException extends DomainException {

    private final String currentState;

    public IllegalTransitionException(String aggregate, Object currentState, String detail) {
        super(aggregate + " is " + currentState + ": " + detail);
        this.currentState = String.valueOf(currentState);
    }

    public String currentState() {
        return currentState;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Transition not allowed in the current state";
    }
}
