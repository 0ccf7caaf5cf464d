package io.accord.gateway.proxy;

/**
 * The order in which the gateway's handlers see a request (lower first), in one place so the pipeline reads top to
 * bottom: the access log (accord-web, -1000) settles the request id and refuses odd paths; then the cheapest
 * refusals come first and the costly work last, so a flood or an oversized body costs next to nothing.
 */
public final class EdgeOrder {

    /** The route's name for the HTTP metrics (never the raw path), before anything may answer. */
    public static final int METRIC_LABEL = -600;
    /** The console's security headers (they go on every answer under /console, refusals too) and its metric label. */
    public static final int CONSOLE_HEADERS = -590;
    /** Per client address, before any token is parsed or API key looked up. */
    public static final int ADDRESS_LIMIT = -500;
    /** Announced body lengths against their route's limit. */
    public static final int BODY_LIMIT = -450;
    /** The merged OpenAPI document (public, no identity needed). */
    public static final int OPENAPI = -100;
    /** X-API-Key exchanged for an internal bearer token (a database look-up, cached when unknown). */
    public static final int API_KEY = -20;
    /** The bearer token verified, once. */
    public static final int IDENTITY = -19;
    /** Per caller and route group. */
    public static final int CALLER_LIMIT = -18;
    /** What the gateway answers itself: the customer overview, the live stream, the console's redirects and settings. */
    public static final int OWN_ROUTES = -11;
    /** Proxied to the owning service. */
    public static final int PROXY = -10;
    /** Under /api/v1 but owned by no service (nor by the gateway's JAX-RS resources): 404. */
    public static final int NO_OWNER = -9;
    /**
     * Under /console but no file of the console: a plain 404. After Quarkus's static files (its default route, 10000),
     * before Quarkus REST (20500), which would answer problem+json for a path that is no API.
     */
    public static final int CONSOLE_NOT_FOUND = 10_001;

    private EdgeOrder() {
    }
}
