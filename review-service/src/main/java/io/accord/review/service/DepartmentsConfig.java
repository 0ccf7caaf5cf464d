package io.accord.review.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "accord.review.departments")
public interface DepartmentsConfig {

    /**
     * How long a replica trusts the signing roles it read from the directory before reading them again: a change
     * made through this replica counts at once, one made through another replica within this time.
     */
    @WithDefault("30s")
    Duration signingRolesTtl();
}
