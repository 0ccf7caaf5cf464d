package io.accord.complaint;

import io.accord.complaint.CorrectiveAction.Status;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.CorrectiveActionChanged;
import io.accord.complaint.events.CorrectiveActionOverdue;
import io.accord.infra.changes.DomainChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a corrective action's history and events say of each step: the change it records. */
class CorrectiveActionChangesTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-05T09:00:00Z");
    static final UUID COMPLAINT = UUID.randomUUID();
    static final LocalDate DUE = LocalDate.of(2026, 4, 1);

    static CorrectiveAction opened() {
        return CorrectiveAction.open(COMPLAINT, "new seal supplier", "wang.qa", DUE, OPENED);
    }

    @Test
    void openingPublishesTheActionWithItsDescriptionAsNote() {
        CorrectiveAction action = opened();

        List<DomainChange> changes = action.pendingChanges();
        assertEquals(1, changes.size());
        DomainChange opened = changes.get(0);
        assertEquals("opened", opened.action());
        assertNull(opened.stateBefore());
        assertEquals(Status.OPEN, opened.stateAfter());
        assertEquals(ComplaintEventTypes.ACTION_OPENED, opened.event().type());
        assertEquals(data(action, Status.OPEN, "new seal supplier"), opened.event().payload());
        assertEquals(opened.event().payload(), opened.detail());
    }

    @Test
    void implementedThenFoundIneffectiveThenImplementedAgainAndVerified() {
        CorrectiveAction action = opened();
        action.takeChanges();
        action.implement("supplier switched", OPENED.plusDays(5));
        action.verify(false, "leaks again", CorrectiveActionTest.signed(false, OPENED.plusDays(20)), OPENED.plusDays(20));
        action.implement("seal redesigned", OPENED.plusDays(25));
        action.verify(true, "no leak in 3 batches", CorrectiveActionTest.signed(true, OPENED.plusDays(40)), OPENED.plusDays(40));

        List<DomainChange> changes = action.pendingChanges();
        assertEquals(List.of("implemented", "verified-ineffective", "implemented", "verified-effective"),
                changes.stream().map(DomainChange::action).toList());
        assertEquals(List.of(ComplaintEventTypes.ACTION_IMPLEMENTED, ComplaintEventTypes.ACTION_INEFFECTIVE,
                ComplaintEventTypes.ACTION_IMPLEMENTED, ComplaintEventTypes.ACTION_VERIFIED),
                changes.stream().map(change -> change.event().type()).toList());
        assertStep(changes.get(0), action, Status.OPEN, Status.IMPLEMENTED, "supplier switched");
        assertStep(changes.get(1), action, Status.IMPLEMENTED, Status.INEFFECTIVE, "leaks again");
        assertStep(changes.get(2), action, Status.INEFFECTIVE, Status.IMPLEMENTED, "seal redesigned");
        assertStep(changes.get(3), action, Status.IMPLEMENTED, Status.VERIFIED, "no leak in 3 batches");
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDateUntilImplementedAndTheReportSaysSo() {
        CorrectiveAction action = opened();
        action.takeChanges();

        assertFalse(action.overdue(DUE), "the due date is the last day to act");
        assertTrue(action.overdue(DUE.plusDays(1)));
        action.reportOverdue();
        DomainChange overdue = action.pendingChanges().get(0);
        assertEquals("overdue", overdue.action());
        assertEquals(ComplaintEventTypes.ACTION_OVERDUE, overdue.event().type());
        assertEquals(new CorrectiveActionOverdue(action.id, COMPLAINT, "wang.qa", DUE, "OPEN"), overdue.event().payload());
        assertEquals(0L, action.version, "the report changes nothing the ETag covers");

        action.implement("done, late", OPENED.plusDays(40));
        assertFalse(action.overdue(DUE.plusDays(2)));
        action.verify(false, "still leaks", CorrectiveActionTest.signed(false, OPENED.plusDays(41)), OPENED.plusDays(41));
        assertTrue(action.overdue(DUE.plusDays(2)), "found ineffective after its due date: late again");
    }

    private static void assertStep(DomainChange change, CorrectiveAction action, Status from, Status to, String note) {
        assertEquals(from, change.stateBefore());
        assertEquals(to, change.stateAfter());
        assertEquals(data(action, to, note), change.event().payload());
        assertEquals(change.event().payload(), change.detail());
    }

    private static CorrectiveActionChanged data(CorrectiveAction action, Status status, String note) {
        return new CorrectiveActionChanged(action.id, COMPLAINT, status.name(), "wang.qa", DUE, note);
    }
}
