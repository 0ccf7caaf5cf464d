package io.accord.gateway.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At most N live streams per principal on a replica (429 beyond); a closed stream frees its slot. */
class OpenStreamsTest {

    @Test
    void aPrincipalGetsUpToTheMaximumAndNoMore() {
        OpenStreams streams = new OpenStreams(2);

        assertTrue(streams.tryOpen("li.na"));
        assertTrue(streams.tryOpen("li.na"));
        assertFalse(streams.tryOpen("li.na"));
        assertEquals(2, streams.held("li.na"));
    }

    @Test
    void oneAccountsStreamsDoNotCountAgainstAnother() {
        OpenStreams streams = new OpenStreams(1);
        streams.tryOpen("li.na");

        assertTrue(streams.tryOpen("wang.gm"));
    }

    @Test
    void aClosedStreamFreesItsSlotAndExtraReleasesDoNotGoBelowZero() {
        OpenStreams streams = new OpenStreams(1);
        streams.tryOpen("li.na");

        streams.release("li.na");
        streams.release("li.na");

        assertEquals(0, streams.held("li.na"));
        assertTrue(streams.tryOpen("li.na"));
        assertFalse(streams.tryOpen("li.na"), "a spare release must not grant a second slot");
    }

    @Test
    void theTotalCountsEveryonesOpenStreamsAndNotTheRefusedOnes() {
        OpenStreams streams = new OpenStreams(2);
        streams.tryOpen("li.na");
        streams.tryOpen("li.na");
        streams.tryOpen("li.na");
        streams.tryOpen("wang.gm");

        assertEquals(3, streams.total());
        streams.release("li.na");
        streams.release("wang.gm");
        streams.release("wang.gm");
        assertEquals(1, streams.total());
    }
}
