package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventHandlersTest {

    @Test
    void anEventGoesToTheHandlerOfItsTypeAndATypeWithoutOneIsNotHandled() {
        List<String> handled = new ArrayList<>();
        EventHandlers handlers = EventHandlers.on("requirement.submitted", e -> handled.add("submitted " + e.id()))
                .and("requirement.amended", e -> handled.add("amended " + e.id()));

        handlers.of(event("e1", "accord.requirement.submitted")).orElseThrow().accept(event("e1", "accord.requirement.submitted"));
        handlers.of(event("e2", "accord.requirement.amended")).orElseThrow().accept(event("e2", "accord.requirement.amended"));

        assertEquals(List.of("submitted e1", "amended e2"), handled);
        assertTrue(handlers.of(event("e3", "accord.requirement.captured")).isEmpty());
        assertEquals(Set.of("requirement.submitted", "requirement.amended"), handlers.types());
    }

    @Test
    void aTypeHandledTwiceIsRefusedAndTheFirstRegistrationStandsAlone() {
        EventHandlers one = EventHandlers.on("review.opened", e -> { });

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> one.and("review.opened", e -> { }));

        assertTrue(twice.getMessage().contains("review.opened"), twice.getMessage());
        assertEquals(Set.of("review.opened"), one.types());
        assertTrue(one.and("review.approved", e -> { }).types().contains("review.approved"));
        assertEquals(Set.of("review.opened"), one.types(), "adding a handler makes a new value; the old one is unchanged");
    }

    @Test
    void aLibrarysHandlersJoinAConsumersOwnAndMayNotTakeOverAType() {
        EventHandlers library = EventHandlers.on("customer.registered", e -> { }).and("customer.updated", e -> { });

        EventHandlers all = EventHandlers.on("requirement.delivered", e -> { }).and(library);

        assertEquals(Set.of("requirement.delivered", "customer.registered", "customer.updated"), all.types());
        assertThrows(IllegalArgumentException.class, () -> EventHandlers.on("customer.updated", e -> { }).and(library));
    }

    @Test
    void aQualifiedOrMissingTypeIsRefusedRatherThanNeverMatching() {
        assertThrows(IllegalArgumentException.class, () -> EventHandlers.on("accord.review.opened", e -> { }));
        assertThrows(IllegalArgumentException.class, () -> EventHandlers.on(" ", e -> { }));
        assertThrows(NullPointerException.class, () -> EventHandlers.on("review.opened", null));
    }

    static EventEnvelope event(String id, String type) {
        return new EventEnvelope("1.0", id, "/accord/requirements-service", type, "subject", null, "application/json",
                "li.na", null, 1, null, null, null);
    }
}
