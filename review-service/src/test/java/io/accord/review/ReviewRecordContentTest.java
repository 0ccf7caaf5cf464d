package io.accord.review;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frozen record's form must never move: every stored hash depends on it. The hashes below were taken with the
 * code before the record left the API's view ({@code rest.ReviewRecord.Content}, hashed with the application's
 * ObjectMapper), for records that fill every field the form has.
 */
class ReviewRecordContentTest {

    /** {@link #full()} as the code before version 1 hashed it, its departments in declared order. */
    static final String FULL_HASH = "12366bb22f542e135674ef7f01bcede6e0a12a3e5a1309138ae5efb86d49890b";
    /** {@link #simplified()} as the code before version 1 hashed it. */
    static final String SIMPLIFIED_HASH = "b1699ea294543099a9fa6c50e6225b5e1872df7271d9b2f7a6a9d82d28718e2f";
    /** {@link #full()} as the code before version 1 hashed it when its set of departments iterated as {@link #SCRAMBLED}. */
    static final String FULL_SCRAMBLED_HASH = "479d70b87d73949ceabf07d7d4f0199a4412d7456874aa701ffa15d733c1023c";
    static final List<Department> SCRAMBLED = List.of(Department.PROCUREMENT, Department.FINANCE, Department.SAFETY_ENV,
            Department.PRODUCTION, Department.QUALITY, Department.TECHNICAL, Department.LEGAL);

    @Test
    void hashesEveryFieldOfTheFormAsBeforeItWasVersioned() {
        assertEquals(FULL_HASH, ReviewRecordContent.of(full()).sha256());
        assertEquals(SIMPLIFIED_HASH, ReviewRecordContent.of(simplified()).sha256());
    }

    @Test
    void hashesTheDepartmentsInTheirDeclaredOrderHoweverTheEntityHoldsThem() {
        Review loaded = full();
        loaded.requiredDepartments = new LinkedHashSet<>(SCRAMBLED);
        assertEquals(FULL_HASH, ReviewRecordContent.of(loaded).sha256());
        assertTrue(ReviewRecordContent.of(loaded).matches(FULL_HASH, ReviewRecordContent.VERSION));
    }

    @Test
    void aRecordFrozenBeforeVersionsVerifiesWhateverOrderItsDepartmentsWereHashedIn() {
        ReviewRecordContent content = ReviewRecordContent.of(full());
        assertTrue(content.matches(FULL_SCRAMBLED_HASH, null));
        assertTrue(content.matches(FULL_HASH, null));
        assertFalse(content.matches(FULL_SCRAMBLED_HASH, ReviewRecordContent.VERSION));
    }

    @Test
    void aChangeToWhatWasDecidedShowsInEveryVersion() {
        Review changed = full();
        changed.opinions = new ArrayList<>(changed.opinions);
        Opinion legal = changed.opinions.remove(2);
        changed.opinions.add(new Opinion(legal.department(), Verdict.APPROVE, legal.comment(), legal.conditions(), legal.by(),
                legal.at(), legal.forRevision(), legal.current()));
        ReviewRecordContent content = ReviewRecordContent.of(changed);
        assertFalse(content.matches(FULL_HASH, ReviewRecordContent.VERSION));
        assertFalse(content.matches(FULL_SCRAMBLED_HASH, null));
    }

    @Test
    void aFormThisVersionDoesNotKnowIsNotGuessed() {
        assertThrows(IllegalStateException.class, () -> ReviewRecordContent.of(full()).matches(FULL_HASH, 2));
    }

