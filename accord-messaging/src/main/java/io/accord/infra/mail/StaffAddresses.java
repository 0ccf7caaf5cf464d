package io.accord.infra.mail;

import io.accord.infra.i18n.Locales;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/**
 * The mail address of a member of staff. People appear as user ids (the token's name: {@code li.na}); the suite keeps
 * no address book, so an id is mailed at the staff domain unless it is an address already ({@code li.na@plant.cn}).
 * The role mailboxes of the procedure (general manager, quality manager) are configured the same way.
 */
@ApplicationScoped
public class StaffAddresses {

    private final MailConfig.Staff config;

    public StaffAddresses(MailConfig config) {
        this.config = config.staff();
    }

    /** The address of {@code userId}; empty when there is nobody (null or blank), so a caller can say who was not mailed. */
    public Optional<String> of(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        String id = userId.strip();
        return Optional.of(id.contains("@") ? id : id + "@" + config.domain());
    }

    public String generalManager() {
        return of(config.generalManager()).orElseThrow();
    }

    public String qualityManager() {
        return of(config.qualityManager()).orElseThrow();
    }

    /**
     * The language staff are mailed in: the department's ({@code zh-CN} or {@code en}, as its directory entry says) or,
     * when it names none (or for a role mailbox), the suite's default ({@code ACCORD_DEFAULT_LOCALE}).
     */
    public static Locale language(String tag) {
        return tag == null || tag.isBlank() ? Locales.defaultLocale() : Locales.resolve(tag);
    }
}
