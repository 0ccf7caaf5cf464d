package io.accord.infra.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified bearer tokens a process remembers ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "accord.jwt.verified-cache")
public interface VerifiedTokensConfig {

    /**
     * Distinct tokens remembered at most (a few kB each: the token and its claims); {@code 0} verifies every request's
     * token in full. Only tokens that passed verification take room, so refused guesses cannot crowd it.
     */
    @WithDefault("10000")
    long maxSize();
}
