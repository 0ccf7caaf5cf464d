package io.accord.infra.customers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where requirements-service answers for a customer this service has not heard of yet, and how long it may take. */
@ConfigMapping(prefix = "accord.customers")
public interface CustomersConfig {

    /** requirements-service's base URL ({@code ACCORD_REQUIREMENTS_URL}; {@code http://localhost:8081} locally). */
    String url();

    /** Connecting and answering together; past it the request answers 503 with Retry-After. */
    @WithDefault("2s")
    Duration timeout();
}
