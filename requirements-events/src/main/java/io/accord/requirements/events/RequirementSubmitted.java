package io.accord.requirements.events;

import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.ServiceKind;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Everything the review needs to route a revision without calling back. */
public record RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode,
        boolean newCustomer, RequirementSource source, String title, String totalValue, String currency,
        Set<RequirementCategory> categories, List<ServiceKind> services, boolean highRisk, String paymentTerms,
        List<RequirementContent.Item> items, RequirementContent.Delivery delivery) {
}
