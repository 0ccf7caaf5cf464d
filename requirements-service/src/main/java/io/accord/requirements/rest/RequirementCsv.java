package io.accord.requirements.rest;

import io.accord.infra.csv.CsvColumns;

/** The requirements list as a spreadsheet: one row per record, its value and due date, not its items. */
final class RequirementCsv {

    static final String NAME = "requirements";

    static final CsvColumns<RequirementView> COLUMNS = CsvColumns.<RequirementView>headedBy("requirements.csv.")
            .text("id", RequirementView::id)
            .text("customerId", RequirementView::customerId)
            .text("title", RequirementView::title)
            .text("externalRef", RequirementView::externalRef)
            .label("source", RequirementView::source)
            .label("status", RequirementView::status)
            .text("revision", RequirementView::revision)
            .money("totalValue", RequirementView::totalValue, "currency", RequirementView::currency)
            .date("dueDate", v -> v.delivery() == null ? null : v.delivery().dueDate())
            .labels("services", RequirementView::services)
            .text("highRisk", RequirementView::highRisk)
            .text("unwritten", RequirementView::unwritten)
            .text("erpOrderNo", RequirementView::erpOrderNo)
            .text("reviewId", RequirementView::reviewId)
            .text("createdBy", RequirementView::createdBy)
            .time("createdAt", RequirementView::createdAt)
            .time("updatedAt", RequirementView::updatedAt);

    private RequirementCsv() {
    }
}
