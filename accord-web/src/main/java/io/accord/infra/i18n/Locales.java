package io.accord.infra.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Locale;

/**
 * The languages Accord speaks (English and simplified Chinese) and which one a request gets: the first of its
 * {@code Accept-Language} ranges, by q-value, that matches one of them (RFC 4647 basic filtering, as Hibernate
 * Validator's resolver does, so violations and the rest of a problem agree: {@code zh} and {@code zh-CN} are Chinese,
 * {@code q=0} refuses a language); no header, {@code *}, an unknown language or a malformed header get the default,
 * {@code accord.default-locale} ({@code ACCORD_DEFAULT_LOCALE}: {@code en}, or {@code zh-CN}).
 */
public final class Locales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    /** File suffixes of the bundles: the root (English) and Chinese. */
    static final List<String> BUNDLE_SUFFIXES = List.of("", "_zh_CN");
    public static final String HEADER = "Accept-Language";
    public static final String DEFAULT_PROPERTY = "accord.default-locale";

    private Locales() {
    }

    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLocale();
        }
        try {
            List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return matches.isEmpty() ? defaultLocale() : matches.get(0);
        } catch (IllegalArgumentException malformed) {
            return defaultLocale();
        }
    }

    /** The language a JAX-RS request asks for (none given: the default). */
    public static Locale of(HttpHeaders headers) {
        return resolve(headers == null ? null : headers.getHeaderString(HEADER));
    }

    /** The language of the HTTP request being served, or the default outside one (consumers, scheduled jobs). */
    public static Locale current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return defaultLocale();
        }
        RoutingContext rc = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return rc == null ? defaultLocale() : resolve(rc.request().getHeader(HEADER));
    }

    /** Read on each call (a map look-up), not kept: a library class outlives one test profile's configuration. */
    public static Locale defaultLocale() {
        String tag = ConfigProvider.getConfig().getOptionalValue(DEFAULT_PROPERTY, String.class).orElse("en");
        try {
            List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(tag), SUPPORTED);
            return matches.isEmpty() ? ENGLISH : matches.get(0);
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The bundle file suffix of a supported locale ({@code ""} for English, the root). */
    static String bundleSuffix(Locale locale) {
        return locale != null && CHINESE.getLanguage().equals(locale.getLanguage()) ? "_zh_CN" : "";
    }
}
