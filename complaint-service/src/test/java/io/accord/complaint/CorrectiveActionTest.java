package io.accord.complaint;

import io.accord.complaint.CorrectiveAction.Status;
import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A corrective action (PROCESS.md §3): {@code OPEN → IMPLEMENTED → VERIFIED} when the check finds it effective, or
 * {@code → INEFFECTIVE}, which is implemented anew and checked again. A verified action is done.
 */
class CorrectiveActionTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    static CorrectiveAction open() {
        return CorrectiveAction.open(UUID.randomUUID(), "X-ray every casting of supplier S-3", "sun.q",
                LocalDate.parse("2026-04-01"), OPENED);
    }

    @Test
    void anEffectiveActionIsVerified() {
        CorrectiveAction action = open();
        assertEquals(Status.OPEN, action.status);

        action.implement("X-ray station in incoming inspection", OPENED.plusDays(5));
        assertEquals(Status.IMPLEMENTED, action.status);
        assertEquals(OPENED.plusDays(5), action.implementedAt);

        action.verify(true, "no leak in three batches", signed(true, OPENED.plusDays(30)), OPENED.plusDays(30));
        assertEquals(Status.VERIFIED, action.status);
        assertEquals(OPENED.plusDays(30), action.verifiedAt);
        assertEquals("no leak in three batches", action.verificationNote);
        assertEquals(0, action.ineffectiveCount);
        assertEquals(signed(true, OPENED.plusDays(30)), action.verificationSignature);
        DomainChange verified = action.pendingChanges().get(action.pendingChanges().size() - 1);
        assertEquals("verified-effective", verified.action());
        assertEquals(SignatureMeaning.VERIFIED, verified.signature().meaning(), "the history's entry carries the signature");
    }

    @Test
    void aVerificationIsSignedWithTheMeaningOfItsOutcome() {
        CorrectiveAction action = open();
        action.implement("supplier told", OPENED.plusDays(5));

        assertThrows(IllegalArgumentException.class, () -> action.verify(true, "fine", null, OPENED.plusDays(9)));
        assertThrows(IllegalArgumentException.class,
                () -> action.verify(true, "fine", signed(false, OPENED.plusDays(9)), OPENED.plusDays(9)));
        assertEquals(Status.IMPLEMENTED, action.status);

        action.verify(false, "batch 9 leaked again", signed(false, OPENED.plusDays(9)), OPENED.plusDays(9));
        assertEquals(SignatureMeaning.FOUND_INEFFECTIVE, action.verificationSignature.meaning());
    }

    static Signature signed(boolean effective, OffsetDateTime at) {
        return new Signature("qa.li", CorrectiveAction.verificationMeaning(effective), at, at.minusMinutes(2));
    }

    @Test
    void anIneffectiveActionIsImplementedAnewAndCheckedAgain() {
        CorrectiveAction action = open();
        action.implement("supplier told", OPENED.plusDays(5));

        action.verify(false, "batch 9 leaked again", signed(false, OPENED.plusDays(20)), OPENED.plusDays(20));
        assertEquals(Status.INEFFECTIVE, action.status);
        assertEquals(1, action.ineffectiveCount);

        action.implement("X-ray station in incoming inspection", OPENED.plusDays(25));
        assertEquals(Status.IMPLEMENTED, action.status);
        assertEquals("X-ray station in incoming inspection", action.implementationNote);
        action.verify(true, "no leak in three batches", signed(true, OPENED.plusDays(50)), OPENED.plusDays(50));
        assertEquals(Status.VERIFIED, action.status);
        assertEquals(1, action.ineffectiveCount);
    }

    @Test
    void onlyAnImplementedActionIsVerified() {
        CorrectiveAction open = open();
        refused(open, () -> open.verify(true, "looks fine", signed(true, OPENED.plusDays(1)), OPENED.plusDays(1)), Status.OPEN);
        assertNull(open.verifiedAt);

        CorrectiveAction ineffective = open();
        ineffective.implement("supplier told", OPENED.plusDays(5));
        ineffective.verify(false, "batch 9 leaked again", signed(false, OPENED.plusDays(20)), OPENED.plusDays(20));
        refused(ineffective, () -> ineffective.verify(true, "looks fine", signed(true, OPENED.plusDays(21)), OPENED.plusDays(21)), Status.INEFFECTIVE);
        assertEquals(1, ineffective.ineffectiveCount);
        assertEquals("batch 9 leaked again", ineffective.verificationNote);
    }

    @Test
    void anImplementedOrVerifiedActionIsNotImplementedAgain() {
        CorrectiveAction implemented = open();
        implemented.implement("supplier told", OPENED.plusDays(5));
        refused(implemented, () -> implemented.implement("again", OPENED.plusDays(6)), Status.IMPLEMENTED);
        assertEquals("supplier told", implemented.implementationNote);
        assertEquals(OPENED.plusDays(5), implemented.implementedAt);

        CorrectiveAction verified = open();
        verified.implement("supplier told", OPENED.plusDays(5));
        verified.verify(true, "fine", signed(true, OPENED.plusDays(9)), OPENED.plusDays(9));
        refused(verified, () -> verified.implement("again", OPENED.plusDays(10)), Status.VERIFIED);
        refused(verified, () -> verified.verify(false, "on second thought", signed(false, OPENED.plusDays(10)), OPENED.plusDays(10)), Status.VERIFIED);
        assertEquals(0, verified.ineffectiveCount);
    }

    static void refused(CorrectiveAction action, Runnable move, Status stays) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, move::run);
        assertEquals(stays.name(), e.currentState());
        assertEquals(stays, action.status);
    }
}
