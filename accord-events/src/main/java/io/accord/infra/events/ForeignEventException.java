package io.accord.infra.events;

/**
 * A well-formed event from a service that does not own its topic or type ({@link EventOwners}): never applied, and
 * dead-lettered like any other event that can never be applied, with the reason in the record's headers.
 */
public class ForeignEventException extends MalformedEventException {
    public ForeignEventException(String reason) {
        super(reason, null);
    }
}
