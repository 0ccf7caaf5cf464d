package io.accord.infra.devkeys;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A process refuses to start when it would verify tokens with the dev key (services, the gateway) or sign them with
 * it (the gateway), unless {@value #ALLOW} is true, which only the dev, test and local profiles set. So a production
 * deployment that forgot {@code ACCORD_JWT_PUBLIC_KEY_LOCATION} or pointed it at the repository's key stops at once
 * instead of accepting tokens anyone can forge.
 */
@ApplicationScoped
class DevKeyStartupCheck {

    static final String ALLOW = "accord.security.allow-dev-keys";
    /** Key material given inline, and where SmallRye JWT reads it from (a file, the classpath, or a URL). */
    private static final List<String> INLINE = List.of("mp.jwt.verify.publickey", "smallrye.jwt.sign.key");
    private static final List<String> LOCATIONS = List.of("mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location", "smallrye.jwt.sign.key.location", "accord.jwt.machine.publickey.location");

    /** A key this process is configured with: the property, where the key comes from, and the key material. */
    record ConfiguredKey(String property, String source, String material) {
    }

    // before any other start-up work: nothing runs on a key that must not be used
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        refusal(configuredKeys(config), config.getOptionalValue(ALLOW, Boolean.class).orElse(false))
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** The rule: the dev key may be used only where it is explicitly allowed. */
    static Optional<String> refusal(List<ConfiguredKey> keys, boolean allowed) {
        if (allowed) {
            return Optional.empty();
        }
        List<ConfiguredKey> devKeys = keys.stream().filter(k -> DevKey.isIn(k.material())).toList();
        if (devKeys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Refusing to start: " + devKeys.stream().map(k -> k.property() + " (" + k.source() + ")")
                .collect(Collectors.joining(", ")) + " is the Accord development key (SHA-256 " + DevKey.PUBLIC_KEY_SHA256
                + "), which is public: anyone could sign tokens this process accepts. Configure your own keys"
                + " (ACCORD_JWT_PUBLIC_KEY_LOCATION, and ACCORD_JWT_SIGN_KEY_LOCATION at the gateway); " + ALLOW
                + "=true is meant for the dev, test and local profiles only.");
    }

    private static List<ConfiguredKey> configuredKeys(Config config) {
        List<ConfiguredKey> keys = new ArrayList<>();
        for (String property : INLINE) {
            value(config, property).ifPresent(material -> keys.add(new ConfiguredKey(property, "inline", material)));
        }
        for (String property : LOCATIONS) {
            // a remote key set is not fetched here: start-up must not wait on the identity provider's network
            value(config, property).filter(location -> !location.startsWith("http"))
                    .ifPresent(location -> read(location)
                            .ifPresent(material -> keys.add(new ConfiguredKey(property, location, material))));
        }
        return keys;
    }

    private static Optional<String> value(Config config, String property) {
        try {
            return config.getOptionalValue(property, String.class);
        } catch (NoSuchElementException e) {
            // an unresolved ${...}: SmallRye JWT reports the missing key itself
            return Optional.empty();
        }
    }

    private static Optional<String> read(String location) {
        try (InputStream in = ResourceUtils.getResourceStream(location)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // unreadable key: SmallRye JWT reports it when it needs the key
            return Optional.empty();
        }
    }
}
