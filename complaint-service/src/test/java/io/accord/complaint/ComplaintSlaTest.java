package io.accord.complaint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLA clock of a complaint, at chosen moments: a day to acknowledge, a week (MAJOR) to resolve. */
class ComplaintSlaTest {

    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final Duration MICROSECOND = Duration.ofNanos(1_000);

    static Complaint received() {
        return Complaint.receive(UUID.randomUUID(), ComplaintChannel.PHONE, ComplaintCategory.QUALITY, ComplaintSeverity.MAJOR,
                "housings leak", null, null, null, null, Duration.ofHours(24), Duration.ofDays(7), RECEIVED);
    }

    @Test
    void theDeadlinesAreFixedWhenTheComplaintIsReceived() {
        Complaint c = received();
        assertEquals(RECEIVED, c.receivedAt);
        assertEquals(RECEIVED.plusHours(24), c.ackDueAt);
        assertEquals(RECEIVED.plusDays(7), c.resolutionDueAt);
    }

    @Test
    void aDeadlineIsMissedOnlyOnceItHasPassed() {
        Complaint c = received();
        assertFalse(c.slaBreached(c.ackDueAt));
        assertTrue(c.ackBreached(c.ackDueAt.plus(MICROSECOND)));
        assertFalse(c.resolutionBreached(c.ackDueAt.plus(MICROSECOND)));
        assertFalse(c.resolutionBreached(c.resolutionDueAt));
        assertTrue(c.resolutionBreached(c.resolutionDueAt.plus(MICROSECOND)));
    }

    @Test
    void anAcknowledgementInTimeMeetsThatDeadlineForGoodALateOneMissesItForGood() {
        Complaint inTime = received();
        inTime.acknowledge(RECEIVED.plusHours(23));
        assertFalse(inTime.ackBreached(RECEIVED.plusDays(30)));

        Complaint late = received();
        late.acknowledge(RECEIVED.plusHours(25));
        assertTrue(late.ackBreached(RECEIVED.plusHours(25)));
        assertTrue(late.slaBreached(RECEIVED.plusDays(30)));
    }

    @Test
    void aWithdrawalStopsTheClock() {
        Complaint c = received();
        c.withdraw("settled by phone", RECEIVED.plusHours(23));
        assertFalse(c.slaBreached(RECEIVED.plusDays(30)));
    }

    @Test
    void aRefusedResolutionSetsTheResolutionClockRunningAgain() {
        Complaint c = received();
        c.acknowledge(RECEIVED.plusHours(1));
        c.investigate("porous casting", "batch on hold");
        c.resolve("housings replaced", Remedy.REPLACE, RECEIVED.plusDays(2));
        assertFalse(c.resolutionBreached(RECEIVED.plusDays(30)));

        c.customerConfirms(false, "two still leak", null, RECEIVED.plusDays(6));
        assertFalse(c.resolutionBreached(RECEIVED.plusDays(7)));
        assertTrue(c.resolutionBreached(RECEIVED.plusDays(8)));
    }
}
