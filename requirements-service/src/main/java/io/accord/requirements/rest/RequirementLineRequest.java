package io.accord.requirements.rest;

import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One stated, implied, statutory, … requirement (PROCESS.md §1.1). */
public record RequirementLineRequest(@NotNull RequirementCategory category, @NotBlank @Size(max = 2000) String text,
        @Size(max = 200) String reference) {

    RequirementContent.Line toLine() {
        return new RequirementContent.Line(category, text, reference);
    }

    /** Absent requirements are none. */
    static List<RequirementContent.Line> toLines(List<RequirementLineRequest> lines) {
        return lines == null ? List.of() : lines.stream().map(RequirementLineRequest::toLine).toList();
    }
}
