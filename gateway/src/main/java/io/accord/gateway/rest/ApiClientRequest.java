package io.accord.gateway.rest;

import io.accord.gateway.service.RegisterApiClientCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A machine client to register. The name becomes the ERP's identity at the services (its orders belong to it), so
 * it is a plain identifier; scopes are {@code orders:read} and/or {@code orders:write}.
 */
public record ApiClientRequest(
        @NotBlank @Size(max = 120) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "{accord.api-client-name}") String name,
        @NotEmpty @Size(max = 10) List<@NotBlank String> scopes) {

    RegisterApiClientCommand toCommand() {
        return new RegisterApiClientCommand(name, scopes);
    }
}
