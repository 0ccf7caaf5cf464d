package io.accord.review.service;

import io.accord.review.Department;
import io.accord.review.PolicyRules;
import io.accord.review.PolicyRules.Aspect;
import io.accord.review.RequirementSummary;
import io.accord.review.RequirementSummary.ItemSummary;
import io.accord.review.ReviewType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which review a requirement gets (PROCESS.md §1.4–1.5) under the policy the service starts with: simplified only for a
 * routine order, and for a full review the departments each fact calls in, each with its reason.
 */
class ReviewRoutingTest {

    /** The first policy version (V2__policy_risks_tasks_record.sql). */
    static final PolicyRules POLICY = new PolicyRules(new BigDecimal("50000"), new BigDecimal("200000"),
            new BigDecimal("500000"), List.of("NET30", "NET60", "PREPAID"), Map.of(
            Aspect.QUANTITY, Set.of(Department.PRODUCTION, Department.PROCUREMENT),
            Aspect.DELIVERY, Set.of(Department.PRODUCTION, Department.PROCUREMENT),
            Aspect.PRICE, Set.of(Department.FINANCE),
            Aspect.PAYMENT, Set.of(Department.FINANCE),
            Aspect.SPECIFICATION, Set.of(Department.QUALITY, Department.TECHNICAL),
            Aspect.QUALITY_REQUIREMENTS, Set.of(Department.QUALITY, Department.TECHNICAL),
            Aspect.TERMS, Set.of(Department.LEGAL),
            Aspect.SERVICES, Set.of(Department.SAFETY_ENV, Department.PRODUCTION)), Map.of());

    static final Set<Department> EVERY_FULL_REVIEW = Set.of(Department.QUALITY, Department.PRODUCTION, Department.PROCUREMENT);

    private final ReviewRouting routing = new ReviewRouting();

    /** A routine order: an existing customer, a plain order, nothing special, standard payment terms. */
    record Facts(boolean newCustomer, String source, List<String> categories, List<String> services, boolean highRisk,
            String paymentTerms, boolean customSpecification) {

        static Facts routine() {
            return new Facts(false, "ORDER", List.of("STATED"), List.of("TRANSPORT"), false, "NET30", false);
        }

        Facts byNewCustomer() {
            return new Facts(true, source, categories, services, highRisk, paymentTerms, customSpecification);
        }

        Facts withSource(String value) {
            return new Facts(newCustomer, value, categories, services, highRisk, paymentTerms, customSpecification);
        }

        Facts withCategories(String... values) {
            return new Facts(newCustomer, source, List.of(values), services, highRisk, paymentTerms, customSpecification);
        }

        Facts withServices(String... values) {
            return new Facts(newCustomer, source, categories, List.of(values), highRisk, paymentTerms, customSpecification);
        }

        Facts flaggedHighRisk() {
            return new Facts(newCustomer, source, categories, services, true, paymentTerms, customSpecification);
        }

        Facts withPaymentTerms(String value) {
            return new Facts(newCustomer, source, categories, services, highRisk, value, customSpecification);
        }

        Facts withCustomSpecification() {
            return new Facts(newCustomer, source, categories, services, highRisk, paymentTerms, true);
        }

        RequirementSummary summary() {
            return new RequirementSummary(UUID.randomUUID(), "C-1", newCustomer, source, "Pump housings", "1250.00", "CNY",
                    categories, services, highRisk, paymentTerms, List.of(
                    new ItemSummary("PH-200", "pump housing", "GB/T 1234", "100", "pcs", "12.5", "CNY", customSpecification),
                    new ItemSummary("PH-300", "cover", null, "100", "pcs", "0", "CNY", false)), "2027-03-01");
        }
    }

    ReviewRouting.Route route(Facts facts, String value) {
        return routing.route(facts.summary(), new BigDecimal(value), POLICY);
    }

    @Test
    void aRoutineOrderOfAnExistingCustomerUnderTheLimitGetsTheSimplifiedReviewWithoutDepartments() {
        for (String source : List.of("ORDER", "ERP_ORDER")) {
            ReviewRouting.Route route = route(Facts.routine().withSource(source), "49999.99");

            assertEquals(ReviewType.SIMPLIFIED, route.type(), source);
            assertEquals(Set.of(), route.departments());
            assertEquals(1, route.reasons().size());
            assertTrue(route.reasons().get(0).startsWith("SIMPLIFIED:"), route.reasons().get(0));
        }
    }

