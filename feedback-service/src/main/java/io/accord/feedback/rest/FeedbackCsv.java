package io.accord.feedback.rest;

import io.accord.infra.csv.CsvColumns;

/** The feedback list as a spreadsheet: one row per feedback. */
final class FeedbackCsv {

    static final String NAME = "feedback";

    static final CsvColumns<FeedbackView> COLUMNS = CsvColumns.<FeedbackView>headedBy("feedback.csv.")
            .text("id", FeedbackView::id)
            .text("customerId", FeedbackView::customerId)
            .time("receivedAt", FeedbackView::receivedAt)
            .label("channel", FeedbackView::channel)
            .label("category", FeedbackView::category)
            .text("rating", FeedbackView::rating)
            .text("text", FeedbackView::text)
            .text("orderRef", FeedbackView::orderRef)
            .text("escalated", FeedbackView::escalated)
            .text("recordedBy", FeedbackView::recordedBy)
            .time("recordedAt", FeedbackView::recordedAt);

    private FeedbackCsv() {
    }
}
