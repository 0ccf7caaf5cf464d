package io.accord.gateway.console;

import io.accord.gateway.metrics.RouteTemplates;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.infra.i18n.Text;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web console at {@code /console/}. Its files are static resources of the console jar
 * ({@code META-INF/resources/console}), served by Quarkus, which also sets their caching (application.properties): the
 * two pages are revalidated, the content-hashed assets kept for a year. Here: the Content-Security-Policy on everything
 * under {@code /console} (the console's own origin only, plus the identity provider it signs in at), the redirects to
 * the console and to the survey page, {@code /console/config.json}, and a plain 404 for any other path under it.
 * None of it needs a token; the edge's limits per address apply as everywhere.
 */
@ApplicationScoped
public class ConsoleRoutes {

    private static final String ASSETS = "/console/assets/";

    private final ConsoleSignIn signIn;
    private final String contentSecurityPolicy;

    public ConsoleRoutes(ConsoleSignIn signIn) {
        this.signIn = signIn;
        // style-src allows inline styles: the review record and the management review's printable page are shown from
        // blob: URLs, which inherit this policy, and carry their own inline stylesheet (the API serves them alone with
        // a policy that allows just that). Scripts stay 'self' only: nothing inline ever runs.
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "connect-src 'self'" + signIn.providerOrigin().map(origin -> " " + origin).orElse("") + "; "
                + "frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    void register(@Observes Router router) {
        router.routeWithRegex("^/console(/.*)?$").order(EdgeOrder.CONSOLE_HEADERS).handler(this::headers);
        // the console's links are relative to /console/: without the slash they would resolve against /
        readOnly(router.routeWithRegex("^/console$")).handler(rc -> redirect(rc, 301, "/console/"));
        // the invitation mails link to /survey#token=…; the browser keeps the fragment across the redirect
        readOnly(router.routeWithRegex("^/survey$")).handler(rc -> redirect(rc, 303, "/console/survey.html"));
        readOnly(router.route("/console/config.json")).handler(this::settings);
        router.routeWithRegex("^/console/.*$").order(EdgeOrder.CONSOLE_NOT_FOUND).handler(ConsoleRoutes::notFound);
    }

    private static Route readOnly(Route route) {
        return route.method(HttpMethod.GET).method(HttpMethod.HEAD).order(EdgeOrder.OWN_ROUTES);
    }

    private void headers(RoutingContext rc) {
        rc.response().putHeader("Content-Security-Policy", contentSecurityPolicy);
        // a bounded metric label: asset names change with every build
        RouteTemplates.label(rc, rc.normalizedPath().startsWith(ASSETS) ? ASSETS + "*" : "/console/*");
        rc.next();
    }

    private void settings(RoutingContext rc) {
        rc.response().putHeader("Cache-Control", "no-cache");
        if (signIn.settings().isEmpty()) {
            GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.console.no-sign-in"));
            return;
        }
        rc.response().putHeader("Content-Type", "application/json").end(signIn.settings().get());
    }

    /** A file the console does not have: a page's 404, not an API problem. */
    private static void notFound(RoutingContext rc) {
        rc.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8").end("Not found\n");
    }

    private static void redirect(RoutingContext rc, int status, String location) {
        String query = rc.request().query();
        rc.response().setStatusCode(status).putHeader("Location", query == null ? location : location + "?" + query).end();
    }
}