    @Test
    void eachFactThatMakesAnOrderNotRoutineAsksForAFullReviewAndSaysWhy() {
        Map<Facts, String> notRoutine = Map.of(
                Facts.routine().byNewCustomer(), "a new customer",
                Facts.routine().withSource("VERBAL_ORDER"), "source VERBAL_ORDER is not a routine order",
                Facts.routine().withSource("TECHNICAL_AGREEMENT"), "source TECHNICAL_AGREEMENT is not a routine order",
                Facts.routine().withCategories("STATED", "STATUTORY"), "special requirements [STATUTORY]",
                Facts.routine().withCategories("EMERGENCY"), "special requirements [EMERGENCY]",
                Facts.routine().withCategories("CUSTOMER_PROPERTY"), "special requirements [CUSTOMER_PROPERTY]",
                Facts.routine().flaggedHighRisk(), "flagged high-risk");
        notRoutine.forEach((facts, why) -> {
            ReviewRouting.Route route = route(facts, "1250");

            assertEquals(ReviewType.FULL, route.type(), why);
            assertEquals(EVERY_FULL_REVIEW, route.departments(), why);
            assertTrue(route.reasons().get(0).startsWith("FULL: ") && route.reasons().get(0).contains(why), route.reasons().get(0));
        });
    }

    @Test
    void theSimplifiedLimitItselfIsNoLongerUnderTheLimit() {
        ReviewRouting.Route route = route(Facts.routine(), "50000.00");

        assertEquals(ReviewType.FULL, route.type());
        assertEquals("FULL: value 50000.00 is not under the simplified limit 50000", route.reasons().get(0));
        assertEquals(EVERY_FULL_REVIEW, route.departments());
    }

    @Test
    void everyReasonAFullReviewHasIsListedNotJustTheFirst() {
        ReviewRouting.Route route = route(Facts.routine().byNewCustomer().withSource("TENDER").flaggedHighRisk(), "1250");

        assertEquals("FULL: a new customer (no accepted order yet) needs a FULL review; source TENDER is not a routine order;"
                + " flagged high-risk", route.reasons().get(0));
    }

    @Test
    void otherCategoriesAreNotSpecial() {
        assertEquals(ReviewType.SIMPLIFIED, route(Facts.routine().withCategories("STATED", "IMPLIED", "COMPANY_ADDITIONAL"), "1250").type());
    }

    @Test
    void aCustomSpecificationCallsInTechnicalNamingTheProduct() {
        ReviewRouting.Route route = route(Facts.routine().byNewCustomer().withCustomSpecification(), "1250");

        assertEquals(union(EVERY_FULL_REVIEW, Department.TECHNICAL), route.departments());
        assertTrue(route.reasons().contains("TECHNICAL: custom or new specification for [PH-200]"), route.reasons().toString());
    }

    @Test
    void financeReviewsFromItsThresholdOn() {
        assertEquals(EVERY_FULL_REVIEW, route(Facts.routine(), "199999.99").departments());

        ReviewRouting.Route route = route(Facts.routine(), "200000");
        assertEquals(union(EVERY_FULL_REVIEW, Department.FINANCE), route.departments());
        assertTrue(route.reasons().contains("FINANCE: value 200000 reaches 200000"), route.reasons().toString());
    }

    @Test
    void financeReviewsPaymentTermsOutsideTheStandardOnesOfAFullReview() {
        ReviewRouting.Route route = route(Facts.routine().byNewCustomer().withPaymentTerms("90 days after acceptance"), "1250");

        assertEquals(union(EVERY_FULL_REVIEW, Department.FINANCE), route.departments());
        assertTrue(route.reasons().contains("FINANCE: non-standard payment terms '90 days after acceptance'"),
                route.reasons().toString());
        assertEquals(EVERY_FULL_REVIEW, route(Facts.routine().byNewCustomer().withPaymentTerms("NET60"), "1250").departments());
        assertEquals(EVERY_FULL_REVIEW, route(Facts.routine().byNewCustomer().withPaymentTerms(null), "1250").departments());
    }

