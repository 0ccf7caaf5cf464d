package io.accord.infra.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks requirements-service for one customer ({@code GET /api/v1/customers/{id}}) with the caller's own token (every
 * role that records feedback or complaints may read customers), within {@link CustomersConfig#timeout()}. A circuit
 * breaker stops asking a service that keeps failing: for a few seconds the answer is "unavailable" at once, so a
 * requirements-service outage costs callers no waiting. A 404 is an answer (no such customer), not a failure.
 */
@ApplicationScoped
public class CustomerLookup {

    /** requirements-service did not answer usefully (down, slow, refused the token): nothing is known. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CustomersConfig config;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final HttpClient http;

    public CustomerLookup(CustomersConfig config, SecurityIdentity identity, ObjectMapper json) {
        this.config = config;
        this.identity = identity;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = Unavailable.class)
    public Optional<HeardCustomer> find(UUID id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url() + "/api/v1/customers/" + id))
                .timeout(config.timeout()).header("Accept", "application/json").GET();
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            request.header("Authorization", "Bearer " + token.getRawToken());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("requirements-service cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking requirements-service", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("requirements-service answered " + response.statusCode() + " for customer " + id, null);
        }
        try {
            var view = json.readTree(response.body());
            var mailTo = view.path("mailTo");
            return Optional.of(new HeardCustomer(UUID.fromString(view.path("id").asText()), view.path("code").asText(),
                    view.path("name").asText(), textOrNull(mailTo.path("email")), textOrNull(mailTo.path("name")),
                    textOrNull(view.path("language")), view.has("surveysOptOut") ? view.path("surveysOptOut").asBoolean() : null));
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable("requirements-service's answer for customer " + id + " cannot be read", e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
