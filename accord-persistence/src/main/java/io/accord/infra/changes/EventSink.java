package io.accord.infra.changes;

import java.util.UUID;

/**
 * Where {@link ChangeWriter} sends the events of changes: the transactional outbox in a service that publishes.
 * An app without one (the gateway) may record changes that carry no event.
 */
public interface EventSink {

    /** Appends the event in the caller's transaction. */
    void append(String aggregateType, UUID aggregateId, Integer revision, String shortType, Object payload);
}
