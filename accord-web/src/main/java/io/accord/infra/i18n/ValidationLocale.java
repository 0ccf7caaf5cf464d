package io.accord.infra.i18n;

import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Bean Validation messages in the request's language, resolved as {@link Locales} resolves it. Quarkus's own resolver
 * reads {@code Accept-Language} too (for the {@code quarkus.locales} set in accord-web's defaults), but falls back to
 * {@code quarkus.default-locale}, fixed at build time; this one falls back to {@code accord.default-locale}, read at
 * run time, so a deployment set to zh-CN gets Chinese violations without a rebuild.
 */
@Singleton
public class ValidationLocale implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Locales.current();
    }
}
