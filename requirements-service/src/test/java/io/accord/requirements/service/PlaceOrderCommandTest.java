package io.accord.requirements.service;

import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored Idempotency-Keys keep the fingerprint of their first request, so the fingerprint of an order must never
 * change. The hashes below were taken by the code before the command existed (the REST body hashed with the
 * application's ObjectMapper).
 */
class PlaceOrderCommandTest {

    static final PlaceOrderCommand FULL = new PlaceOrderCommand("ERP-4711/2030", "ACME-01", null, List.of(
            new PlaceOrderCommand.OrderLine("P-100", "离心泵", null, new BigDecimal("10.50"), "pcs", new BigDecimal("12.3400"), "CNY", null),
            new PlaceOrderCommand.OrderLine("V-7", null, "DN50 \"special\"", new BigDecimal("2"), "m", new BigDecimal("0"), "EUR", true)),
            new RequirementContent.Delivery(LocalDate.parse("2031-01-02"), "Shanghai", null),
            List.of(ServiceKind.INSTALLATION, ServiceKind.TRAINING),
            List.of(new RequirementContent.Line(RequirementCategory.STATUTORY, "GB 150 applies", null)), null, "30 days");
    static final PlaceOrderCommand MINIMAL = new PlaceOrderCommand("4712", "ACME-02", "Spare parts", List.of(
            new PlaceOrderCommand.OrderLine("S-1", null, null, new BigDecimal("1"), "pcs", new BigDecimal("5.5"), "CNY", false)),
            null, null, null, true, null);

    @Test
    void anOrderHasTheFingerprintItHadBeforeTheCommandExisted() {
        assertEquals("468357efaad6e497a9798f0eb746c06c2012c2eaa8ae82b97c2b08db9bbb3544", FULL.fingerprint());
        assertEquals("6e15ef5067ead061a877d939c5cb58a890001e2dbfd3c9f9ff07c1f0c98d7591", MINIMAL.fingerprint());
    }

    @Test
    void absentPartsGetTheirDefaultsInTheContent() {
        RequirementContent full = FULL.toContent();
        assertEquals("ERP order ERP-4711/2030", full.title());
        assertEquals("ERP-4711/2030", full.externalRef());
        assertFalse(full.items().get(0).customSpecification());
        assertTrue(full.items().get(1).customSpecification());
        assertFalse(full.highRisk());

        RequirementContent minimal = MINIMAL.toContent();
        assertEquals("Spare parts", minimal.title());
        assertEquals(List.of(), minimal.services());
        assertEquals(List.of(), minimal.requirements());
        assertTrue(minimal.highRisk());
    }

    @Test
    void acceptanceCriteriaReachTheContentAndAreOnlyInTheFingerprintWhenGiven() {
        PlaceOrderCommand criteria = new PlaceOrderCommand("4712", "ACME-02", "Spare parts", List.of(
                new PlaceOrderCommand.OrderLine("S-1", null, null, new BigDecimal("1"), "pcs", new BigDecimal("5.5"), "CNY", false,
                        "visual inspection at receipt")), null, null, null, true, null);

        assertEquals("visual inspection at receipt", criteria.toContent().items().get(0).acceptanceCriteria());
        assertFalse(criteria.fingerprint().equals(MINIMAL.fingerprint()));
    }
}
