package io.accord.review.service;

import io.accord.review.Department;
import io.accord.review.Verdict;

import java.util.List;

/** A required department's signed opinion; conditions go with an approval with conditions. */
public record RecordOpinionCommand(Department department, Verdict verdict, String comment, List<String> conditions) {
}