    @Test
    void legalReviewsEveryContractDraftAndTenderAndAnyOtherRequirementFromItsThresholdOn() {
        for (String source : List.of("CONTRACT_DRAFT", "TENDER")) {
            ReviewRouting.Route route = route(Facts.routine().withSource(source), "1250");
            assertEquals(union(EVERY_FULL_REVIEW, Department.LEGAL), route.departments(), source);
            assertTrue(route.reasons().contains("LEGAL: a " + source + " is reviewed for the legality of its terms"),
                    route.reasons().toString());
        }
        assertEquals(union(EVERY_FULL_REVIEW, Department.FINANCE), route(Facts.routine(), "499999").departments());

        ReviewRouting.Route big = route(Facts.routine(), "500000");
        assertEquals(union(EVERY_FULL_REVIEW, Department.FINANCE, Department.LEGAL), big.departments());
        assertTrue(big.reasons().contains("LEGAL: value 500000 reaches 500000"), big.reasons().toString());
    }

    @Test
    void onSiteWorkCallsInSafetyAndEnvironment() {
        assertEquals(union(EVERY_FULL_REVIEW, Department.SAFETY_ENV),
                route(Facts.routine().byNewCustomer().withServices("TRANSPORT", "INSTALLATION"), "1250").departments());
        assertEquals(union(EVERY_FULL_REVIEW, Department.SAFETY_ENV),
                route(Facts.routine().byNewCustomer().withServices("MAINTENANCE"), "1250").departments());
        assertEquals(EVERY_FULL_REVIEW, route(Facts.routine().byNewCustomer().withServices("TRAINING", "WARRANTY"), "1250").departments());
    }

    @Test
    void aBigTenderWithEverythingCallsInEveryDepartment() {
        ReviewRouting.Route route = route(Facts.routine().withSource("TENDER").withCustomSpecification().withServices("INSTALLATION"), "900000");

        assertEquals(Set.copyOf(Department.BUILT_IN), route.departments());
        assertEquals(6, route.reasons().size(), route.reasons().toString());
    }

    @Test
    void anAmendmentCallsBackTheDepartmentsOfTheAspectsItsChangedFieldsBelongTo() {
        assertEquals(Set.of(Department.PRODUCTION, Department.PROCUREMENT, Department.FINANCE),
                routing.affectedBy(List.of("items[0].quantity", "items[3].unitPrice"), POLICY));
        assertEquals(Set.of(Department.QUALITY, Department.TECHNICAL),
                routing.affectedBy(List.of("items[1].specification", "requirements[0].text"), POLICY));
        assertEquals(Set.of(Department.LEGAL, Department.SAFETY_ENV, Department.PRODUCTION),
                routing.affectedBy(List.of("delivery.terms", "services[1]"), POLICY));
    }

    @Test
    void aChangeOfNoReviewedAspectCallsNobodyBack() {
        assertEquals(Set.of(), routing.affectedBy(List.of("title", "externalRef"), POLICY));
        assertEquals(Set.of(), routing.affectedBy(List.of(), POLICY));
    }

    @Test
    void anAspectThePolicyDoesNotMapCallsNobodyBack() {
        PolicyRules onlyPrices = new PolicyRules(POLICY.simplifiedMaxValue(), POLICY.financeThreshold(), POLICY.legalThreshold(),
                POLICY.standardPaymentTerms(), Map.of(Aspect.PRICE, Set.of(Department.FINANCE)), Map.of());

        assertEquals(Set.of(Department.FINANCE), routing.affectedBy(List.of("items[0].quantity", "items[0].currency"), onlyPrices));
    }

    @Test
    void aDepartmentThePolicyAlwaysRequiresReviewsEveryFullReviewButNoSimplifiedOne() {
        Department project = new Department("PROJECT_3");
        PolicyRules withProject = new PolicyRules(POLICY.simplifiedMaxValue(), POLICY.financeThreshold(), POLICY.legalThreshold(),
                POLICY.standardPaymentTerms(), POLICY.rerouteOnChange(), POLICY.slaHours(), Set.of(project, Department.QUALITY));

        ReviewRouting.Route full = routing.route(Facts.routine().byNewCustomer().summary(), new BigDecimal("1250"), withProject);
        assertEquals(union(EVERY_FULL_REVIEW, project), full.departments());
        assertEquals("PROJECT_3: the policy requires it in every full review", full.reasons().get(full.reasons().size() - 1));
        assertEquals(1, full.reasons().stream().filter(r -> r.startsWith("QUALITY")).count(), full.reasons().toString());
        assertEquals(Set.of(), routing.route(Facts.routine().summary(), new BigDecimal("1250"), withProject).departments());
    }

    static Set<Department> union(Set<Department> base, Department... more) {
        Set<Department> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
