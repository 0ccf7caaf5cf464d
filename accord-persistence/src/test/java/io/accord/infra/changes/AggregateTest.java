package io.accord.infra.changes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateTest {

    /** A tiny aggregate with a revision, as a requirement record has. */
    static final class Door extends Aggregate {
        final UUID id = UUID.randomUUID();
        String state = "CLOSED";
        int revision = 1;

        void open() {
            String before = state;
            state = "OPEN";
            change("opened").from(before).to(state).event("door.opened", new Opened(id)).record();
        }

        void paint(String colour) {
            revision++;
            change("painted").in(state).detail(colour).record();
        }

        @Override
        public String aggregateType() {
            return "door";
        }

        @Override
        public UUID aggregateId() {
            return id;
        }

        @Override
        protected Integer eventRevision() {
            return revision;
        }
    }

    record Opened(UUID door) {
    }

    @Test
    void aChangeCarriesItsActionStatesEventAndTheRevisionAtTheTimeItWasMade() {
        Door door = new Door();
        door.open();
        door.paint("red");

        List<DomainChange> changes = door.pendingChanges();
        assertEquals(2, changes.size());
        DomainChange opened = changes.get(0);
        assertEquals("opened", opened.action());
        assertEquals("CLOSED", opened.stateBefore());
        assertEquals("OPEN", opened.stateAfter());
        assertEquals("door.opened", opened.event().type());
        assertEquals(new Opened(door.id), opened.event().payload());
        assertEquals(1, opened.revision());
        DomainChange painted = changes.get(1);
        assertEquals("OPEN", painted.stateBefore());
        assertEquals("OPEN", painted.stateAfter());
        assertEquals("red", painted.detail());
        assertNull(painted.event());
        assertEquals(2, painted.revision());
    }

    @Test
    void takenChangesAreForgottenSoNoneIsWrittenTwice() {
        Door door = new Door();
        door.open();

        assertEquals(1, door.takeChanges().size());
        assertTrue(door.pendingChanges().isEmpty());
        assertTrue(door.takeChanges().isEmpty());
    }

    @Test
    void changesOfDifferentAggregatesKeepTheOrderTheyWereMadeIn() {
        Door first = new Door();
        Door second = new Door();
        second.open();
        first.open();

        assertTrue(second.pendingChanges().get(0).order() < first.pendingChanges().get(0).order());
    }

    @Test
    void anEventNeedsATypeAndAPayload() {
        assertThrows(NullPointerException.class, () -> new DomainChange.Event("door.opened", null));
        assertThrows(NullPointerException.class, () -> new DomainChange.Event(null, "x"));
    }
}
