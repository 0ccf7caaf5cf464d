package io.accord.requirements.service;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;

import java.util.List;

/** Amend a requirement's content for a reason: every absent (null) part stays as it is. */
public record AmendRequirementCommand(String reason, String title, String externalRef, List<RequirementContent.Item> items,
        RequirementContent.Delivery delivery, List<ServiceKind> services, List<RequirementContent.Line> requirements,
        String quotationRef, RequirementContent.Quotation quotation, Boolean highRisk, String paymentTerms) {

    public RequirementContent applyTo(RequirementContent current) {
        return new RequirementContent(
                title != null ? title : current.title(),
                externalRef != null ? externalRef : current.externalRef(),
                items != null ? items : current.items(),
                delivery != null ? delivery : current.delivery(),
                services != null ? services : current.services(),
                requirements != null ? requirements : current.requirements(),
                quotationRef != null ? quotationRef : current.quotationRef(),
                quotation != null ? quotation : current.quotation(),
                highRisk != null ? highRisk : current.highRisk(),
                paymentTerms != null ? paymentTerms : current.paymentTerms());
    }
}
