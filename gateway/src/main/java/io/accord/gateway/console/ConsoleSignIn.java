package io.accord.gateway.console;

import io.accord.gateway.config.GatewayConfig;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * How people sign in to the console, as it reads it from {@code GET /console/config.json}: at the identity provider
 * (OpenID Connect, code flow with PKCE in the browser) when its issuer is configured, else locally at
 * {@code POST /auth/token} where that is enabled (dev, test, {@code ./accord up}). With neither the console has no way
 * in, while the API still serves whoever brings a trusted token or an API key: that is logged at start, not refused.
 * A half-configured provider (an issuer that is no http(s) address, or no client id) is refused at start.
 */
@ApplicationScoped
public class ConsoleSignIn {

    private static final Logger LOG = Logger.getLogger(ConsoleSignIn.class);
    static final String ISSUER_VARIABLE = "ACCORD_CONSOLE_OIDC_ISSUER";
    static final String CLIENT_ID_VARIABLE = "ACCORD_CONSOLE_OIDC_CLIENT_ID";

    private final Optional<String> settings;
    private final Optional<String> providerOrigin;

    public ConsoleSignIn(GatewayConfig config) {
        GatewayConfig.Console.Oidc oidc = config.console().oidc();
        if (oidc.issuer().isPresent()) {
            URI issuer = oidc.issuer().get();
            String clientId = oidc.clientId().orElseThrow(() -> new IllegalStateException(ISSUER_VARIABLE
                    + " is set without " + CLIENT_ID_VARIABLE + ": the console cannot sign in at the provider without it"));
            this.providerOrigin = Optional.of(origin(issuer));
            this.settings = Optional.of(new JsonObject().put("signIn", "oidc").put("oidc", new JsonObject()
                    .put("issuer", issuer.toString()).put("clientId", clientId).put("scopes", oidc.scopes())).encode());
            return;
        }
        if (oidc.clientId().isPresent()) {
            throw new IllegalStateException(CLIENT_ID_VARIABLE + " is set without " + ISSUER_VARIABLE);
        }
        this.providerOrigin = Optional.empty();
        this.settings = config.tokenEndpoint().enabled() ? Optional.of(new JsonObject().put("signIn", "local").encode())
                : Optional.empty();
        if (settings.isEmpty()) {
            LOG.warnf("the console (/console/) has no sign-in: set %s and %s to sign in at the identity provider",
                    ISSUER_VARIABLE, CLIENT_ID_VARIABLE);
        }
    }

    /** The body of {@code /console/config.json}; empty when the console has no sign-in. */
    public Optional<String> settings() {
        return settings;
    }

    /** The identity provider's origin ({@code https://idp.example.com}), which the console calls for discovery and tokens. */
    public Optional<String> providerOrigin() {
        return providerOrigin;
    }

    /** Scheme, host and port as a Content-Security-Policy source; anything but an absolute http(s) address is refused. */
    static String origin(URI issuer) {
        String scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || issuer.getHost() == null) {
            throw new IllegalStateException(ISSUER_VARIABLE + " must be the provider's absolute http(s) address, not " + issuer);
        }
        String host = issuer.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (issuer.getPort() > 0 ? ":" + issuer.getPort() : "");
    }
}
