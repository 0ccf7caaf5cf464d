package io.accord.infra.changes;

import io.accord.infra.signatures.Signature;

/**
 * Describes one change of an {@link Aggregate}, fluently: {@code change("submitted").from(a).to(b).event(t, p).record()};
 * a signed change adds {@code .signed(signature)}.
 */
public final class ChangeBuilder {

    private final Aggregate aggregate;
    private final String action;
    private Object before;
    private Object after;
    private Object detail;
    private DomainChange.Event event;
    private Signature signature;

    ChangeBuilder(Aggregate aggregate, String action) {
        this.aggregate = aggregate;
        this.action = action;
    }

    public ChangeBuilder from(Object stateBefore) {
        this.before = stateBefore;
        return this;
    }

    public ChangeBuilder to(Object stateAfter) {
        this.after = stateAfter;
        return this;
    }

    /** The state stays as it is (the history shows it before and after). */
    public ChangeBuilder in(Object state) {
        return from(state).to(state);
    }

    public ChangeBuilder detail(Object detail) {
        this.detail = detail;
        return this;
    }

    public ChangeBuilder event(String type, Object payload) {
        this.event = new DomainChange.Event(type, payload);
        return this;
    }

    /** The change is signed: its audit entry carries the signature, and the hash chain covers it. */
    public ChangeBuilder signed(Signature signature) {
        this.signature = signature;
        return this;
    }

    /** Adds the change to the aggregate's pending changes, with the revision it has now. */
    public DomainChange record() {
        DomainChange change = new DomainChange(action, before, after, detail, event, signature, aggregate.eventRevision(),
                Aggregate.nextOrder());
        aggregate.add(change);
        return change;
    }
}
