package io.accord.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of the dev-only {@code POST /auth/token}: {@code {"user": "li.na", "roles": ["SALES"]}}. */
public record TokenRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{accord.user-name}") String user,
        @NotEmpty @Size(max = 14) List<@NotBlank String> roles) {
}
