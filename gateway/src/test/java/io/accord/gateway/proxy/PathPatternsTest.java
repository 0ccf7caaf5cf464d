package io.accord.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathPatternsTest {

    @Test
    void aPatternMatchesItsPathAndWhatIsBelowItWholeSegmentsOnly() {
        assertTrue(PathPatterns.matches("/api/v1/orders", "/api/v1/orders"));
        assertTrue(PathPatterns.matches("/api/v1/orders", "/api/v1/orders/ERP-1/amendments"));
        assertFalse(PathPatterns.matches("/api/v1/orders", "/api/v1/ordersX"));
        assertFalse(PathPatterns.matches("/api/v1/orders", "/api/v1"));
    }

    @Test
    void aStarMatchesExactlyOneSegment() {
        assertTrue(PathPatterns.matches("/api/v1/customers/*/overview", "/api/v1/customers/42/overview"));
        assertFalse(PathPatterns.matches("/api/v1/customers/*/overview", "/api/v1/customers/42"));
        assertFalse(PathPatterns.matches("/api/v1/customers/*/overview", "/api/v1/customers/42/history"));
        assertFalse(PathPatterns.matches("/api/v1/customers/*/overview", "/api/v1/customers/4/2/overview"));
    }

    @Test
    void theMostSpecificGroupWinsAndDefaultCoversTheRest() {
        Map<String, List<String>> groups = Map.of("default", List.of("/-"), "customers", List.of("/api/v1/customers"),
                "overview", List.of("/api/v1/customers/*/overview"));
        assertEquals("overview", PathPatterns.groupOf("/api/v1/customers/42/overview", groups));
        assertEquals("customers", PathPatterns.groupOf("/api/v1/customers/42", groups));
        assertEquals("default", PathPatterns.groupOf("/api/v1/reviews", groups));
    }
}
