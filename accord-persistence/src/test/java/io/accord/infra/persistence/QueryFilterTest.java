package io.accord.infra.persistence;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** List filters: an absent filter narrows nothing; a present one adds its condition and its bound value. */
class QueryFilterTest {

    @Test
    void withoutFiltersEverythingMatches() {
        QueryFilter filter = new QueryFilter().equal("status", null).where("createdAt >= :from", "from", null).when(false, "overdue = true");

        assertEquals("1 = 1", filter.query());
        assertTrue(filter.params().isEmpty());
    }

    @Test
    void presentFiltersAreAndedInOrderWithNamedParameters() {
        QueryFilter filter = new QueryFilter().equal("status", "OPEN").equal("customerId", null)
                .where("createdAt >= :from", "from", 5).when(true, "overdue = true");

        assertEquals("1 = 1 and status = :status and createdAt >= :from and overdue = true", filter.query());
        assertEquals(Map.of("status", "OPEN", "from", 5), filter.params());
    }

    @Test
    void valuesAreBoundNeverPastedIntoTheQuery() {
        String hostile = "x' or '1'='1";

        QueryFilter filter = new QueryFilter().equal("title", hostile);

        assertEquals("1 = 1 and title = :title", filter.query());
        assertEquals(hostile, filter.params().get("title"));
    }
}
