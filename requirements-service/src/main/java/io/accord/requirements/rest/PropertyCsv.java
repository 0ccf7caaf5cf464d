package io.accord.requirements.rest;

import io.accord.infra.csv.CsvColumns;

/** The customer property register as a spreadsheet: one row per item, its state and incidents counted. */
final class PropertyCsv {

    static final String NAME = "customer-property";

    static final CsvColumns<PropertyView> COLUMNS = CsvColumns.<PropertyView>headedBy("requirements.csv.property.")
            .text("id", PropertyView::id)
            .text("customerId", PropertyView::customerId)
            .text("requirementId", PropertyView::requirementId)
            .label("kind", PropertyView::kind)
            .text("description", PropertyView::description)
            .text("quantity", v -> v.quantity() == null ? null : v.quantity().toPlainString())
            .text("unit", PropertyView::unit)
            .label("status", PropertyView::status)
            .text("incidents", v -> v.incidents() == null ? 0 : v.incidents().size())
            .text("incidentsAwaitingCustomerNotice", PropertyView::incidentsAwaitingCustomerNotice)
            .text("receivedBy", PropertyView::receivedBy)
            .time("receivedAt", PropertyView::receivedAt);

    private PropertyCsv() {
    }
}
