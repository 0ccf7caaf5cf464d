package io.accord.infra.i18n;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A sentence a person reads, kept as a message key and its arguments until the reader's language is known. An
 * argument that is itself a {@code Text} is rendered in the same language; an enum stays its code (domain codes are
 * not translated); a collection renders as {@code [a, b]}. {@link #literal} is the old way, a fixed English sentence:
 * it still works (shown as it is in every language) while a throw site waits to be given a key.
 */
public record Text(String key, List<Object> args, String fallback) {

    static final String SEPARATOR = "text.list-separator";

    public Text {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args), null);
    }

    /** A sentence without a key: the same in every language. */
    public static Text literal(String sentence) {
        return new Text(null, List.of(), sentence);
    }

    /** The key if a bundle has it, else {@code fallback} as it is (for names that may or may not have a key yet). */
    public static Text keyOr(String key, String fallback) {
        return new Text(key, List.of(), fallback);
    }

    /** The items as a list in the reader's language ({@code a, b} or {@code a、b}). */
    public static Text joined(Collection<?> items) {
        return new Text(null, List.copyOf(items), null);
    }

    public String in(Locale locale) {
        if (key == null && fallback == null) {
            String separator = Messages.pattern(SEPARATOR, locale);
            return args.stream().map(a -> render(a, locale)).collect(Collectors.joining(separator == null ? ", " : separator));
        }
        String pattern = key == null ? null : Messages.pattern(key, locale);
        if (pattern == null) {
            return fallback != null ? fallback : key;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.size() ? render(args.get(n), locale) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The English sentence: exception messages and logs. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String render(Object arg, Locale locale) {
        if (arg instanceof Text text) {
            return text.in(locale);
        }
        if (arg instanceof Enum<?> code) {
            return code.name();
        }
        if (arg instanceof Collection<?> list) {
            return list.stream().map(a -> render(a, locale)).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(arg);
    }
}
