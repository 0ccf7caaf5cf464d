package io.accord.requirements.rest;

import io.accord.requirements.Clarification;
import io.accord.requirements.Confirmation;
import io.accord.requirements.Deliveries;
import io.accord.requirements.Delivery;
import io.accord.requirements.Discrepancy;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.ServiceKind;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code deliveryProgress}: each line's ordered, delivered (not rejected), accepted and outstanding quantity. */
public record RequirementView(UUID id, UUID customerId, RequirementSource source, RequirementStatus status, int revision,
        String title, String externalRef, List<RequirementContent.Item> items, RequirementContent.Delivery delivery,
        List<ServiceKind> services, List<RequirementContent.Line> requirements, String quotationRef,
        RequirementContent.Quotation quotation, boolean highRisk, String paymentTerms, String totalValue, String currency, boolean unwritten,
        Confirmation confirmation, List<Discrepancy> discrepancies, List<Delivery> deliveries,
        List<Deliveries.Progress> deliveryProgress, String cancellationReason,
        String erpOrderNo, UUID reviewId, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
        List<Clarification> clarifications) {

    public static RequirementView of(Requirement r) {
        RequirementContent c = r.content;
        return new RequirementView(r.id, r.customerId, r.source, r.status, r.revision, c.title(), c.externalRef(),
                c.items(), c.delivery(), c.services(), c.requirements(), c.quotationRef(), c.quotation(), c.highRisk(), c.paymentTerms(),
                c.totalValue().toPlainString(), c.currency(), r.unwritten, r.confirmation, r.discrepancies, r.deliveries,
                Deliveries.progress(c, r.deliveries),
                r.cancellationReason, r.erpOrderNo, r.reviewId, r.createdBy, r.createdAt, r.updatedAt, r.version,
                r.clarifications);
    }
}
