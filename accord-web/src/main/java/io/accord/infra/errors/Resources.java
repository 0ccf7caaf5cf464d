package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

import java.util.Locale;

/** The name of a kind of resource a person reads: {@code resource.<name>}, or the name itself while it has no key. */
public final class Resources {

    private Resources() {
    }

    public static Text name(String resource) {
        return Text.keyOr("resource." + resource.trim().toLowerCase(Locale.ROOT).replace(' ', '-'), resource);
    }
}
