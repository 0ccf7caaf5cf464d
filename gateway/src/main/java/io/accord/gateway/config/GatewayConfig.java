package io.accord.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Which service owns which path prefixes, and how the gateway talks to them. */
@ConfigMapping(prefix = "accord.gateway")
public interface GatewayConfig {

    /** Keyed by service name; each owns the listed {@code /api/v1/...} prefixes. */
    Map<String, Upstream> services();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Seconds a client should wait before retrying when a service is down. */
    @WithDefault("5")
    int retryAfterSeconds();

    TokenEndpoint tokenEndpoint();

    interface Upstream {
        URI url();

        List<String> prefixes();
    }

    interface TokenEndpoint {
        /** POST /auth/token: on in dev, test and local; never in prod. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://accord.local/dev")
        String issuer();

        @WithDefault("8h")
        Duration lifetime();
    }
}
