package io.accord.complaint.rest;

import io.accord.infra.csv.CsvColumns;

/** The complaints list as a spreadsheet: one row per complaint, its deadlines, investigation and open actions. */
final class ComplaintCsv {

    static final String NAME = "complaints";

    static final CsvColumns<ComplaintView> COLUMNS = CsvColumns.<ComplaintView>headedBy("complaint.csv.")
            .text("id", ComplaintView::id)
            .text("customerId", ComplaintView::customerId)
            .time("receivedAt", ComplaintView::receivedAt)
            .label("channel", ComplaintView::channel)
            .label("category", ComplaintView::category)
            .label("severity", ComplaintView::severity)
            .label("status", ComplaintView::status)
            .text("description", ComplaintView::description)
            .text("orderRef", ComplaintView::orderRef)
            .text("productCode", ComplaintView::productCode)
            .text("batch", ComplaintView::batch)
            .time("ackDueAt", ComplaintView::ackDueAt)
            .time("resolutionDueAt", ComplaintView::resolutionDueAt)
            .text("slaBreached", ComplaintView::slaBreached)
            .time("acknowledgedAt", ComplaintView::acknowledgedAt)
            .text("rootCause", ComplaintView::rootCause)
            .text("containment", ComplaintView::containment)
            .text("resolutionSummary", ComplaintView::resolutionSummary)
            .label("remedy", ComplaintView::remedy)
            .time("resolvedAt", ComplaintView::resolvedAt)
            .time("closedAt", ComplaintView::closedAt)
            .time("withdrawnAt", ComplaintView::withdrawnAt)
            .text("reopenCount", ComplaintView::reopenCount)
            .text("openCorrectiveActions", ComplaintView::openCorrectiveActions)
            .text("overdueCorrectiveActions", ComplaintView::overdueCorrectiveActions)
            .text("requirementId", ComplaintView::requirementId)
            .text("deliveryNumber", ComplaintView::deliveryNumber)
            .text("sourceFeedbackId", ComplaintView::sourceFeedbackId);

    private ComplaintCsv() {
    }
}
