package io.accord.complaint;

import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.ComplaintReceived;
import io.accord.complaint.events.ComplaintStatusChanged;
import io.accord.complaint.events.CorrectiveActionChanged;
import io.accord.complaint.events.SlaBreached;
import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a complaint's history and events say of each move: the change it records. */
class ComplaintChangesTest {

    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID FEEDBACK = UUID.randomUUID();

    static Complaint received() {
        return Complaint.receive(CUSTOMER, ComplaintChannel.FEEDBACK, ComplaintCategory.QUALITY, ComplaintSeverity.MAJOR,
                "housings leak", "PO-7", "PH-200", "B12", FEEDBACK, Duration.ofHours(24), Duration.ofDays(7), RECEIVED);
    }

    static Complaint investigating() {
        Complaint c = received();
        c.acknowledge(RECEIVED.plusHours(1));
        c.investigate("worn seal", "stock quarantined");
        c.takeChanges();
        return c;
    }

    @Test
    void receivingRecordsTheComplaintWithItsDeadlines() {
        Complaint c = received();

        DomainChange received = single(c);
        assertEquals("received", received.action());
        assertNull(received.stateBefore());
        assertEquals(ComplaintStatus.RECEIVED, received.stateAfter());
        assertEquals(ComplaintEventTypes.RECEIVED, received.event().type());
        ComplaintReceived data = (ComplaintReceived) received.event().payload();
        assertEquals(new ComplaintReceived(c.id, CUSTOMER, "FEEDBACK", "QUALITY",
                "MAJOR", "housings leak", "PO-7", FEEDBACK, RECEIVED.plusHours(24), RECEIVED.plusDays(7)), data);
        assertEquals(data, received.detail());
        assertNull(received.revision());
    }

    @Test
    void eachMoveRecordsWhereItCameFromWhereItWentAndWhatWasSaid() {
        Complaint c = received();
        c.takeChanges();
        c.acknowledge(RECEIVED.plusHours(1));
        c.investigate("worn seal", "stock quarantined");
        c.resolve("seals replaced", Remedy.REPLACE, RECEIVED.plusDays(2));
        c.customerConfirms(false, "still leaks", null, RECEIVED.plusDays(3));

        List<DomainChange> changes = c.pendingChanges();
        assertEquals(List.of("acknowledged", "investigation-recorded", "resolved", "reopened"),
                changes.stream().map(DomainChange::action).toList());
        assertEquals(List.of(ComplaintEventTypes.ACKNOWLEDGED, ComplaintEventTypes.INVESTIGATION_RECORDED,
                ComplaintEventTypes.RESOLVED, ComplaintEventTypes.REOPENED),
                changes.stream().map(change -> change.event().type()).toList());

        assertMoved(changes.get(0), c, ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, null);
        assertMoved(changes.get(1), c, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING,
                Map.of("rootCause", "worn seal", "containment", "stock quarantined"));
        assertMoved(changes.get(2), c, ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED,
                Map.of("summary", "seals replaced", "remedy", Remedy.REPLACE));
        assertMoved(changes.get(3), c, ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED,
                Map.of("accepted", false, "comment", "still leaks"));
    }

    @Test
    void anAcceptedResolutionClosesAndSaysSoWithoutAComment() {
        Complaint c = investigating();
        c.resolve("seals replaced", Remedy.REPLACE, RECEIVED.plusDays(2));
        Signature closing = new Signature("cs.zhao", SignatureMeaning.CLOSED, RECEIVED.plusDays(3), RECEIVED.plusDays(3));
        c.customerConfirms(true, null, closing, RECEIVED.plusDays(3));

        DomainChange closed = c.pendingChanges().get(1);
        assertEquals("closed", closed.action());
        assertEquals(closing, closed.signature(), "the closure is signed in the history");
        assertEquals(closing, c.closingSignature);
        assertEquals(ComplaintEventTypes.CLOSED, closed.event().type());
        assertMoved(closed, c, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, Map.of("accepted", true));
    }

