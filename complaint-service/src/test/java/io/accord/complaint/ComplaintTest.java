package io.accord.complaint;

import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import io.accord.testsupport.Transitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A complaint's lifecycle (PROCESS.md §3): {@code RECEIVED → ACKNOWLEDGED → INVESTIGATING → RESOLVED → CLOSED}, or back
 * through {@code REOPENED} when the customer refuses the resolution; {@code WITHDRAWN} by the customer until it is
 * closed. Every other move is refused (409 naming the state) and leaves the complaint as it was.
 */
class ComplaintTest {

    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    enum Move implements Transitions.Move<Complaint> {
        ACKNOWLEDGE(c -> c.acknowledge(RECEIVED.plusHours(2))),
        INVESTIGATE(c -> c.investigate("porous casting", "batch on hold")),
        RESOLVE(c -> c.resolve("housings replaced", Remedy.REPLACE, RECEIVED.plusDays(2))),
        ACCEPT(c -> c.customerConfirms(true, "fine now", closing(RECEIVED.plusDays(3)), RECEIVED.plusDays(3))),
        REFUSE(c -> c.customerConfirms(false, "two still leak", null, RECEIVED.plusDays(3))),
        WITHDRAW(c -> c.withdraw("settled by phone", RECEIVED.plusDays(4))),
        OPEN_CORRECTIVE_ACTION(c -> c.openCorrectiveAction("X-ray every casting", "sun.q", LocalDate.parse("2026-04-01"),
                RECEIVED.plusDays(5)));

        private final Consumer<Complaint> apply;

        Move(Consumer<Complaint> apply) {
            this.apply = apply;
        }

        @Override
        public void applyTo(Complaint aggregate) {
            apply.accept(aggregate);
        }
    }

    static final Map<ComplaintStatus, Set<Move>> ALLOWED = Map.of(
            ComplaintStatus.RECEIVED, EnumSet.of(Move.ACKNOWLEDGE, Move.WITHDRAW),
            ComplaintStatus.ACKNOWLEDGED, EnumSet.of(Move.INVESTIGATE, Move.WITHDRAW),
            ComplaintStatus.INVESTIGATING, EnumSet.of(Move.INVESTIGATE, Move.RESOLVE, Move.WITHDRAW, Move.OPEN_CORRECTIVE_ACTION),
            ComplaintStatus.RESOLVED, EnumSet.of(Move.ACCEPT, Move.REFUSE, Move.WITHDRAW, Move.OPEN_CORRECTIVE_ACTION),
            ComplaintStatus.REOPENED, EnumSet.of(Move.INVESTIGATE, Move.WITHDRAW, Move.OPEN_CORRECTIVE_ACTION),
            ComplaintStatus.CLOSED, EnumSet.of(Move.OPEN_CORRECTIVE_ACTION),
            ComplaintStatus.WITHDRAWN, EnumSet.noneOf(Move.class));

    static Complaint received() {
        return Complaint.receive(UUID.randomUUID(), ComplaintChannel.EMAIL, ComplaintCategory.QUALITY, ComplaintSeverity.MAJOR,
                "housings leak", "PO-1", "PH-200", "B-7", null, Duration.ofHours(24), Duration.ofDays(7), RECEIVED);
    }

    /** A complaint brought to {@code status} the way the process gets there. */
    static Complaint in(ComplaintStatus status) {
        Complaint c = received();
        switch (status) {
            case RECEIVED -> { }
            case ACKNOWLEDGED -> Move.ACKNOWLEDGE.applyTo(c);
            case INVESTIGATING -> path(c, Move.ACKNOWLEDGE, Move.INVESTIGATE);
            case RESOLVED -> path(c, Move.ACKNOWLEDGE, Move.INVESTIGATE, Move.RESOLVE);
            case CLOSED -> path(c, Move.ACKNOWLEDGE, Move.INVESTIGATE, Move.RESOLVE, Move.ACCEPT);
            case REOPENED -> path(c, Move.ACKNOWLEDGE, Move.INVESTIGATE, Move.RESOLVE, Move.REFUSE);
            case WITHDRAWN -> Move.WITHDRAW.applyTo(c);
        }
        assertEquals(status, c.status);
        return c;
    }

    static void path(Complaint c, Move... moves) {
        for (Move move : moves) {
            move.applyTo(c);
        }
    }

    @Test
    void aComplaintIsReceivedWithItsFactsAndItsClock() {
        Complaint c = received();

        assertEquals(ComplaintStatus.RECEIVED, c.status);
        assertEquals(ComplaintSeverity.MAJOR, c.severity);
        assertEquals(RECEIVED.plusDays(7), c.resolutionDueAt);
        assertEquals(0, c.reopenCount);
        assertNull(c.acknowledgedAt);
    }

