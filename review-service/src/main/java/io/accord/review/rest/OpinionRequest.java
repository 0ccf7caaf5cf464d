package io.accord.review.rest;

import io.accord.review.Department;
import io.accord.review.Verdict;
import io.accord.review.service.RecordOpinionCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record OpinionRequest(@NotNull Department department, @NotNull Verdict verdict, @Size(max = 4000) String comment,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> conditions) {

    public RecordOpinionCommand toCommand() {
        return new RecordOpinionCommand(department, verdict, comment, conditions);
    }
}
