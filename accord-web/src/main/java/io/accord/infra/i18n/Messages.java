package io.accord.infra.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles of every module on the class path, merged: each module (the libraries, each app) ships
 * {@code accord/messages.properties} (English, the root) and {@code accord/messages_zh_CN.properties}, UTF-8, its keys
 * prefixed with its own name. Plain files rather than {@code ResourceBundle}, because a bundle of that name would be
 * found in one jar only. {@code MessageBundlesTest} (test-support) fails when a key is in one language and not the other.
 */
public final class Messages {

    public static final String BASE = "accord/messages";

    private static final Map<ClassLoader, Map<String, Map<String, String>>> LOADED = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The pattern of {@code key} in {@code locale}'s bundle, else in English, else {@code null}. */
    public static String pattern(String key, Locale locale) {
        Map<String, Map<String, String>> bundles = bundles();
        String suffix = Locales.bundleSuffix(locale);
        String pattern = suffix.isEmpty() ? null : bundles.get(suffix).get(key);
        return pattern != null ? pattern : bundles.get("").get(key);
    }

    public static boolean has(String key) {
        return bundles().get("").containsKey(key);
    }

    public static String get(String key, Locale locale, Object... args) {
        return Text.of(key, args).in(locale);
    }

    private static Map<String, Map<String, String>> bundles() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Messages.class.getClassLoader();
        }
        return LOADED.computeIfAbsent(loader, Messages::load);
    }

    private static Map<String, Map<String, String>> load(ClassLoader loader) {
        Map<String, Map<String, String>> bundles = new HashMap<>();
        for (String suffix : Locales.BUNDLE_SUFFIXES) {
            Map<String, String> merged = new HashMap<>();
            try {
                Enumeration<URL> files = loader.getResources(BASE + suffix + ".properties");
                while (files.hasMoreElements()) {
                    Properties file = new Properties();
                    try (InputStream in = files.nextElement().openStream()) {
                        file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    file.forEach((k, v) -> merged.put((String) k, (String) v));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(suffix, Map.copyOf(merged));
        }
        return Map.copyOf(bundles);
    }
}
