package io.accord.requirements;

import io.accord.infra.errors.IllegalTransitionException;
import io.accord.testsupport.Transitions;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.requirements.CustomerProperty.CustomerNotice;
import io.accord.requirements.CustomerProperty.Incident;
import io.accord.requirements.CustomerProperty.IncidentType;
import io.accord.requirements.CustomerProperty.Kind;
import io.accord.requirements.CustomerProperty.Return;
import io.accord.requirements.CustomerProperty.Status;
import io.accord.requirements.CustomerProperty.VerificationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Customer property (顾客财产, PROCESS.md §1.8): registered on receipt, verified once, held; a loss, damage or
 * unsuitability is recorded and the customer told; finally returned. Moves from other states are refused.
 */
class CustomerPropertyTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    enum Move implements Transitions.Move<CustomerProperty> {
        VERIFY(p -> p.verify(VerificationResult.CONFORMING, null, "sun.q", NOW.plusHours(1))),
        REPORT_DAMAGE(p -> p.reportIncident(IncidentType.DAMAGED, "dented in storage", "sun.q", NOW.plusDays(1))),
        RETURN(p -> p.giveBack(new Return("Acme Pumps", "DN-9", null, "li.na", NOW.plusDays(2))));

        private final Consumer<CustomerProperty> apply;

        Move(Consumer<CustomerProperty> apply) {
            this.apply = apply;
        }

        @Override
        public void applyTo(CustomerProperty aggregate) {
            apply.accept(aggregate);
        }
    }

    static final Map<Status, Set<Move>> ALLOWED = Map.of(
            Status.RECEIVED, EnumSet.of(Move.VERIFY, Move.REPORT_DAMAGE),
            Status.IN_CUSTODY, EnumSet.of(Move.REPORT_DAMAGE, Move.RETURN),
            Status.NONCONFORMING, EnumSet.of(Move.REPORT_DAMAGE, Move.RETURN),
            Status.IMPAIRED, EnumSet.of(Move.REPORT_DAMAGE, Move.RETURN),
            Status.LOST, EnumSet.noneOf(Move.class),
            Status.RETURNED, EnumSet.noneOf(Move.class));

    static CustomerProperty received() {
        return CustomerProperty.receive(UUID.randomUUID(), null, Kind.TOOLING, "casting mould M-7", new BigDecimal("1"), "pcs",
                "sun.q", NOW);
    }

    static CustomerProperty in(Status status) {
        CustomerProperty p = received();
        switch (status) {
            case RECEIVED -> { }
            case IN_CUSTODY -> Move.VERIFY.applyTo(p);
            case NONCONFORMING -> p.verify(VerificationResult.NONCONFORMING, "crack in the parting line", "sun.q", NOW.plusHours(1));
            case IMPAIRED -> {
                Move.VERIFY.applyTo(p);
                Move.REPORT_DAMAGE.applyTo(p);
            }
            case LOST -> {
                Move.VERIFY.applyTo(p);
                p.reportIncident(IncidentType.LOST, "not found at stocktaking", "sun.q", NOW.plusDays(1));
            }
            case RETURNED -> {
                Move.VERIFY.applyTo(p);
                Move.RETURN.applyTo(p);
            }
        }
        assertEquals(status, p.status);
        return p;
    }

    @Test
    void conformingPropertyIsHeldAndReturned() {
        CustomerProperty p = received();
        assertEquals(Status.RECEIVED, p.status);

        p.verify(VerificationResult.CONFORMING, null, "sun.q", NOW.plusHours(1));
        assertEquals(Status.IN_CUSTODY, p.status);
        assertEquals(VerificationResult.CONFORMING, p.verification.result());

        p.giveBack(new Return("Acme Pumps", "DN-9", "order complete", "li.na", NOW.plusDays(40)));
        assertEquals(Status.RETURNED, p.status);
        assertEquals("DN-9", p.returned.reference());
    }

    @Test
    void aNonconformingReceiptMustSayWhatIsWrong() {
        CustomerProperty p = received();

        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> p.verify(VerificationResult.NONCONFORMING, " ", "sun.q", NOW.plusHours(1)));
        assertEquals("notes", refused.violations().get(0).field());
        assertEquals(Status.RECEIVED, p.status);
        assertNull(p.verification);

        p.verify(VerificationResult.NONCONFORMING, "crack in the parting line", "sun.q", NOW.plusHours(1));
        assertEquals(Status.NONCONFORMING, p.status);
    }

    @Test
    void eachIncidentIsNumberedAndALossEndsTheCustody() {
        CustomerProperty p = in(Status.IN_CUSTODY);

        Incident damage = p.reportIncident(IncidentType.DAMAGED, "dented", "sun.q", NOW.plusDays(1));
        assertEquals(1, damage.seq());
        assertEquals(Status.IMPAIRED, p.status);
        Incident unsuitable = p.reportIncident(IncidentType.UNSUITABLE, "wrong alloy", "sun.q", NOW.plusDays(2));
        assertEquals(2, unsuitable.seq());
        assertEquals(Status.IMPAIRED, p.status);
        Incident lost = p.reportIncident(IncidentType.LOST, "gone", "sun.q", NOW.plusDays(3));
        assertEquals(3, lost.seq());
        assertEquals(Status.LOST, p.status);
        assertEquals(3, p.incidentsAwaitingNotice());
    }

    @Test
    void theCustomerIsToldOfEachIncidentOnce() {
        CustomerProperty p = in(Status.IMPAIRED);
        p.reportIncident(IncidentType.UNSUITABLE, "wrong alloy", "sun.q", NOW.plusDays(2));
        CustomerNotice notice = new CustomerNotice("EMAIL", "mail 2026-03-05", "li.na", NOW.plusDays(3));

        Incident notified = p.customerNotified(1, notice);
        assertEquals(notice, notified.customerNotified());
        assertEquals(1, p.incidentsAwaitingNotice());

        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> p.customerNotified(1, new CustomerNotice("PHONE", null, "li.na", NOW.plusDays(4))));
        assertEquals("NOTIFIED", again.currentState());
        assertEquals(notice, p.incidents.get(0).customerNotified());
        assertThrows(ResourceNotFoundException.class, () -> p.customerNotified(9, notice));
    }

    @Test
    void propertyIsVerifiedBeforeItIsReturned() {
        CustomerProperty p = received();

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> Move.RETURN.applyTo(p));
        assertEquals("customer property is RECEIVED: verify it before returning it", refused.getMessage());
        assertNull(p.returned);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void eachStateAllowsItsMovesAndRefusesEveryOtherLeavingThePropertyAsItWas(Status status) {
        Transitions.check(Move.class, ALLOWED.get(status), () -> in(status),
                p -> Arrays.asList(p.status, List.copyOf(p.incidents), p.verification, p.returned),
                IllegalTransitionException.class, refused -> assertEquals(status.name(), refused.currentState()));
    }
}
