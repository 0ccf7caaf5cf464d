package io.accord.infra.web;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The request id a client sends (or one made up) follows the work into logs, problems and events. */
class RequestIdsTest {

    @AfterEach
    void clear() {
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Test
    void aClientsRequestIdIsKept() {
        assertEquals("abc-123", RequestIds.accept("abc-123"));
        assertEquals("abc-123", RequestIds.current());
    }

    @Test
    void aMissingBlankOrOverlongRequestIdIsReplacedByAFreshOne() {
        for (String incoming : new String[]{null, " ", "x".repeat(129)}) {
            String id = RequestIds.accept(incoming);
            assertDoesNotThrow(() -> UUID.fromString(id));
            assertNotEquals(incoming, id);
        }
    }

    @Test
    void workRunWithAnIdSeesItAndTheCallersIdComesBackAfterwards() {
        RequestIds.accept("outer");
        String[] seen = new String[1];

        RequestIds.runWith("event-correlation", () -> seen[0] = RequestIds.current());

        assertEquals("event-correlation", seen[0]);
        assertEquals("outer", RequestIds.current());
    }

    @Test
    void anIdSetOnlyForSomeWorkDoesNotLeakIntoTheNextOnTheSameThread() {
        RequestIds.runWith("event-1", () -> { });

        assertNull(RequestIds.current());
    }

    @Test
    void anIdIsRestoredEvenWhenTheWorkFails() {
        RequestIds.accept("outer");

        try {
            RequestIds.runWith("event-1", () -> {
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the consumer's retry sees the failure; the thread must not keep the event's id
        }

        assertEquals("outer", RequestIds.current());
    }
}
