package io.accord.complaint.rest;

import io.accord.infra.csv.CsvColumns;

/** The corrective actions list as a spreadsheet: one row per action, whose it is, when it is due, how it ended. */
final class CorrectiveActionCsv {

    static final String NAME = "corrective-actions";

    static final CsvColumns<CorrectiveActionView> COLUMNS = CsvColumns.<CorrectiveActionView>headedBy("complaint.csv.action.")
            .text("id", CorrectiveActionView::id)
            .text("complaintId", CorrectiveActionView::complaintId)
            .text("description", CorrectiveActionView::description)
            .text("owner", CorrectiveActionView::owner)
            .date("dueDate", CorrectiveActionView::dueDate)
            .label("status", CorrectiveActionView::status)
            .text("overdue", CorrectiveActionView::overdue)
            .text("implementationNote", CorrectiveActionView::implementationNote)
            .time("implementedAt", CorrectiveActionView::implementedAt)
            .text("verificationNote", CorrectiveActionView::verificationNote)
            .time("verifiedAt", CorrectiveActionView::verifiedAt)
            .text("ineffectiveCount", CorrectiveActionView::ineffectiveCount)
            .time("openedAt", CorrectiveActionView::openedAt);

    private CorrectiveActionCsv() {
    }
}
