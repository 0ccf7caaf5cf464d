package io.accord.review.rest;

import io.accord.infra.csv.CsvColumns;
import io.accord.review.Department;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reviews list as a spreadsheet: one row per review, its record's headline, routing and decision. */
final class ReviewCsv {

    static final String NAME = "reviews";

    static final CsvColumns<ReviewView> COLUMNS = CsvColumns.<ReviewView>headedBy("review.csv.")
            .text("id", ReviewView::id)
            .text("requirementId", ReviewView::requirementId)
            .text("requirementRevision", ReviewView::requirementRevision)
            .text("round", ReviewView::round)
            .text("customerId", v -> v.requirement() == null ? null : v.requirement().customerId())
            .text("customerCode", v -> v.requirement() == null ? null : v.requirement().customerCode())
            .text("title", v -> v.requirement() == null ? null : v.requirement().title())
            .money("totalValue", v -> v.requirement() == null ? null : v.requirement().totalValue(),
                    "currency", v -> v.requirement() == null ? null : v.requirement().currency())
            .label("type", ReviewView::type)
            .label("form", ReviewView::form)
            .label("status", ReviewView::status)
            .text("requiredDepartments", codes(ReviewView::requiredDepartments))
            .text("missingOpinions", codes(ReviewView::missingOpinions))
            .text("overdue", ReviewView::overdue)
            .label("decision", v -> v.decision() == null ? null : v.decision().decision())
            .text("decidedBy", v -> v.decision() == null ? null : v.decision().by())
            .time("decidedAt", v -> v.decision() == null ? null : v.decision().at())
            .time("openedAt", ReviewView::openedAt)
            .time("updatedAt", ReviewView::updatedAt);

    private ReviewCsv() {
    }

    /** Departments by their codes, as the JSON gives them, in order. */
    private static Function<ReviewView, String> codes(Function<ReviewView, Collection<Department>> departments) {
        return v -> departments.apply(v) == null ? null
                : departments.apply(v).stream().sorted().map(Department::code).collect(Collectors.joining("; "));
    }
}
