package io.accord.infra.persistence;

import io.accord.infra.errors.Problem;
import io.accord.infra.errors.ProblemMappers;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Hibernate throws reaches clients as API.md's problems: a lost optimistic-lock race is a 409 that says to read
 * again (ConcurrentUpdateMapper), a lost database a 503 with Retry-After (accord-web's mappers, which know no ORM).
 */
class OrmFailuresTest {

    private static final String PATH = "/api/v1/complaints/7/resolution";

    private final ConcurrentUpdateMapper mapper = new ConcurrentUpdateMapper();

    @Test
    void aJpaOptimisticLockIs409AskingToReadAgain() {
        Problem problem = problemOf(mapper.concurrentUpdate(new OptimisticLockException(), uriAt(PATH), null));

        assertTrue(problem.detail().contains("read it again"), problem.detail());
    }

    @Test
    void aStaleHibernateRowIsTheSame409() {
        Problem problem = problemOf(mapper.concurrentUpdate(new StaleObjectStateException("Complaint", 7), uriAt(PATH), null));

        assertEquals("Conflict", problem.title());
    }

    @Test
    void aLostDatabaseConnectionIs503WithRetryAfter() {
        JDBCConnectionException lost = new JDBCConnectionException("could not prepare statement",
                new SQLException("Connection refused", "08001"));

        Response response = new ProblemMappers().unexpected(lost, uriAt(PATH), null);

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    private static Problem problemOf(Response response) {
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(PATH, problem.instance());
        return problem;
    }

    /** A request's UriInfo, of which the mapper reads only the path. */
    private static UriInfo uriAt(String path) {
        return (UriInfo) Proxy.newProxyInstance(OrmFailuresTest.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
