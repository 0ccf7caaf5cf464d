package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** When, where and on which terms the customer wants the goods. */
public record DeliveryTermsRequest(@NotNull @FutureOrPresent LocalDate dueDate, @Size(max = 200) String place,
        @Size(max = 500) String terms) {

    RequirementContent.Delivery toDelivery() {
        return new RequirementContent.Delivery(dueDate, place, terms);
    }
}
