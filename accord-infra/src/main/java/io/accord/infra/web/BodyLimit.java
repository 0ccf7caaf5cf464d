package io.accord.infra.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused with 413 problem+json before it is
 * processed (Quarkus itself would answer 413 with an empty body); what the client still sends is dropped.
 * Chunked bodies are counted by Quarkus as they are read and answered by {@code ProblemMappers}. The gateway, whose
 * limits are per route, switches this off ({@code accord.http.body-limit.enabled=false}) and enforces its own.
 */
@ApplicationScoped
public class BodyLimit {

    private final boolean enabled;
    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "accord.http.body-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.enabled = enabled && maxBodySize.isPresent();
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(-990).handler(this::check);
        }
    }

    private void check(RoutingContext rc) {
        long length = contentLength(rc.request().getHeader("Content-Length"));
        if (length > maxBytes) {
            RoutingProblem.sendUnread(rc, 413, "Payload too large", "the request body exceeds " + maxBytes + " bytes");
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