    static Review full() {
        Review r = new Review();
        r.id = UUID.fromString("3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f8a9b0c");
        r.requirementId = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        r.requirementRevision = 2;
        r.type = ReviewType.FULL;
        r.policyVersion = 3;
        r.requirement = new RequirementSummary(UUID.fromString("11111111-2222-4333-8444-555555555555"), "ACME-01", false,
                "CONTRACT_DRAFT", "Pumps & valves <批次 7>", "125000.5", "CNY", List.of("STATUTORY", "PRODUCT"),
                List.of("INSTALLATION"), true, "60 days net", List.of(
                new RequirementSummary.ItemSummary("P-100", "离心泵", "DN50 \"special\"", "10", "pcs", "12500.05", "CNY", true),
                new RequirementSummary.ItemSummary("V-7", null, null, "2.5", "m", "0", "CNY", false)), "2031-04-30");
        r.routingReasons = new ArrayList<>(List.of("FULL: source CONTRACT_DRAFT is not a routine order",
                "LEGAL: a CONTRACT_DRAFT is reviewed for the legality of its terms"));
        r.requiredDepartments = new TreeSet<>(Department.BUILT_IN);
        OffsetDateTime shanghai = OffsetDateTime.parse("2030-03-01T09:15:30.123456+08:00");
        r.opinions = new ArrayList<>(List.of(
                new Opinion(Department.QUALITY, Verdict.APPROVE_WITH_CONDITIONS, "ok if tested", List.of("FAT at site", "二次检验"),
                        "li.q", shanghai, 1, false),
                new Opinion(Department.QUALITY, Verdict.APPROVE, null, List.of(), "li.q", shanghai.plusHours(3), 2, true),
                new Opinion(Department.LEGAL, Verdict.REJECT, "clause 7", List.of(), "zhao.l",
                        OffsetDateTime.parse("2030-03-02T01:00:00Z"), 2, true)));
        r.risks = new ArrayList<>(List.of(
                new Risk(1, Risk.Category.DELIVERY, 4, 4, 16, "second supplier", "sun.r", shanghai.plusMinutes(5)),
                new Risk(2, Risk.Category.LEGAL, 1, 2, 2, null, "sun.r", OffsetDateTime.parse("2030-03-01T10:00:00.5-05:00"))));
        r.consolidation = new Consolidation(true, true, false, true, "terms 3 unclear, accepted", "zhou.sm",
                OffsetDateTime.parse("2030-03-03T08:00:00+08:00"));
        r.orderConfirmation = null;
        r.decision = new DecisionRecord(Decision.APPROVED, "go", "legal risk accepted by GM", "wang.gm",
                OffsetDateTime.parse("2030-03-04T16:45:00.000001+08:00"));
        r.openedAt = OffsetDateTime.parse("2030-02-28T23:59:59.999999+08:00");
        return r;
    }

    static Review simplified() {
        Review r = new Review();
        r.id = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
        r.requirementId = UUID.fromString("1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9");
        r.requirementRevision = 1;
        r.type = ReviewType.SIMPLIFIED;
        r.policyVersion = 1;
        r.requirement = new RequirementSummary(UUID.fromString("11111111-2222-4333-8444-555555555555"), "ACME-01", false,
                "ERP_ORDER", "ERP order 4711", "900", "CNY", List.of(), List.of(), false, null, List.of(
                new RequirementSummary.ItemSummary("P-1", null, null, "3", "pcs", "300", "CNY", false)), null);
        r.routingReasons = new ArrayList<>(List.of(
                "SIMPLIFIED: a routine order from an existing customer, value 900 under 50000, no special requirements"));
        r.requiredDepartments = new TreeSet<>();
        r.opinions = new ArrayList<>();
        r.risks = new ArrayList<>();
        r.consolidation = null;
        OffsetDateTime at = OffsetDateTime.parse("2030-05-06T07:08:09.01Z");
        r.orderConfirmation = new OrderConfirmation("FAX", "FAX-2030-0506", "zhou.sm", at);
        r.decision = new DecisionRecord(Decision.APPROVED, "order confirmed with the customer (FAX)", null, "zhou.sm", at);
        r.openedAt = OffsetDateTime.parse("2030-05-06T07:00:00Z");
        return r;
    }
}
