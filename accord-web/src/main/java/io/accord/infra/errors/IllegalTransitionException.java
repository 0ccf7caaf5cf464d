package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/**
 * A lifecycle move the aggregate refuses from its current state (409, naming that state). The aggregate is named as
 * {@link ResourceNotFoundException} names a resource; the state stays its code.
 */
public class IllegalTransitionException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.transition");

    private final String currentState;

    public IllegalTransitionException(String aggregate, Object currentState, Text reason) {
        this(Resources.name(aggregate), currentState, reason);
    }

    /** {@code aggregate} as a sentence of its own, e.g. "incident 2". */
    public IllegalTransitionException(Text aggregate, Object currentState, Text reason) {
        super(TITLE, Text.of("problem.detail.transition", aggregate, currentState, reason));
        this.currentState = String.valueOf(currentState);
    }

    /** The old way: the reason as an English sentence. */
    public IllegalTransitionException(String aggregate, Object currentState, String reason) {
        this(aggregate, currentState, Text.literal(reason));
    }

    public String currentState() {
        return currentState;
    }

    @Override
    public int status() {
        return 409;
    }
}
