package io.accord.infra.mail;

import io.smallrye.config.ConfigMapping;

/**
 * Where staff are mailed ({@code ACCORD_MAIL_STAFF_DOMAIN}, {@code ACCORD_MAIL_GENERAL_MANAGER},
 * {@code ACCORD_MAIL_QUALITY_MANAGER}; defaults in this library's microprofile-config.properties).
 */
@ConfigMapping(prefix = "accord.mail.staff")
public interface StaffMailConfig {

    /** The domain a user id that is not an address is mailed at: {@code li.na} → {@code li.na@<domain>}. */
    String domain();

    /** The general manager, who receives the escalation of overdue review tasks: a user id or an address. */
    String generalManager();

    /** The quality manager, who receives breached complaint SLAs and overdue corrective actions. */
    String qualityManager();
}
