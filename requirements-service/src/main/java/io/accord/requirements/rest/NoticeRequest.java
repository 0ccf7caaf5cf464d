package io.accord.requirements.rest;

import io.accord.requirements.service.RecordCustomerNoticeCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/incidents/{n}/customer-notification}: how the customer was told, and its reference. */
public record NoticeRequest(@NotBlank @Size(max = 40) String method, @NotBlank @Size(max = 200) String reference) {

    RecordCustomerNoticeCommand toCommand() {
        return new RecordCustomerNoticeCommand(method, reference);
    }
}