    @Test
    void theUsualPathEndsClosedOnTheCustomersAcceptance() {
        Complaint c = received();

        c.acknowledge(RECEIVED.plusHours(2));
        assertEquals(ComplaintStatus.ACKNOWLEDGED, c.status);
        assertEquals(RECEIVED.plusHours(2), c.acknowledgedAt);

        c.investigate("porous casting", "batch on hold");
        c.investigate("porous casting from supplier S-3", "batch on hold, supplier informed");
        assertEquals(ComplaintStatus.INVESTIGATING, c.status);
        assertEquals("porous casting from supplier S-3", c.rootCause);
        assertEquals("batch on hold, supplier informed", c.containment);

        c.resolve("housings replaced", Remedy.REPLACE, RECEIVED.plusDays(2));
        assertEquals(ComplaintStatus.RESOLVED, c.status);
        assertEquals(Remedy.REPLACE, c.remedy);
        assertEquals(RECEIVED.plusDays(2), c.resolvedAt);

        c.customerConfirms(true, "fine now", closing(RECEIVED.plusDays(3)), RECEIVED.plusDays(3));
        assertEquals(ComplaintStatus.CLOSED, c.status);
        assertEquals(RECEIVED.plusDays(3), c.closedAt);
        assertEquals("fine now", c.customerComment);
    }

    @Test
    void aRefusedResolutionReopensTheComplaintForAnotherInvestigation() {
        Complaint c = in(ComplaintStatus.RESOLVED);

        c.customerConfirms(false, "two still leak", null, RECEIVED.plusDays(3));
        assertEquals(ComplaintStatus.REOPENED, c.status);
        assertEquals(1, c.reopenCount);
        assertNull(c.resolvedAt);
        assertNull(c.closedAt);
        assertEquals("two still leak", c.customerComment);

        c.investigate("second cause: gasket", "gaskets swapped");
        c.resolve("gaskets replaced", Remedy.REPAIR, RECEIVED.plusDays(5));
        c.customerConfirms(false, "still not right", null, RECEIVED.plusDays(6));
        assertEquals(2, c.reopenCount);
        path(c, Move.INVESTIGATE, Move.RESOLVE, Move.ACCEPT);
        assertEquals(ComplaintStatus.CLOSED, c.status);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"RECEIVED", "ACKNOWLEDGED", "INVESTIGATING", "RESOLVED", "REOPENED"})
    void theCustomerMayWithdrawUntilTheComplaintIsClosed(ComplaintStatus status) {
        Complaint c = in(status);

        c.withdraw("settled by phone", RECEIVED.plusDays(4));

        assertEquals(ComplaintStatus.WITHDRAWN, c.status);
        assertEquals(RECEIVED.plusDays(4), c.withdrawnAt);
        assertEquals("settled by phone", c.customerComment);
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void eachStateAllowsItsMovesAndRefusesEveryOtherLeavingTheComplaintAsItWas(ComplaintStatus status) {
        Transitions.check(Move.class, ALLOWED.get(status), () -> in(status),
                c -> Arrays.asList(c.status, c.reopenCount, c.rootCause, c.resolutionSummary, c.resolvedAt, c.closedAt,
                        c.withdrawnAt, c.customerComment),
                IllegalTransitionException.class, refused -> assertEquals(status.name(), refused.currentState()));
    }

    @Test
    void aRefusedMoveChangesNoneOfTheRecordedFacts() {
        Complaint closed = in(ComplaintStatus.CLOSED);
        OffsetDateTime resolvedAt = closed.resolvedAt;

        assertThrows(IllegalTransitionException.class, () -> closed.resolve("again", Remedy.REFUND, RECEIVED.plusDays(9)));
        assertThrows(IllegalTransitionException.class, () -> closed.withdraw("changed my mind", RECEIVED.plusDays(9)));

        assertEquals("housings replaced", closed.resolutionSummary);
        assertEquals(Remedy.REPLACE, closed.remedy);
        assertEquals(resolvedAt, closed.resolvedAt);
        assertEquals("fine now", closed.customerComment);
        assertNull(closed.withdrawnAt);
    }

    @Test
    void anEndedComplaintIsClosedOrWithdrawn() {
        assertEquals(EnumSet.of(ComplaintStatus.CLOSED, ComplaintStatus.WITHDRAWN),
                EnumSet.copyOf(EnumSet.allOf(ComplaintStatus.class).stream().filter(ComplaintStatus::ended).toList()));
    }

    /** The signature of whoever records the customer's acceptance. */
    static Signature closing(OffsetDateTime at) {
        return new Signature("xu.cs", SignatureMeaning.CLOSED, at, at.minusMinutes(1));
    }
}
