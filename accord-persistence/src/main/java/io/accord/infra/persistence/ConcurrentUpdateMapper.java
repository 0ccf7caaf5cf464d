package io.accord.infra.persistence;

import io.accord.infra.errors.Problem;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A write that lost an optimistic-lock race answers 409 problem+json. It lives beside the ORM that throws it, so
 * the problem mappers of accord-web need no Hibernate.
 */
public class ConcurrentUpdateMapper {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Problem.of(409, Text.of("problem.title.conflict"), Text.of("problem.detail.concurrent"),
                        Locales.of(headers))
                .at(uri.getPath()).response().build();
    }
}
