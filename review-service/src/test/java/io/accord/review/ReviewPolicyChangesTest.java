package io.accord.review;

import io.accord.infra.changes.DomainChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A new policy version is one more entry in the policy's single history; nothing is published. */
class ReviewPolicyChangesTest {

    @Test
    void aReplacedPolicyRecordsTheVersionStepWithTheNewRules() {
        ReviewPolicy current = new ReviewPolicy();
        current.version = 4;
        PolicyRules rules = new PolicyRules(new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO, List.of("30 days net"),
                Map.of(), Map.of(Department.QUALITY, 24));
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00Z");

        ReviewPolicy next = current.replacedBy(rules, "admin", now);

        assertEquals(5, next.version);
        assertEquals("admin", next.createdBy);
        assertEquals(now, next.createdAt);
        assertEquals("review-policy", next.aggregateType());
        assertEquals(UUID.fromString("00000000-0000-0000-0000-00000000a11c"), next.aggregateId());
        List<DomainChange> changes = next.pendingChanges();
        assertEquals(1, changes.size());
        DomainChange replaced = changes.get(0);
        assertEquals("policy version 5", replaced.action());
        assertEquals("v4", replaced.stateBefore());
        assertEquals("v5", replaced.stateAfter());
        assertEquals(rules, replaced.detail());
        assertNull(replaced.event());
        assertEquals(List.of(), current.pendingChanges());
    }
}
