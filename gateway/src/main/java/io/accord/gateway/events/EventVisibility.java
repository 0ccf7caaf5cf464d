package io.accord.gateway.events;

import java.util.Set;

/**
 * Which events a caller's roles may see on the live stream: auditors and the general manager see everything
 * (administrators configure the suite and do no business work, so they see none); sales the requirement side and the reviews; departments the reviews (quality also complaints and
 * corrective actions); customer service feedback, surveys, complaints and corrective actions; a machine client (ERP)
 * only the events of its own orders.
 */
public final class EventVisibility {

    private static final Set<String> EVERYTHING = Set.of("AUDITOR", "GENERAL_MANAGER");
    private static final Set<String> DEPARTMENTS = Set.of("QUALITY", "PRODUCTION", "PROCUREMENT", "TECHNICAL", "FINANCE",
            "LEGAL", "SAFETY_ENV");

    private EventVisibility() {
    }

    public static boolean visible(Set<String> roles, String caller, LiveEvent event) {
        String type = event.type() == null ? "" : event.type();
        for (String role : roles) {
            if (EVERYTHING.contains(role)) {
                return true;
            }
            if ((role.equals("SALES") || role.equals("SALES_MANAGER")) && (type.startsWith("accord.requirement.")
                    || type.startsWith("accord.customer.") || type.startsWith("accord.customer-property.")
                    || type.startsWith("accord.review."))) {
                return true;
            }
            if (DEPARTMENTS.contains(role) && type.startsWith("accord.review.")) {
                return true;
            }
            // quality investigates complaints and checks corrective actions
            if (role.equals("QUALITY") && (type.startsWith("accord.complaint.") || type.startsWith("accord.corrective-action."))) {
                return true;
            }
            if (role.equals("CUSTOMER_SERVICE") && (type.startsWith("accord.feedback.") || type.startsWith("accord.survey.")
                    || type.startsWith("accord.complaint.") || type.startsWith("accord.corrective-action.")
                    || type.startsWith("accord.customer."))) {
                return true;
            }
            if (role.equals("ERP_CLIENT") && type.startsWith("accord.requirement.") && caller != null
                    && caller.equals(event.data().getString("erpClient"))) {
                return true;
            }
        }
        return false;
    }
}
