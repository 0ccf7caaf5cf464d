package io.accord.requirements;

import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.requirements.events.RequirementSubmitted;
import io.accord.testsupport.Transitions;
import io.accord.infra.errors.ResourceNotFoundException;
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

import static io.accord.requirements.Contents.content;
import static io.accord.requirements.Contents.item;
import static io.accord.requirements.Contents.pumps;
import static io.accord.requirements.Contents.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A requirement record's lifecycle (PROCESS.md §3): {@code CAPTURED → (AWAITING_CONFIRMATION → CONFIRMED) → SUBMITTED →
 * UNDER_REVIEW → ACCEPTED | REJECTED | CLARIFICATION_REQUESTED}, amendments as new revisions, {@code ACCEPTED →
 * DELIVERED}, {@code CANCELLED} from any open state. The user's moves are refused from other states (409 naming the
 * state, nothing changed); the review's events are ignored unless they are about the current revision under review.
 */
class RequirementTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final UUID REVIEW = UUID.randomUUID();
    static final Customer CUSTOMER = Customer.register("ACME-01", "Acme Pumps", null, "en", false, NOW);
    /** 100 × PH-200 at 12.00. */
    static final RequirementContent.Quotation QUOTATION = new RequirementContent.Quotation(List.of(quoted("PH-200", "100", "12.00")), null);

    /** What people (and the ERP) do to a record. */
    enum Move implements Transitions.Move<Requirement> {
        // a record sent back for clarification goes again with what was clarified
        SUBMIT(r -> r.submit(CUSTOMER, r.status == RequirementStatus.CLARIFICATION_REQUESTED ? "delivery to Wuxi confirmed" : null,
                "li.na", NOW.plusHours(1))),
        CONFIRM(r -> r.confirm(new Confirmation(Confirmation.Method.PHONE, "Wang Wei", "call 0815", "li.na", NOW.plusHours(1)))),
        AMEND(r -> r.amend(content(List.of(item("PH-200", "150", "12.50")), QUOTATION), List.of("items[0].quantity"),
                "150 pieces", CUSTOMER, NOW.plusHours(1))),
        CANCEL(r -> r.cancel("customer withdrew the inquiry", NOW.plusHours(1))),
        DELIVER(r -> r.deliver(List.of(), "DN-1", null, "erp", NOW.plusDays(30))),
        RESOLVE_DISCREPANCY(r -> r.resolveDiscrepancy("PRICE:PH-200", new Discrepancy.Resolution("agreed", "li.na", NOW)));

        private final Consumer<Requirement> apply;

        Move(Consumer<Requirement> apply) {
            this.apply = apply;
        }

        @Override
        public void applyTo(Requirement aggregate) {
            apply.accept(aggregate);
        }
    }

    static final Set<Move> WHILE_OPEN = EnumSet.of(Move.AMEND, Move.CANCEL, Move.RESOLVE_DISCREPANCY);

    static final Map<RequirementStatus, Set<Move>> ALLOWED = Map.ofEntries(
            Map.entry(RequirementStatus.CAPTURED, with(Move.SUBMIT)),
            Map.entry(RequirementStatus.AWAITING_CONFIRMATION, with(Move.CONFIRM)),
            Map.entry(RequirementStatus.CONFIRMED, with(Move.SUBMIT)),
            Map.entry(RequirementStatus.SUBMITTED, with()),
            Map.entry(RequirementStatus.UNDER_REVIEW, with()),
            Map.entry(RequirementStatus.AMENDED, with()),
            Map.entry(RequirementStatus.CLARIFICATION_REQUESTED, with(Move.SUBMIT)),
            Map.entry(RequirementStatus.ACCEPTED, with(Move.DELIVER)),
            Map.entry(RequirementStatus.REJECTED, EnumSet.noneOf(Move.class)),
            Map.entry(RequirementStatus.DELIVERED, EnumSet.noneOf(Move.class)),
            Map.entry(RequirementStatus.CANCELLED, EnumSet.noneOf(Move.class)));

    static Set<Move> with(Move... more) {
        Set<Move> moves = EnumSet.copyOf(WHILE_OPEN);
        moves.addAll(List.of(more));
        return moves;
    }

    /** 100 × PH-200 at 12.50 where 12.00 was quoted: one discrepancy, PRICE:PH-200, resolved. */
    static Requirement captured(RequirementSource source) {
        Requirement r = Requirement.capture(UUID.randomUUID(), source,
                content(List.of(item("PH-200", "100", "12.50")), QUOTATION),
                false, "li.na", NOW);
        r.resolveDiscrepancy("PRICE:PH-200", new Discrepancy.Resolution("customer accepted 12.50", "li.na", NOW));
        return r;
    }

    /** A record brought to {@code status} the way the process gets there. */
    static Requirement in(RequirementStatus status) {
        Requirement r = captured(status == RequirementStatus.AWAITING_CONFIRMATION || status == RequirementStatus.CONFIRMED
                ? RequirementSource.VERBAL_ORDER : RequirementSource.ORDER);
        switch (status) {
            case CAPTURED, AWAITING_CONFIRMATION -> { }
            case CONFIRMED -> Move.CONFIRM.applyTo(r);
            case SUBMITTED -> r.submit(CUSTOMER, NOW);
            case UNDER_REVIEW -> underReview(r);
            case AMENDED -> {
                underReview(r);
                Move.AMEND.applyTo(r);
            }
            case ACCEPTED, REJECTED, CLARIFICATION_REQUESTED -> {
                underReview(r);
                r.reviewDecided(REVIEW, 1, status, NOW.plusDays(2));
            }
            case DELIVERED -> {
                underReview(r);
                r.reviewDecided(REVIEW, 1, RequirementStatus.ACCEPTED, NOW.plusDays(2));
                Move.DELIVER.applyTo(r);
                r.recordAcceptance(1, new Delivery.Acceptance(true, null, null, NOW.plusDays(31), "li.na"));
            }
            case CANCELLED -> Move.CANCEL.applyTo(r);
        }
        assertEquals(status, r.status);
        return r;
    }

    static void underReview(Requirement r) {
        r.submit(CUSTOMER, NOW);
        r.reviewOpened(REVIEW, 1, NOW.plusMinutes(1));
    }

    @Test
    void aWrittenRequirementIsCapturedAndAVerbalOrderAwaitsTheCustomersConfirmation() {
        Requirement written = Requirement.capture(UUID.randomUUID(), RequirementSource.ORDER, pumps(), false, "li.na", NOW);
        assertEquals(RequirementStatus.CAPTURED, written.status);
        assertEquals(1, written.revision);
        assertFalse(written.unwritten);

        Requirement verbal = Requirement.capture(UUID.randomUUID(), RequirementSource.VERBAL_ORDER, pumps(), false, "li.na", NOW);
        assertEquals(RequirementStatus.AWAITING_CONFIRMATION, verbal.status);
        assertTrue(verbal.unwritten);

        Requirement flagged = Requirement.capture(UUID.randomUUID(), RequirementSource.TENDER, pumps(), true, "li.na", NOW);
        assertEquals(RequirementStatus.AWAITING_CONFIRMATION, flagged.status);
    }

    @Test
    void theUsualPathGoesThroughReviewToDelivery() {
        Requirement r = in(RequirementStatus.CAPTURED);

        r.submit(CUSTOMER, NOW.plusHours(1));
        assertEquals(RequirementStatus.SUBMITTED, r.status);
        assertTrue(r.reviewOpened(REVIEW, 1, NOW.plusHours(2)));
        assertEquals(RequirementStatus.UNDER_REVIEW, r.status);
        assertEquals(REVIEW, r.reviewId);
        assertTrue(r.reviewDecided(REVIEW, 1, RequirementStatus.ACCEPTED, NOW.plusDays(2)));
        assertEquals(RequirementStatus.ACCEPTED, r.status);

        Delivery delivery = r.deliver(List.of(), "DN-1", "complete", "erp", NOW.plusDays(30));
        assertEquals(RequirementStatus.ACCEPTED, r.status, "delivered, not yet accepted by the customer");
        assertEquals(new Delivery(1, "DN-1", "complete", List.of(new Delivery.Line("PH-200", new BigDecimal("100"))),
                NOW.plusDays(30), "erp", null), delivery);
        assertEquals(NOW.plusDays(30), r.updatedAt);

        r.recordAcceptance(1, new Delivery.Acceptance(true, null, null, NOW.plusDays(31), "li.na"));
        assertEquals(RequirementStatus.DELIVERED, r.status);
        assertEquals(NOW.plusDays(31), r.updatedAt);
    }

    @Test
    void aVerbalOrderIsSubmittedOnlyOnceTheCustomerConfirmedIt() {
        Requirement r = in(RequirementStatus.AWAITING_CONFIRMATION);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> r.submit(CUSTOMER, NOW.plusHours(1)));
        assertTrue(refused.getMessage().contains("must be confirmed with the customer"), refused.getMessage());
        assertEquals(RequirementStatus.AWAITING_CONFIRMATION, r.status);

        Move.CONFIRM.applyTo(r);
        assertEquals(RequirementStatus.CONFIRMED, r.status);
        assertEquals(Confirmation.Method.PHONE, r.confirmation.method());
        r.submit(CUSTOMER, NOW.plusHours(2));
        assertEquals(RequirementStatus.SUBMITTED, r.status);
    }

    @Test
    void aRecordWithAnUnresolvedDiscrepancyIsNotSubmitted() {
        Requirement r = Requirement.capture(UUID.randomUUID(), RequirementSource.ORDER,
                content(List.of(item("PH-200", "100", "12.50")), QUOTATION),
                false, "li.na", NOW);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> r.submit(CUSTOMER, NOW));
        assertTrue(refused.getMessage().contains("[PRICE:PH-200]"), refused.getMessage());
        assertEquals(RequirementStatus.CAPTURED, r.status);

        Discrepancy resolved = r.resolveDiscrepancy("PRICE:PH-200", new Discrepancy.Resolution("agreed", "li.na", NOW.plusHours(1)));
        assertTrue(resolved.isResolved());
        r.submit(CUSTOMER, NOW.plusHours(2));
        assertEquals(RequirementStatus.SUBMITTED, r.status);
    }

    @Test
    void aDiscrepancyTheRecordDoesNotHaveIsNotFound() {
        Requirement r = in(RequirementStatus.CAPTURED);

        assertThrows(ResourceNotFoundException.class,
                () -> r.resolveDiscrepancy("QUANTITY:PH-200", new Discrepancy.Resolution("agreed", "li.na", NOW)));
    }

    @Test
    void anAmendmentBeforeSubmissionIsANewRevisionThatNeedsNoReviewYet() {
        Requirement r = in(RequirementStatus.CAPTURED);

        assertFalse(r.amend(content(List.of(item("PH-200", "150", "12.50"))), List.of("items[0].quantity"), "150 pieces", CUSTOMER,
                NOW.plusHours(1)));

        assertEquals(RequirementStatus.CAPTURED, r.status);
        assertEquals(2, r.revision);
        assertEquals(0, new BigDecimal("150").compareTo(r.content.items().get(0).quantity()));
    }

    @Test
    void anAmendmentOfARecordSentToReviewGoesBackToReview() {
        for (RequirementStatus sent : List.of(RequirementStatus.SUBMITTED, RequirementStatus.UNDER_REVIEW,
                RequirementStatus.CLARIFICATION_REQUESTED, RequirementStatus.ACCEPTED)) {
            Requirement r = in(sent);

            assertTrue(r.amend(content(List.of(item("PH-200", "150", "12.50"))), List.of("items[0].quantity"), "150 pieces", CUSTOMER,
                    NOW.plusHours(1)), sent.name());

            assertEquals(RequirementStatus.AMENDED, r.status, sent.name());
            assertEquals(2, r.revision);
        }
    }

    @Test
    void anAmendmentKeepsTheResolutionOfADifferenceItDidNotChange() {
        Requirement r = in(RequirementStatus.CAPTURED);

        Move.AMEND.applyTo(r);

        assertEquals(List.of("PRICE:PH-200", "QUANTITY:PH-200"), r.discrepancies.stream().map(Discrepancy::key).toList());
        assertTrue(r.discrepancies.get(0).isResolved());
        assertFalse(r.discrepancies.get(1).isResolved());
        assertThrows(IllegalTransitionException.class, () -> r.submit(CUSTOMER, NOW.plusHours(2)));
    }

    @Test
    void theReviewOfTheCurrentRevisionDecidesAndOneOfAnEarlierRevisionIsIgnored() {
        Requirement r = in(RequirementStatus.AMENDED);

        assertFalse(r.reviewDecided(REVIEW, 1, RequirementStatus.ACCEPTED, NOW.plusDays(3)));
        assertEquals(RequirementStatus.AMENDED, r.status);
        assertFalse(r.reviewOpened(REVIEW, 1, NOW.plusDays(3)));

        UUID second = UUID.randomUUID();
        assertTrue(r.reviewOpened(second, 2, NOW.plusDays(3)));
        assertEquals(RequirementStatus.UNDER_REVIEW, r.status);
        assertTrue(r.reviewDecided(second, 2, RequirementStatus.REJECTED, NOW.plusDays(4)));
        assertEquals(RequirementStatus.REJECTED, r.status);
        assertEquals(second, r.reviewId);
    }

    @Test
    void aDecisionArrivingBeforeTheOpeningStillDecides() {
        Requirement r = in(RequirementStatus.SUBMITTED);

        assertTrue(r.reviewDecided(REVIEW, 1, RequirementStatus.ACCEPTED, NOW.plusDays(1)));
        assertEquals(RequirementStatus.ACCEPTED, r.status);
        assertFalse(r.reviewOpened(REVIEW, 1, NOW.plusDays(2)), "a late opening does not reopen a decided record");
        assertEquals(RequirementStatus.ACCEPTED, r.status);
    }

    @ParameterizedTest
    @EnumSource(value = RequirementStatus.class, names = {"CAPTURED", "AWAITING_CONFIRMATION", "CONFIRMED", "ACCEPTED",
            "REJECTED", "CLARIFICATION_REQUESTED", "DELIVERED", "CANCELLED"})
    void theReviewsEventsMoveOnlyARecordInReview(RequirementStatus status) {
        Requirement r = in(status);

        assertFalse(r.reviewOpened(UUID.randomUUID(), r.revision, NOW.plusDays(5)));
        assertFalse(r.reviewDecided(UUID.randomUUID(), r.revision, RequirementStatus.ACCEPTED, NOW.plusDays(5)));
        assertEquals(status, r.status);
    }

    @ParameterizedTest
    @EnumSource(RequirementStatus.class)
    void eachStateAllowsItsMovesAndRefusesEveryOtherLeavingTheRecordAsItWas(RequirementStatus status) {
        Transitions.check(Move.class, ALLOWED.get(status), () -> in(status),
                r -> Arrays.asList(r.status, r.revision, r.updatedAt, List.copyOf(r.discrepancies), List.copyOf(r.deliveries)),
                IllegalTransitionException.class, refused -> assertEquals(status.name(), refused.currentState()));
    }

    @Test
    void aCancelledRecordKeepsWhyAndARefusedCancellationLeavesNoReason() {
        Requirement cancelled = in(RequirementStatus.CANCELLED);
        assertEquals("customer withdrew the inquiry", cancelled.cancellationReason);

        Requirement delivered = in(RequirementStatus.DELIVERED);
        assertThrows(IllegalTransitionException.class, () -> delivered.cancel("too late", NOW.plusDays(40)));
        assertNull(delivered.cancellationReason);
        assertEquals(1, delivered.deliveries.size());
    }

    @Test
    void aRecordSentBackForClarificationGoesAgainOnlyWithWhatWasClarified() {
        Requirement r = in(RequirementStatus.CLARIFICATION_REQUESTED);

        InvalidFieldException bare = assertThrows(InvalidFieldException.class, () -> r.submit(CUSTOMER, NOW.plusDays(3)));
        assertEquals("clarification", bare.violations().get(0).field());
        assertThrows(InvalidFieldException.class, () -> r.submit(CUSTOMER, "  ", "li.na", NOW.plusDays(3)));
        assertEquals(RequirementStatus.CLARIFICATION_REQUESTED, r.status);
        assertEquals(List.of(), r.clarifications);

        r.takeChanges();
        r.submit(CUSTOMER, " delivery place confirmed by e-mail ", "li.na", NOW.plusDays(3));

        Clarification note = new Clarification(1, "delivery place confirmed by e-mail", "li.na", NOW.plusDays(3));
        assertEquals(RequirementStatus.SUBMITTED, r.status);
        assertEquals(1, r.revision, "the same revision goes to its next round");
        assertEquals(List.of(note), r.clarifications);
        DomainChange submitted = r.pendingChanges().get(0);
        assertEquals(Map.of("clarification", note), submitted.detail());
        RequirementSubmitted payload = (RequirementSubmitted) submitted.event().payload();
        assertEquals(new RequirementSubmitted.Clarification(note.text(), "li.na", NOW.plusDays(3)), payload.clarification());
    }

    @Test
    void aFirstSubmissionTakesNoClarification() {
        Requirement r = in(RequirementStatus.CAPTURED);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> r.submit(CUSTOMER, "nothing was asked", "li.na", NOW.plusHours(1)));
        assertEquals("clarification", refused.violations().get(0).field());
        assertEquals(RequirementStatus.CAPTURED, r.status);
        r.submit(CUSTOMER, NOW.plusHours(1));
        assertNull(((RequirementSubmitted) r.pendingChanges().get(r.pendingChanges().size() - 1).event().payload()).clarification());
    }

    @Test
    void theHistoryNamesTheRoundOfEachReviewOfTheRevision() {
        Requirement r = in(RequirementStatus.CLARIFICATION_REQUESTED);
        r.submit(CUSTOMER, "delivery place confirmed", "li.na", NOW.plusDays(3));
        UUID second = UUID.randomUUID();
        r.takeChanges();

        assertTrue(r.reviewOpened(second, 1, NOW.plusDays(3)));
        assertTrue(r.reviewDecided(second, 1, RequirementStatus.ACCEPTED, NOW.plusDays(4)));

        List<DomainChange> changes = r.pendingChanges();
        assertEquals(Map.of("reviewId", second, "round", 2L), changes.get(0).detail());
        assertEquals(Map.of("reviewId", second, "round", 2L), changes.get(1).detail());
        assertEquals(RequirementStatus.ACCEPTED, r.status);
    }
}
