package io.accord.review.rest;

import io.accord.review.Opinion;
import io.accord.review.RequirementSummary;
import io.accord.review.ReviewRecordContent;
import io.accord.review.Risk;

/** Renders the review record as a self-contained, printable HTML page. */
final class ReviewRecordPage {

    private ReviewRecordPage() {
    }

    static String render(ReviewRecord record) {
        ReviewRecordContent c = record.content();
        RequirementSummary req = c.requirement();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>").append(esc(c.form()))
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("td,th{border:1px solid #444;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}")
                .append(".hash{font-family:monospace;font-size:small}</style></head><body>");
        html.append("<h1>").append(esc(c.form())).append("</h1>");
        html.append("<table><tr><th>Review</th><td>").append(c.reviewId()).append("</td><th>Status</th><td>")
                .append(record.status()).append("</td></tr><tr><th>Requirement</th><td>").append(c.requirementId())
                .append(" (revision ").append(c.requirementRevision()).append(")</td><th>Type</th><td>").append(c.type())
                .append(" · policy v").append(c.policyVersion()).append("</td></tr>");
        if (req != null) {
            html.append("<tr><th>Customer</th><td>").append(esc(req.customerCode())).append(req.newCustomer() ? " (new)" : "")
                    .append("</td><th>Title</th><td>").append(esc(req.title())).append("</td></tr><tr><th>Source</th><td>")
                    .append(esc(req.source())).append("</td><th>Value</th><td>").append(esc(req.totalValue())).append(' ')
                    .append(esc(req.currency())).append("</td></tr>");
        }
        html.append("</table><h2>Routing</h2><ul>");
        c.routingReasons().forEach(r -> html.append("<li>").append(esc(r)).append("</li>"));
        html.append("</ul><h2>Opinions</h2><table><tr><th>Department</th><th>Verdict</th><th>Comment</th><th>Signed by</th>")
                .append("<th>When</th><th>Revision</th><th>Current</th></tr>");
        for (Opinion o : c.opinions()) {
            html.append("<tr><td>").append(o.department()).append("</td><td>").append(o.verdict()).append("</td><td>")
                    .append(esc(o.comment())).append(o.conditions().isEmpty() ? "" : "<br>Conditions: " + esc(String.join("; ", o.conditions())))
                    .append("</td><td>").append(esc(o.by())).append("</td><td>").append(o.at()).append("</td><td>")
                    .append(o.forRevision()).append("</td><td>").append(o.current() ? "yes" : "superseded").append("</td></tr>");
        }
        html.append("</table>");
        if (!c.risks().isEmpty()) {
            html.append("<h2>Risks</h2><table><tr><th>#</th><th>Category</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Mitigation</th></tr>");
            for (Risk r : c.risks()) {
                html.append("<tr><td>").append(r.seq()).append("</td><td>").append(r.category()).append("</td><td>")
                        .append(r.likelihood()).append("</td><td>").append(r.impact()).append("</td><td>").append(r.score())
                        .append("</td><td>").append(esc(r.mitigation())).append("</td></tr>");
            }
            html.append("</table>");
        }
        if (c.consolidation() != null) {
            var k = c.consolidation();
            html.append("<h2>Sales consolidation</h2><p>Terms applicable: ").append(k.termsApplicable()).append(", complete: ")
                    .append(k.termsComplete()).append(", clear: ").append(k.termsClear()).append(", discrepancies resolved: ")
                    .append(k.discrepanciesResolved()).append(". ").append(esc(k.comment())).append(" — ").append(esc(k.by()))
                    .append(", ").append(k.at()).append("</p>");
        }
        if (c.orderConfirmation() != null) {
            var oc = c.orderConfirmation();
            html.append("<h2>Order confirmation</h2><p>").append(esc(oc.method())).append(" ").append(esc(oc.reference()))
                    .append(" — confirmed by ").append(esc(oc.by())).append(", ").append(oc.at()).append("</p>");
        }
        if (c.decision() != null) {
            var d = c.decision();
            html.append("<h2>Decision</h2><p><strong>").append(d.decision()).append("</strong> ").append(esc(d.comment()))
                    .append(d.overrideReason() == null ? "" : "<br>Override reason: " + esc(d.overrideReason()))
                    .append(" — ").append(esc(d.by())).append(", ").append(d.at()).append("</p>");
        }
        if (record.frozen()) {
            html.append("<p class=\"hash\">Record frozen at the decision. SHA-256 ").append(record.contentHash())
                    .append(Boolean.TRUE.equals(record.intact()) ? " (intact)" : " (CHANGED SINCE THE DECISION)").append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
