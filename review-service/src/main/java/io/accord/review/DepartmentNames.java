package io.accord.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A department's name in the two languages its records are read in. */
public record DepartmentNames(@JsonProperty("zh-CN") @NotBlank @Size(max = 100) String zhCN,
        @JsonProperty("en") @NotBlank @Size(max = 100) String en) {
}
