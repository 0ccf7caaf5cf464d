package io.accord.gateway.events;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees what on the live stream. */
class EventVisibilityTest {

    private static LiveEvent event(String type, String erpClient) {
        JsonObject data = new JsonObject();
        if (erpClient != null) {
            data.put("erpClient", erpClient);
        }
        return new LiveEvent("e1", type, new JsonObject().put("id", "e1").put("type", type).put("data", data), 0);
    }

    @Test
    void anErpClientSeesOnlyItsOwnOrders() {
        assertTrue(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-1", event("accord.requirement.status-changed", "erp-1")));
        assertFalse(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-1", event("accord.requirement.status-changed", "erp-2")));
        assertFalse(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-1", event("accord.requirement.status-changed", null)));
        assertFalse(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-1", event("accord.review.approved", "erp-1")));
    }

    @Test
    void departmentsSeeReviewsAndAuditorsEverything() {
        assertTrue(EventVisibility.visible(Set.of("QUALITY"), "q", event("accord.review.opened", null)));
        assertFalse(EventVisibility.visible(Set.of("QUALITY"), "q", event("accord.requirement.captured", null)));
        assertFalse(EventVisibility.visible(Set.of("PRODUCTION"), "p", event("accord.complaint.received", null)));
        assertTrue(EventVisibility.visible(Set.of("QUALITY"), "q", event("accord.corrective-action.ineffective", null)));
        assertFalse(EventVisibility.visible(Set.of("QUALITY"), "q", event("accord.survey.responded", null)));
        assertTrue(EventVisibility.visible(Set.of("CUSTOMER_SERVICE"), "c", event("accord.survey.responded", null)));
        assertTrue(EventVisibility.visible(Set.of("AUDITOR"), "a", event("accord.complaint.received", null)));
        // administrators configure the suite; the business stream is not theirs
        assertFalse(EventVisibility.visible(Set.of("ADMIN"), "a", event("accord.complaint.received", null)));
        assertFalse(EventVisibility.visible(Set.of("ADMIN"), "a", event("accord.requirement.captured", null)));
        assertTrue(EventVisibility.visible(Set.of("SALES"), "s", event("accord.customer-property.incident-reported", null)));
        assertTrue(EventVisibility.visible(Set.of("CUSTOMER_SERVICE"), "c", event("accord.feedback.escalated", null)));
        assertTrue(EventVisibility.visible(Set.of("CUSTOMER_SERVICE"), "c", event("accord.customer.registered", null)));
        assertFalse(EventVisibility.visible(Set.of("CUSTOMER_SERVICE"), "c", event("accord.customer-property.returned", null)));
        assertFalse(EventVisibility.visible(Set.of("SALES"), "s", event("accord.reviewer.invented", null)));
        assertFalse(EventVisibility.visible(Set.of("CUSTOMER_SERVICE"), "c", event("accord.review.opened", null)));
        assertFalse(EventVisibility.visible(Set.of(), "nobody", event("accord.review.opened", null)));
    }
}
