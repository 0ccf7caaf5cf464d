package io.accord.requirements.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.infra.hashing.Sha256;
import io.accord.infra.persistence.StoredJson;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ERP's order, as it sent it: absent parts stay absent. Its JSON form ({@link StoredJson}) is the order's
 * fingerprint, which a retry under the same {@code Idempotency-Key} must match, and every stored key keeps the
 * fingerprint of its first request: changing a component, its name or its place (also in the types it holds) would
 * refuse retries of orders taken in before. {@code PlaceOrderCommandTest} pins it.
 */
public record PlaceOrderCommand(String erpOrderNo, String customerCode, String title, List<OrderLine> lines,
        RequirementContent.Delivery delivery, List<ServiceKind> services, List<RequirementContent.Line> requirements,
        Boolean highRisk, String paymentTerms) {

    /**
     * One order line; an absent {@code customSpecification} means a standard product. {@code acceptanceCriteria} came
     * later: left out of the JSON form when absent, so orders without it keep the fingerprint they always had.
     */
    public record OrderLine(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, Boolean customSpecification,
            @JsonInclude(JsonInclude.Include.NON_NULL) String acceptanceCriteria) {

        public OrderLine(String productCode, String description, String specification, BigDecimal quantity, String unit,
                BigDecimal unitPrice, String currency, Boolean customSpecification) {
            this(productCode, description, specification, quantity, unit, unitPrice, currency, customSpecification, null);
        }

        RequirementContent.Item toItem() {
            return new RequirementContent.Item(productCode, description, specification, quantity, unit, unitPrice, currency,
                    Boolean.TRUE.equals(customSpecification), acceptanceCriteria);
        }
    }

    /** The requirement's content; an order without a title is named after its number. */
    public RequirementContent toContent() {
        return new RequirementContent(title == null || title.isBlank() ? "ERP order " + erpOrderNo : title, erpOrderNo,
                lines == null ? List.of() : lines.stream().map(OrderLine::toItem).toList(), delivery,
                services == null ? List.of() : List.copyOf(services), requirements == null ? List.of() : requirements,
                null, null, Boolean.TRUE.equals(highRisk), paymentTerms);
    }

    /** SHA-256 of the order's JSON form: equal for the same order, whatever order its JSON fields came in. */
    public String fingerprint() {
        return Sha256.hex(StoredJson.bytes(this));
    }
}
