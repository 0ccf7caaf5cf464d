package io.accord.gateway.events;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentEventsTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private static LiveEvent event(String id, long at) {
        return new LiveEvent(id, "accord.review.opened", new JsonObject().put("id", id), at);
    }

    @Test
    void aResumingClientGetsWhatCameAfterItsLastEventInOrder() {
        RecentEvents recent = new RecentEvents(100, 5 * MINUTE);
        for (int i = 1; i <= 5; i++) {
            recent.add(event("e" + i, i));
        }
        RecentEvents.Replay replay = recent.after("e2", 100);
        assertTrue(replay.complete());
        assertEquals(List.of("e3", "e4", "e5"), replay.events().stream().map(LiveEvent::id).toList());
        assertTrue(recent.after("e5", 100).events().isEmpty());
    }

    @Test
    void moreThanTheReplayBoundIsNotSentButReportedIncomplete() {
        RecentEvents recent = new RecentEvents(100, 5 * MINUTE);
        for (int i = 1; i <= 20; i++) {
            recent.add(event("e" + i, i));
        }
        RecentEvents.Replay replay = recent.after("e1", 10);
        assertFalse(replay.complete());
        assertTrue(replay.events().isEmpty());
        assertTrue(recent.after("e10", 10).complete());
    }

    @Test
    void unknownOverwrittenAndExpiredEventsAskForAResync() {
        RecentEvents recent = new RecentEvents(4, 5 * MINUTE);
        for (int i = 1; i <= 6; i++) {
            recent.add(event("e" + i, i));
        }
        assertFalse(recent.after("e1", 100).complete(), "pushed out of the ring");
        assertFalse(recent.after("nope", 100).complete(), "never seen");
        assertTrue(recent.after("e3", 100).complete());

        RecentEvents timed = new RecentEvents(100, MINUTE);
        timed.add(event("old", 0));
        timed.add(event("new", 2 * MINUTE));
        assertFalse(timed.after("old", 100).complete(), "older than the retention");
    }
}