    @Test
    void aWithdrawalRecordsTheCustomersReason() {
        Complaint c = received();
        c.takeChanges();
        c.withdraw("settled by phone", RECEIVED.plusHours(2));

        DomainChange withdrawn = single(c);
        assertEquals("withdrawn", withdrawn.action());
        assertEquals(ComplaintEventTypes.WITHDRAWN, withdrawn.event().type());
        assertMoved(withdrawn, c, ComplaintStatus.RECEIVED, ComplaintStatus.WITHDRAWN, Map.of("reason", "settled by phone"));
    }

    @Test
    void aRefusedMoveRecordsNothing() {
        Complaint c = received();
        c.takeChanges();

        assertThrows(IllegalTransitionException.class, () -> c.resolve("too early", Remedy.REFUND, RECEIVED));
        assertTrue(c.pendingChanges().isEmpty());
    }

    @Test
    void aMissedDeadlineIsReportedWithoutChangingTheState() {
        Complaint c = received();
        c.takeChanges();
        c.reportMissedDeadline("ACKNOWLEDGEMENT");
        c.reportMissedDeadline("RESOLUTION");

        DomainChange ack = c.pendingChanges().get(0);
        assertEquals("sla-breached", ack.action());
        assertEquals(ComplaintStatus.RECEIVED, ack.stateBefore());
        assertEquals(ComplaintStatus.RECEIVED, ack.stateAfter());
        assertEquals(ComplaintEventTypes.SLA_BREACHED, ack.event().type());
        assertEquals(new SlaBreached(c.id, CUSTOMER, "ACKNOWLEDGEMENT", c.ackDueAt), ack.event().payload());
        assertEquals(ack.event().payload(), ack.detail());
        assertEquals(new SlaBreached(c.id, CUSTOMER, "RESOLUTION", c.resolutionDueAt),
                c.pendingChanges().get(1).event().payload());
        assertEquals(ComplaintStatus.RECEIVED, c.status);
        // the caller claims the report flags with an update that leaves the version alone
        assertFalse(c.ackBreachReported);
        assertFalse(c.resolutionBreachReported);
    }

    @Test
    void openingACorrectiveActionIsInTheComplaintsHistoryButPublishedByTheAction() {
        Complaint c = investigating();
        CorrectiveAction action = c.openCorrectiveAction("new seal supplier", "wang.qa", LocalDate.of(2026, 4, 1),
                RECEIVED.plusDays(2));

        DomainChange noted = single(c);
        assertEquals("corrective-action-opened", noted.action());
        assertEquals(ComplaintStatus.INVESTIGATING, noted.stateBefore());
        assertEquals(ComplaintStatus.INVESTIGATING, noted.stateAfter());
        assertEquals(new CorrectiveActionChanged(action.id, c.id, "OPEN", "wang.qa",
                LocalDate.of(2026, 4, 1), "new seal supplier"), noted.detail());
        assertNull(noted.event());
        assertEquals(ComplaintEventTypes.ACTION_OPENED, action.pendingChanges().get(0).event().type());
        assertTrue(action.pendingChanges().get(0).order() < noted.order(), "the action is opened, then noted");
    }

    private static void assertMoved(DomainChange change, Complaint c, ComplaintStatus from, ComplaintStatus to,
            Map<String, Object> detail) {
        assertEquals(from, change.stateBefore());
        assertEquals(to, change.stateAfter());
        assertEquals(detail, change.detail());
        assertEquals(new ComplaintStatusChanged(c.id, CUSTOMER, from.name(), to.name(), detail), change.event().payload());
    }

    private static DomainChange single(Complaint c) {
        assertEquals(1, c.pendingChanges().size(), () -> "changes: " + c.pendingChanges());
        return c.pendingChanges().get(0);
    }
}
