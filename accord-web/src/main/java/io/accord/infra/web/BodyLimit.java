package io.accord.infra.web;

import io.accord.infra.attachments.AttachmentsConfig;
import io.accord.infra.i18n.Text;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The service's body limit ({@code quarkus.http.limits.max-body-size}), answered with 413 problem+json: a body announced
 * larger is refused before it is processed (Quarkus itself would answer 413 with an empty body) and what the client
 * still sends is dropped; a body of unannounced length (chunked) is read by Vert.x's {@link BodyHandler} up to the
 * limit and refused the moment it passes it (Quarkus REST would otherwise read it whole, whatever its size, and hand it
 * to the JSON reader). The gateway, whose limits are per route, switches this off
 * ({@code accord.http.body-limit.enabled=false}) and enforces its own.
 *
 * <p>An attachment upload ({@code POST …/attachments}) has a limit of its own ({@code accord.attachments.max-size}) and
 * is never buffered here: a chunked upload streams to the database and the store answers 413 the moment it passes the
 * limit. Every other route keeps the general limit ({@code accord.http.body-limit.max-size}, by default Quarkus's
 * {@code max-body-size}; a service taking attachments raises Quarkus's ceiling above the attachment limit and keeps
 * this one at 1M).
 */
@ApplicationScoped
public class BodyLimit {

    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final boolean enabled;
    private final long maxBytes;
    private final long maxUploadBytes;
    private final BodyHandler chunkedBodies;

    public BodyLimit(@ConfigProperty(name = "accord.http.body-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "accord.http.body-limit.max-size") Optional<MemorySize> ownLimit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            AttachmentsConfig attachments) {
        Optional<MemorySize> limit = ownLimit.or(() -> maxBodySize);
        this.enabled = enabled && limit.isPresent();
        this.maxBytes = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxUploadBytes = attachments.maxSize().asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(-990).handler(this::check).failureHandler(this::tooLarge);
        }
    }

    private void check(RoutingContext rc) {
        long length = contentLength(rc.request().getHeader("Content-Length"));
        if (isUpload(rc.request().method(), rc.normalizedPath())) {
            if (length > maxUploadBytes) {
                RoutingProblem.sendUnread(rc, 413, RoutingProblem.PAYLOAD_TOO_LARGE,
                        Text.of("attachment.too-large", maxUploadBytes));
                return;
            }
            rc.next();
            return;
        }
        if (length > maxBytes) {
            RoutingProblem.sendUnread(rc, 413, RoutingProblem.PAYLOAD_TOO_LARGE, Text.of("problem.detail.body-too-large", maxBytes));
            return;
        }
        if (length < 0 && BODY_METHODS.contains(rc.request().method())) {
            chunkedBodies.handle(rc);
            return;
        }
        rc.next();
    }

    /** An attachment upload: a POST to a path whose last segment is {@code attachments}. */
    public static boolean isUpload(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && path != null && path.endsWith("/attachments");
    }

    /** {@link BodyHandler} fails the exchange with 413 when a chunked body passes the limit. */
    private void tooLarge(RoutingContext rc) {
        if (rc.statusCode() == 413 && !rc.response().headWritten()) {
            RoutingProblem.sendUnread(rc, 413, RoutingProblem.PAYLOAD_TOO_LARGE, Text.of("problem.detail.body-too-large", maxBytes));
            return;
        }
        rc.next();
    }

    /** The announced length, or -1 when there is none (chunked) or it is unreadable (Vert.x refuses those itself). */
    public static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
