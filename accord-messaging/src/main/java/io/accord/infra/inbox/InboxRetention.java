package io.accord.infra.inbox;

import io.accord.infra.retention.PurgeableTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The inbox remembers applied event ids so that a redelivery is ignored; an id is worth keeping only while Kafka can
 * still deliver its event again, so {@code accord.retention.window.inbox} must be longer than the topics' retention
 * (see this module's defaults). The outbox needs no such rule: the relay deletes each row once the broker has it, and
 * what is left is unpublished, to be kept whatever its age.
 */
@Singleton
public class InboxRetention {

    @Produces
    @Singleton
    PurgeableTable inbox() {
        return new PurgeableTable("inbox", "inbox_event", "received_at");
    }
}
