package io.accord.review.service;

import io.accord.review.Department;
import io.accord.review.PolicyRules;
import io.accord.review.RequirementSummary;
import io.accord.review.ReviewType;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides a review's type and departments from the requirement's facts and the policy, and explains each rule's
 * outcome in {@code routingReasons} (PROCESS.md §1.4–1.5).
 */
@ApplicationScoped
public class ReviewRouting {

    public record Route(ReviewType type, Set<Department> departments, List<String> reasons) {
    }

    private static final Set<String> ROUTINE_SOURCES = Set.of("ORDER", "ERP_ORDER");
    private static final Set<String> SPECIAL_CATEGORIES = Set.of("STATUTORY", "EMERGENCY", "CUSTOMER_PROPERTY");
    private static final Set<String> ON_SITE_SERVICES = Set.of("INSTALLATION", "MAINTENANCE");

    /** {@code value}: the requirement's total value as a number (the summary keeps it as it was received). */
    public Route route(RequirementSummary facts, BigDecimal value, PolicyRules rules) {
        List<String> notRoutine = new ArrayList<>();
        if (facts.newCustomer()) {
            notRoutine.add("a new customer (no accepted order yet) needs a FULL review");
        }
        if (!ROUTINE_SOURCES.contains(facts.source())) {
            notRoutine.add("source " + facts.source() + " is not a routine order");
        }
        List<String> special = facts.categories().stream().filter(SPECIAL_CATEGORIES::contains).toList();
        if (!special.isEmpty()) {
            notRoutine.add("special requirements " + special);
        }
        if (facts.highRisk()) {
            notRoutine.add("flagged high-risk");
        }
        if (value.compareTo(rules.simplifiedMaxValue()) >= 0) {
            notRoutine.add("value " + value.toPlainString() + " is not under the simplified limit " + rules.simplifiedMaxValue().toPlainString());
        }
        List<String> reasons = new ArrayList<>();
        if (notRoutine.isEmpty()) {
            reasons.add("SIMPLIFIED: a routine order from an existing customer, value " + value.toPlainString()
                    + " under " + rules.simplifiedMaxValue().toPlainString() + ", no special requirements");
            return new Route(ReviewType.SIMPLIFIED, Set.of(), reasons);
        }
        reasons.add("FULL: " + String.join("; ", notRoutine));
        Set<Department> departments = new TreeSet<>(List.of(Department.QUALITY, Department.PRODUCTION, Department.PROCUREMENT));
        reasons.add("QUALITY, PRODUCTION, PROCUREMENT: part of every full review");
        List<String> custom = facts.items().stream().filter(RequirementSummary.ItemSummary::customSpecification)
                .map(RequirementSummary.ItemSummary::productCode).toList();
        if (!custom.isEmpty()) {
            departments.add(Department.TECHNICAL);
            reasons.add("TECHNICAL: custom or new specification for " + custom);
        }
        if (value.compareTo(rules.financeThreshold()) >= 0) {
            departments.add(Department.FINANCE);
            reasons.add("FINANCE: value " + value.toPlainString() + " reaches " + rules.financeThreshold().toPlainString());
        } else if (facts.paymentTerms() != null && !rules.standardPaymentTerms().contains(facts.paymentTerms())) {
            departments.add(Department.FINANCE);
            reasons.add("FINANCE: non-standard payment terms '" + facts.paymentTerms() + "'");
        }
        if ("CONTRACT_DRAFT".equals(facts.source()) || "TENDER".equals(facts.source())) {
            departments.add(Department.LEGAL);
            reasons.add("LEGAL: a " + facts.source() + " is reviewed for the legality of its terms");
        } else if (value.compareTo(rules.legalThreshold()) >= 0) {
            departments.add(Department.LEGAL);
            reasons.add("LEGAL: value " + value.toPlainString() + " reaches " + rules.legalThreshold().toPlainString());
        }
        List<String> onSite = facts.services().stream().filter(ON_SITE_SERVICES::contains).toList();
        if (!onSite.isEmpty()) {
            departments.add(Department.SAFETY_ENV);
            reasons.add("SAFETY_ENV: on-site work " + onSite);
        }
        for (Department always : rules.alwaysRequired()) {
            if (departments.add(always)) {
                reasons.add(always.code() + ": the policy requires it in every full review");
            }
        }
        return new Route(ReviewType.FULL, departments, reasons);
    }

    /** Departments whose aspect the changed paths touch, by the policy's re-route map. */
    public Set<Department> affectedBy(List<String> changedPaths, PolicyRules rules) {
        Set<Department> affected = new TreeSet<>();
        for (String path : changedPaths) {
            PolicyRules.Aspect aspect = PolicyRules.aspectOf(path);
            if (aspect != null) {
                affected.addAll(rules.rerouteOnChange().getOrDefault(aspect, Set.of()));
            }
        }
        return affected;
    }
}
