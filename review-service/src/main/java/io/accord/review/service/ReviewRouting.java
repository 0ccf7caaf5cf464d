package io.accord.review.service;

import io.accord.review.Department;
import io.accord.review.ReviewType;
import io.accord.review.messaging.RequirementSubmitted;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the review type and departments. Foundation rule set: every review is FULL with quality,
 * production and procurement; on-site services add SAFETY_ENV, a high-risk requirement adds TECHNICAL. The
 * stored, versioned review policy replaces this in the review-service issue.
 */
@ApplicationScoped
public class ReviewRouting {

    public record Route(ReviewType type, Set<Department> departments, List<String> reasons) {
    }

    public Route route(RequirementSubmitted submitted) {
        Set<Department> departments = EnumSet.of(Department.QUALITY, Department.PRODUCTION, Department.PROCUREMENT);
        List<String> reasons = new ArrayList<>();
        reasons.add("FULL review: every requirement is fully reviewed until the routing policy is configured");
        reasons.add("QUALITY, PRODUCTION, PROCUREMENT: always part of a full review");
        if (submitted.services() != null && submitted.services().contains("INSTALLATION")) {
            departments.add(Department.SAFETY_ENV);
            reasons.add("SAFETY_ENV: installation on site is required");
        }
        if (submitted.highRisk()) {
            departments.add(Department.TECHNICAL);
            reasons.add("TECHNICAL: the requirement is flagged high-risk");
        }
        return new Route(ReviewType.FULL, departments, reasons);
    }
}
