package io.accord.gateway.events;

import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.infra.events.EventTypes;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.review.events.ReviewEventTypes;

import java.util.Set;

/**
 * Which events a caller's roles may see on the live stream: auditors and the general manager see everything
 * (administrators configure the suite and do no business work, so they see none); sales the requirement side and the reviews; departments the reviews (quality also complaints and
 * corrective actions); customer service feedback, surveys, complaints and corrective actions; a machine client (ERP)
 * only the events of its own orders. Events are told apart by their aggregate ({@code accord.<aggregate>.<verb>}),
 * as their producers name them.
 */
public final class EventVisibility {

    private static final Set<String> EVERYTHING = Set.of("AUDITOR", "GENERAL_MANAGER");
    private static final Set<String> DEPARTMENTS = Set.of("QUALITY", "PRODUCTION", "PROCUREMENT", "TECHNICAL", "FINANCE",
            "LEGAL", "SAFETY_ENV");
    private static final Set<String> SALES_SEE = Set.of(RequirementEventTypes.REQUIREMENT, RequirementEventTypes.CUSTOMER,
            RequirementEventTypes.CUSTOMER_PROPERTY, ReviewEventTypes.REVIEW);
    /** Quality investigates complaints and checks corrective actions. */
    private static final Set<String> QUALITY_SEES = Set.of(ComplaintEventTypes.COMPLAINT, ComplaintEventTypes.CORRECTIVE_ACTION);
    private static final Set<String> CUSTOMER_SERVICE_SEES = Set.of(FeedbackEventTypes.FEEDBACK, FeedbackEventTypes.SURVEY,
            ComplaintEventTypes.COMPLAINT, ComplaintEventTypes.CORRECTIVE_ACTION, RequirementEventTypes.CUSTOMER);
    /**
     * The one field the gateway reads from a payload: the machine client an ERP order belongs to, carried by
     * {@code requirement.captured}, {@code .status-changed}, {@code .delivered} and the {@code .delivery-*} events
     * (EventVisibilityContractTest).
     */
    static final String ERP_CLIENT = "erpClient";

    private EventVisibility() {
    }

    public static boolean visible(Set<String> roles, String caller, LiveEvent event) {
        String aggregate = aggregateOf(event.type());
        for (String role : roles) {
            if (EVERYTHING.contains(role)) {
                return true;
            }
            if ((role.equals("SALES") || role.equals("SALES_MANAGER")) && SALES_SEE.contains(aggregate)) {
                return true;
            }
            if (DEPARTMENTS.contains(role) && aggregate.equals(ReviewEventTypes.REVIEW)) {
                return true;
            }
            if (role.equals("QUALITY") && QUALITY_SEES.contains(aggregate)) {
                return true;
            }
            if (role.equals("CUSTOMER_SERVICE") && CUSTOMER_SERVICE_SEES.contains(aggregate)) {
                return true;
            }
            if (role.equals("ERP_CLIENT") && aggregate.equals(RequirementEventTypes.REQUIREMENT) && caller != null
                    && caller.equals(event.data().getString(ERP_CLIENT))) {
                return true;
            }
        }
        return false;
    }

    /** {@code accord.customer-property.returned} → {@code customer-property}; empty for a type not named that way. */
    static String aggregateOf(String type) {
        if (type == null || !type.startsWith(EventTypes.PREFIX)) {
            return "";
        }
        int end = type.indexOf('.', EventTypes.PREFIX.length());
        return end < 0 ? "" : type.substring(EventTypes.PREFIX.length(), end);
    }
}
