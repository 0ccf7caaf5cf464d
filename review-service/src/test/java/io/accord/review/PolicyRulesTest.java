package io.accord.review;

import io.accord.review.PolicyRules.Aspect;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a changed field of a requirement is about (it decides who reviews an amendment again), and the task hours. */
class PolicyRulesTest {

    @Test
    void eachChangedPathBelongsToTheAspectADepartmentReviews() {
        Map<String, Aspect> aspects = Map.ofEntries(
                Map.entry("items[0].quantity", Aspect.QUANTITY),
                Map.entry("items[12].quantity", Aspect.QUANTITY),
                Map.entry("delivery.dueDate", Aspect.DELIVERY),
                Map.entry("delivery.place", Aspect.DELIVERY),
                Map.entry("items[1].unitPrice", Aspect.PRICE),
                Map.entry("items[1].currency", Aspect.PRICE),
                Map.entry("paymentTerms", Aspect.PAYMENT),
                Map.entry("items[0].specification", Aspect.SPECIFICATION),
                Map.entry("items[0].productCode", Aspect.SPECIFICATION),
                Map.entry("items[0].customSpecification", Aspect.SPECIFICATION),
                Map.entry("requirements[2].text", Aspect.QUALITY_REQUIREMENTS),
                Map.entry("delivery.terms", Aspect.TERMS),
                Map.entry("services[0]", Aspect.SERVICES));
        aspects.forEach((path, aspect) -> assertEquals(aspect, PolicyRules.aspectOf(path), path));
    }

    @Test
    void fieldsNoDepartmentReviewsHaveNoAspect() {
        for (String path : List.of("title", "externalRef", "quotationRef", "highRisk", "quotation.items[0].unitPrice")) {
            assertNull(PolicyRules.aspectOf(path), path);
        }
    }

    @Test
    void aDepartmentThePolicyGivesNoHoursHasThreeDays() {
        PolicyRules rules = new PolicyRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(),
                Map.of(Department.QUALITY, 24, Department.LEGAL, 0));

        assertEquals(24, rules.slaHoursFor(Department.QUALITY));
        assertEquals(0, rules.slaHoursFor(Department.LEGAL));
        assertEquals(72, rules.slaHoursFor(Department.FINANCE));
    }
}
