package io.accord.infra.signatures;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How recent a sign-in must be for a person to sign ({@link Signer}). */
@ConfigMapping(prefix = "accord.signatures")
public interface SignaturesConfig {

    /**
     * The longest time between the token's {@code auth_time} and a signature (21 CFR 11.200: a signature is executed
     * by the person who authenticated, not by whoever holds a long-lived session). Older: 401, sign in again.
     */
    @WithDefault("10M")
    Duration maxAuthenticationAge();
}
