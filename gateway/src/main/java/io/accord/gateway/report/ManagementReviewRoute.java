package io.accord.gateway.report;

import io.accord.gateway.metrics.RouteTemplates;
import io.accord.gateway.proxy.EdgeIdentity;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.infra.documents.PdfFontUnavailableException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.Permissions;
import io.accord.infra.time.ReportPeriod;
import io.accord.infra.web.RoutingProblem;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Locale;

/**
 * {@code GET /api/v1/management-review?from=&to=}: the management review's inputs (ISO 9001 §9.3.2) through the
 * gateway, for those who hold or prepare the review (permission {@code management-review:read}: quality, the general
 * manager, the sales manager, the auditor). JSON by default; {@code Accept: text/html} a printable page and
 * {@code application/pdf} the same page as PDF, both in the reader's language; {@code Accept: text/csv} or
 * {@code ?format=csv} one section as CSV ({@code ?section=}, required). The period is checked here (400 naming
 * {@code from} or {@code to}) before any service is asked.
 */
@ApplicationScoped
public class ManagementReviewRoute {

    static final String PATH = "/api/v1/management-review";
    /** The page loads nothing and runs nothing: its own inline style only. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(ManagementReviewRoute.class);

    private final ManagementReview review;
    private final ReportPage page;
    private final ReportPdf pdf;
    private final Clock clock;
    private final Vertx vertx;

    public ManagementReviewRoute(ManagementReview review, ReportPage page, ReportPdf pdf, Clock clock, Vertx vertx) {
        this.review = review;
        this.page = page;
        this.pdf = pdf;
        this.clock = clock;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, PATH).order(EdgeOrder.OWN_ROUTES).handler(this::report);
    }

    private void report(RoutingContext rc) {
        RouteTemplates.label(rc, PATH);
        EdgeIdentity.Caller caller = EdgeIdentity.of(rc);
        if (caller.isAnonymous()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.report.bearer"));
            return;
        }
        if (!Permissions.of(caller.roles()).contains(Permissions.MANAGEMENT_REVIEW_READ)) {
            GatewayProblem.send(rc, 403, Text.of("problem.title.forbidden"), Text.of("gateway.report.forbidden"));
            return;
        }
        ReportPeriod period;
        ReportFormat format;
        ReportSection section;
        try {
            period = ReportPeriod.parse(rc.request().getParam("from"), rc.request().getParam("to"), clock);
            format = ReportFormat.of(rc.request().getParam("format"), rc.request().getHeader("Accept"));
            section = format == ReportFormat.CSV ? section(rc.request().getParam("section")) : null;
        } catch (InvalidFieldException invalid) {
            RoutingProblem.send(rc, invalid);
            return;
        }
        Locale locale = Locales.resolve(rc.request().getHeader(Locales.HEADER));
        review.of(period, forwarded(rc)).onComplete(done -> {
            if (done.failed()) {
                LOG.error("the management review could not be composed", done.cause());
                GatewayProblem.send(rc, 500, Text.of("problem.title.internal"), Text.of("gateway.report.failed"));
                return;
            }
            respond(rc, done.result(), format, section, locale);
        });
    }

    private void respond(RoutingContext rc, JsonObject report, ReportFormat format, ReportSection section, Locale locale) {
        rc.response().putHeader("Vary", "Accept, " + Locales.HEADER).putHeader("Cache-Control", "no-store");
        switch (format) {
            case JSON -> rc.response().putHeader("Content-Type", "application/json").end(report.encode());
            case HTML -> rc.response().putHeader("Content-Type", "text/html; charset=UTF-8")
                    .putHeader("Content-Security-Policy", PAGE_POLICY).putHeader("Content-Language", locale.toLanguageTag())
                    .end(page.render(report, locale));
            case PDF -> pdf(rc, page.render(report, locale), period(report), locale);
            case CSV -> csv(rc, report, section, locale);
        }
    }

    private void csv(RoutingContext rc, JsonObject report, ReportSection section, Locale locale) {
        if (report.getJsonArray("unavailable").contains(section.key)) {
            rc.response().putHeader("Retry-After", "30");
            GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.report.section-unavailable", section.key));
            return;
        }
        rc.response().putHeader("Content-Type", ReportCsv.MEDIA_TYPE)
                .putHeader("Content-Disposition", "attachment; filename=\"management-review-" + section.key + "-" + period(report) + ".csv\"")
                .end(ReportCsv.of(ReportTables.of(section, report, locale)));
    }

    /** Laid out off the event loop: a PDF takes a few hundred milliseconds of CPU. */
    private void pdf(RoutingContext rc, String xhtml, String period, Locale locale) {
        vertx.<byte[]>executeBlocking(() -> pdf.render(xhtml), false).onComplete(done -> {
            if (done.failed()) {
                if (done.cause() instanceof PdfFontUnavailableException missing) {
                    LOG.errorf("PDF management reviews cannot be made: %s", missing.getMessage());
                    GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.literal(missing.getMessage()));
                } else {
                    LOG.error("the management review could not be laid out as PDF", done.cause());
                    GatewayProblem.send(rc, 500, Text.of("problem.title.internal"), Text.of("gateway.report.failed"));
                }
                return;
            }
            rc.response().putHeader("Content-Type", "application/pdf").putHeader("Content-Language", locale.toLanguageTag())
                    .putHeader("Content-Disposition", "inline; filename=\"management-review-" + period + ".pdf\"")
                    .end(Buffer.buffer(done.result()));
        });
    }

    private static ReportSection section(String name) {
        ReportSection section = name == null ? null : ReportSection.named(name);
        if (section == null) {
            throw new InvalidFieldException("section", Text.of("gateway.report.section", ReportSection.names()));
        }
        return section;
    }

    /** The period in a file name: its first and last day. */
    private static String period(JsonObject report) {
        return report.getString("from").substring(0, 10) + "_" + report.getString("to").substring(0, 10);
    }

    /** The caller's credentials, request id and language go to every section, as for the customer overview. */
    private static MultiMap forwarded(RoutingContext rc) {
        MultiMap forward = MultiMap.caseInsensitiveMultiMap();
        for (String header : new String[]{"X-Request-Id", "Authorization", Locales.HEADER}) {
            String value = rc.request().getHeader(header);
            if (value != null) {
                forward.add(header, value);
            }
        }
        return forward;
    }
}
