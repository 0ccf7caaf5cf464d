package io.accord.infra.changes;

import io.accord.infra.signatures.Signature;

import java.util.Objects;

/**
 * One state change of an aggregate, as the aggregate itself describes it: the audit entry's action, the state
 * before and after, a detail, and — when other services must hear of it — the event to publish with its payload.
 * The aggregate yields it; {@link ChangeWriter} turns it into an audit entry and an outbox row in the same
 * transaction, so no use case writes either by hand.
 *
 * @param action      what happened, in the audit trail's words ("submitted", "opinion recorded: SALES")
 * @param stateBefore the aggregate's state before (null when it had none, e.g. on creation)
 * @param stateAfter  the aggregate's state after
 * @param detail      what the history should show beyond the states (serialised to JSON), or null
 * @param event       the domain event, or null when the change stays inside the service
 * @param signature   the person's signature when the change is a signed act (an opinion, a decision…), or null
 * @param revision    the aggregate's revision the event speaks of (the envelope's {@code aggregaterevision}), or null
 * @param order       the order in which changes were made, across aggregates, so they are written as they happened
 */
public record DomainChange(String action, Object stateBefore, Object stateAfter, Object detail, Event event,
        Signature signature, Integer revision, long order) {

    public DomainChange {
        Objects.requireNonNull(action, "action");
    }

    /**
     * A domain event: its short type ({@code requirement.submitted}; the envelope adds the {@code accord.} prefix)
     * and its payload.
     */
    public record Event(String type, Object payload) {
        public Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(payload, "payload");
        }
    }
}
