package io.accord.gateway.config;

import java.util.Optional;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
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

    /** A service that sends nothing for this long is answered with 504 (per service: {@code services.<name>.timeout}). */
    @WithDefault("30s")
    Duration responseTimeout();

    /**
     * The address clients use (scheme, host, port), {@code ACCORD_PUBLIC_URL}: services build {@code Location} and links
     * from it (X-Forwarded-Host/Proto), never from the client's {@code Host} header.
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /**
     * Request body limits per route group, keyed by group; {@code default} covers paths no other group names. A larger
     * body is refused with 413 at the edge before anything is forwarded (announced lengths at once, chunked bodies as
     * their bytes stream by).
     */
    Map<String, BodyLimit> bodyLimits();

    interface BodyLimit {
        /** Path patterns of this group (ignored for {@code default}); see {@link io.accord.gateway.proxy.PathPatterns}. */
        @WithDefault("/-")
        List<String> prefixes();

        MemorySize maxSize();
    }

    /**
     * Requests per client address, checked before anything else (token parsing, API-key lookups): one address cannot
     * make the gateway spend its CPU or its database on it. Higher than a user's limits, since offices share addresses.
     */
    AddressLimit addressLimit();

    interface AddressLimit {
        @WithDefault("400")
        int capacity();

        @WithDefault("200")
        double perSecond();
    }

    /** One circuit breaker per service: after enough failures the gateway answers 503 at once instead of waiting. */
    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {
        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before one trial call may pass. */
        @WithDefault("5s")
        Duration delay();
    }

    /** Seconds a client should wait before retrying when a service is down. */
    @WithDefault("5")
    int retryAfterSeconds();

    TokenEndpoint tokenEndpoint();

    /** Machine clients (API keys): the internal token passed on to the services in their place. */
    MachineClients machineClients();

    interface MachineClients {
        /**
         * The machine issuer ({@code accord.jwt.machine.issuer}), apart from people's: the services honour
         * {@code ERP_CLIENT} from it and nothing else, so no person's token acts as a machine client and no machine
         * token as a person.
         */
        String tokenIssuer();

        /** The machine audience ({@code accord.jwt.machine.audience}), apart from people's {@code accord}. */
        String tokenAudience();

        /** Short: the token only travels from the gateway to a service; the key is checked on every request. */
        @WithDefault("2m")
        Duration tokenLifetime();

        /** How long a key found unknown is answered 401 without asking the database again. */
        @WithDefault("30s")
        Duration unknownKeyTtl();
    }

    /** The live event stream: topics read, how long events are kept for resuming, heartbeat interval. */
    Events events();

    interface Events {
        List<String> topics();

        @WithDefault("5m")
        Duration retention();

        @WithDefault("15s")
        Duration heartbeat();

        /** Open streams one principal may hold on one replica; the next connect gets 429. */
        @WithDefault("4")
        int maxStreamsPerPrincipal();

        /** At most this many events are replayed after {@code Last-Event-ID}; past that the client is told to resync. */
        @WithDefault("1000")
        int maxReplay();

        /** How long a stream ticket ({@code POST /api/v1/events/tickets}) may wait to be used, once. */
        @WithDefault("30s")
        Duration ticketLifetime();
    }

    /** The management-review report ({@code GET /api/v1/management-review}). */
    ManagementReview managementReview();

    interface ManagementReview {
        /** How long a section's service may take before the report names the section unavailable and answers without it. */
        @WithDefault("5s")
        Duration sectionTimeout();

        /** The CJK font the PDF report embeds (the review record's, ACCORD_REVIEW_RECORD_PDF_FONT, unless set apart). */
        @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
        Path pdfFont();

        /** The face to use when {@link #pdfFont()} is a collection: its PostScript name. */
        @WithDefault("WenQuanYiZenHei")
        String pdfFontFace();
    }

    /** The web console ({@code /console/}): how people sign in to it. */
    Console console();

    interface Console {
        /**
         * Production sign-in at the identity provider (authorization code with PKCE, in the browser). Unset, the console
         * signs in at {@code POST /auth/token}, where that is enabled.
         */
        Oidc oidc();

        interface Oidc {
            /** The provider's issuer ({@code ACCORD_CONSOLE_OIDC_ISSUER}): its discovery document is under it. */
            Optional<URI> issuer();

            /** The console's public client at the provider ({@code ACCORD_CONSOLE_OIDC_CLIENT_ID}). */
            Optional<String> clientId();

            @WithDefault("openid profile")
            String scopes();
        }
    }

    /** Token buckets per client, keyed by route group; {@code default} covers paths no other group names. */
    Map<String, RateLimit> rateLimits();

    interface RateLimit {
        /** Path patterns of this group (ignored for {@code default}); see {@link io.accord.gateway.proxy.PathPatterns}. */
        @WithDefault("/-")
        List<String> prefixes();

        /** Requests a client may send at once. */
        int capacity();

        /** Requests per second a client regains. */
        double perSecond();
    }

    interface Upstream {
        URI url();

        List<String> prefixes();

        /** Overrides {@link GatewayConfig#responseTimeout()} for this service. */
        Optional<Duration> timeout();
    }

    interface TokenEndpoint {
        /** POST /auth/token: on in dev, test and local; never in prod. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://accord.local/dev")
        String issuer();

        /** The audience the services require of people's tokens ({@code accord.jwt.audience}). */
        @WithDefault("accord")
        String audience();

        @WithDefault("8h")
        Duration lifetime();
    }
}
