package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Consumer;

/** Applies one event at most once: the inbox claim and the handler's effect share one transaction. */
@ApplicationScoped
public class EventApplier {

    private final Inbox inbox;
    private final CurrentActor actor;

    public EventApplier(Inbox inbox, CurrentActor actor) {
        this.inbox = inbox;
        this.actor = actor;
    }

    /** Returns false when the event was a redelivery and nothing was done. */
    @Transactional
    public boolean applyOnce(EventEnvelope event, Consumer<EventEnvelope> handler) {
        if (!inbox.claim(event)) {
            return false;
        }
        // the effect (its audit entries and follow-up events) carries the causing event's actor and correlation
        actor.runAs(event.actor(), () -> RequestIds.runWith(event.correlationid(), () -> handler.accept(event)));
        return true;
    }
}
