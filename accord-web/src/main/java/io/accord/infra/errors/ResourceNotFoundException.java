package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/**
 * 404 for one resource: {@code resource} names it ({@code resource.<name>} in the bundles, spaces as dashes, e.g.
 * {@code resource.corrective-action}; a name without a key is shown as it is).
 */
public class ResourceNotFoundException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.not-found");

    public ResourceNotFoundException(String resource, Object id) {
        this(Resources.name(resource), id);
    }

    public ResourceNotFoundException(Text resource, Object id) {
        super(TITLE, Text.of("problem.detail.not-found", resource, id));
    }

    @Override
    public int status() {
        return 404;
    }
}
