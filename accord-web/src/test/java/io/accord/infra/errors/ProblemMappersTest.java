package io.accord.infra.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.RequestIds;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failure becomes application/problem+json with the status of API.md's error table and the fields at fault. */
class ProblemMappersTest {

    private static final String PATH = "/api/v1/requirements/42/submission";
    private static ValidatorFactory validation;

    private final ProblemMappers mappers = new ProblemMappers();
    private final UriInfo uri = uriAt(PATH);
    private static final HttpHeaders ENGLISH = acceptLanguage(null);
    private static final HttpHeaders CHINESE = acceptLanguage("zh-CN,zh;q=0.9,en;q=0.8");

    @BeforeAll
    static void validation() {
        validation = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @Test
    void anIllegalTransitionIs409NamingTheCurrentState() {
        Response response = mappers.domain(new IllegalTransitionException("requirement", "CANCELLED", "cannot amend"), uri, ENGLISH);

        Problem problem = problemOf(response, 409);
        assertEquals("CANCELLED", problem.currentState());
        assertEquals("requirement is CANCELLED: cannot amend", problem.detail());
        assertEquals(PATH, problem.instance());
        assertEquals("about:blank", problem.type());
    }

    @Test
    void aRuleOverFieldsIs400WithTheFieldAsAViolation() {
        Problem problem = problemOf(mappers.domain(new InvalidFieldException("overrideReason", "needed"), uri, ENGLISH), 400);

        assertEquals(List.of(new Problem.Violation("overrideReason", "needed")), problem.violations());
        assertNull(problem.currentState());
    }

    @Test
    void eachDomainRefusalHasItsOwnStatus() {
        assertEquals(404, mappers.domain(new ResourceNotFoundException("customer", "C-1"), uri, ENGLISH).getStatus());
        assertEquals(409, mappers.domain(new ConflictException("duplicate code"), uri, ENGLISH).getStatus());
        assertEquals(412, mappers.domain(new PreconditionFailedException("stale"), uri, ENGLISH).getStatus());
        assertEquals(422, mappers.domain(new UnprocessableException("unknown customer code"), uri, ENGLISH).getStatus());
    }

    @Test
    void theProblemCarriesTheRequestIdToQuoteToSupport() {
        Response[] response = new Response[1];
        RequestIds.runWith("req-123", () -> response[0] = mappers.domain(new ConflictException("x"), uri, ENGLISH));

        assertEquals("req-123", problemOf(response[0], 409).requestId());
    }

    @Test
    void beanValidationFailuresNameFieldsAsTheClientSentThemSorted() throws Exception {
        Body body = new Body("", List.of(new Item(BigDecimal.ONE), new Item(BigDecimal.ZERO)));
        ConstraintViolationException e = new ConstraintViolationException(validation.getValidator().forExecutables()
                .validateParameters(new Resource(), Resource.class.getMethod("create", Body.class), new Object[]{body}));

        Problem problem = problemOf(mappers.constraintViolation(e, uri, ENGLISH), 400);

        assertEquals(List.of("items[1].quantity", "title"), problem.violations().stream().map(Problem.Violation::field).toList());
        assertEquals("2 field(s) are invalid", problem.detail());
    }

    @Test
    void aBareQueryParameterKeepsItsNameAndAMissingBodyIsCalledBody() throws Exception {
        ConstraintViolationException page = new ConstraintViolationException(validation.getValidator().forExecutables()
                .validateParameters(new Resource(), Resource.class.getMethod("list", int.class), new Object[]{-1}));
        ConstraintViolationException noBody = new ConstraintViolationException(validation.getValidator().forExecutables()
                .validateParameters(new Resource(), Resource.class.getMethod("create", Body.class), new Object[]{null}));

        assertEquals("page", problemOf(mappers.constraintViolation(page, uri, ENGLISH), 400).violations().get(0).field());
        assertEquals("body", problemOf(mappers.constraintViolation(noBody, uri, ENGLISH), 400).violations().get(0).field());
    }

    @Test
    void aBodyWithAValueOfTheWrongTypeIs400NamingTheField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("{\"title\": \"t\", \"items\": [{\"quantity\": \"ten\"}]}", Body.class));

        Problem problem = problemOf(mappers.mismatchedInput(e, uri, ENGLISH), 400);

        assertEquals("Malformed request body", problem.title());
        assertEquals(List.of(new Problem.Violation("items[0].quantity", "has the wrong type or format")), problem.violations());
    }

    @Test
    void syntacticallyBrokenJsonIs400WithoutViolations() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree("{\"title\": "));

        Problem problem = problemOf(mappers.json(e, uri, ENGLISH), 400);

        assertEquals("Malformed request body", problem.title());
        assertNull(problem.violations());
    }

    @Test
    void malformedJsonWrappedByTheFrameworkIsStillAMalformedBody() {
        JsonProcessingException cause = assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree("{"));

        Problem problem = problemOf(mappers.webApplication(new WebApplicationException(cause, 400), uri, ENGLISH), 400);

        assertEquals("Malformed request body", problem.title());
    }

    @Test
    void aPathOrQueryParameterThatCannotBeConvertedIs400Not404() {
        Response response = mappers.webApplication(new NotFoundException(new IllegalArgumentException("not a UUID")), uri, ENGLISH);

        assertEquals("a path or query parameter has a value of the wrong type or format", problemOf(response, 400).detail());
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405KeepingAllow() {
        assertEquals("no resource at this path", problemOf(mappers.webApplication(new NotFoundException(), uri, ENGLISH), 404).detail());

        Response response = mappers.webApplication(new NotAllowedException("GET", new String[]{"POST"}), uri, ENGLISH);
        Problem problem = problemOf(response, 405);
        assertEquals("Method Not Allowed", problem.title());
        assertTrue(response.getHeaderString(HttpHeaders.ALLOW).contains("POST"), response.getHeaderString(HttpHeaders.ALLOW));
    }

    @Test
    void aWrongContentTypeIs415AskingForJson() {
        Problem problem = problemOf(mappers.webApplication(new NotSupportedException(), uri, ENGLISH), 415);

        assertEquals("unsupported content type; send application/json", problem.detail());
    }

    @Test
    void noValidTokenIs401AskingForABearerToken() {
        Response response = mappers.unauthenticated(new UnauthorizedException(), uri, ENGLISH);

        problemOf(response, 401);
        assertEquals("Bearer", response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void aSignatureWithAStaleSignInIs401AskingToReauthenticateWithTheStepUpChallenge() {
        Response response = mappers.domain(new ReauthenticationRequiredException("signed in 42 minutes ago",
                Duration.ofMinutes(10)), uri, ENGLISH);

        Problem problem = problemOf(response, 401);
        assertEquals(Boolean.TRUE, problem.reauthenticate());
        assertEquals("signed in 42 minutes ago", problem.detail());
        assertTrue(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).contains("error=\"insufficient_user_authentication\""));
        assertTrue(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).endsWith("max_age=600"));
        // any other refusal says nothing about reauthenticating
        assertNull(problemOf(mappers.unauthenticated(new UnauthorizedException(), uri, ENGLISH), 401).reauthenticate());
        assertNull(problemOf(mappers.domain(new SignatureRefusedException("machines do not sign"), uri, ENGLISH), 403).reauthenticate());
    }

    @Test
    void aRoleThatMayNotIs403WithAReadableDetail() {
        assertEquals("your roles do not allow this operation", problemOf(mappers.forbidden(new ForbiddenException(), uri, ENGLISH), 403).detail());
        assertEquals("only the author", problemOf(mappers.forbidden(new ForbiddenException("only the author"), uri, ENGLISH), 403).detail());
    }

    @Test
    void aDatabaseThatIsAwayIs503WithRetryAfter() {
        Response response = mappers.unexpected(new IllegalStateException(new SQLException("connection refused", "08001")), uri, ENGLISH);

        problemOf(response, 503);
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void aUniqueKeyCollisionIs409AndAClientThatHungUpIs400() {
        problemOf(mappers.unexpected(new IllegalStateException(new SQLException("duplicate key", "23505")), uri, ENGLISH), 409);
        assertEquals("Incomplete request",
                problemOf(mappers.unexpected(new IllegalStateException(new ClosedChannelException()), uri, ENGLISH), 400).title());
    }

    @Test
    void anythingElseIs500WithoutTheInternalsOfTheFailure() {
        Problem problem = problemOf(mappers.unexpected(new NullPointerException("Cannot invoke secret.Internal.call()"), uri, ENGLISH), 500);

        assertFalse(problem.detail().contains("secret"), problem.detail());
        assertTrue(problem.detail().contains("requestId"), problem.detail());
    }

    private static Problem problemOf(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(status, problem.status());
        assertEquals(PATH, problem.instance());
        return problem;
    }

    /** A request's UriInfo, of which the mappers read only the path. */
    @Test
    void aProblemIsInTheLanguageTheRequestAsksFor() {
        Response response = mappers.domain(new IllegalTransitionException("requirement", "CANCELLED",
                Text.of("web.range.to-after-from")), uri, CHINESE);
        Problem problem = problemOf(response, 409);
        assertEquals("当前状态不允许此操作", problem.title());
        // "requirement" has its Chinese name in requirements-service's bundle, not on this module's class path
        assertEquals("requirement当前为 CANCELLED：必须晚于 from", problem.detail());
        assertEquals("CANCELLED", problem.currentState(), "codes stay codes");
        assertEquals("Accept-Language", response.getHeaderString(HttpHeaders.VARY));

        Problem invalid = problemOf(mappers.domain(new InvalidFieldException("sort", Text.of("web.sort.twice", "status")), uri,
                CHINESE), 400);
        assertEquals("请求无效", invalid.title());
        assertEquals(List.of(new Problem.Violation("sort", "“status”重复出现；每个字段只能排序一次")), invalid.violations());
        assertEquals("'status' is given twice; sort by each field once", problemOf(mappers.domain(new InvalidFieldException("sort",
                Text.of("web.sort.twice", "status")), uri, ENGLISH), 400).violations().get(0).message());
    }

    @Test
    void anEnglishSentenceOfTheOldWayIsShownAsItIsInEveryLanguage() {
        Problem problem = problemOf(mappers.domain(new ConflictException("a customer with code C-1 already exists"), uri, CHINESE), 409);
        assertEquals("冲突", problem.title());
        assertEquals("a customer with code C-1 already exists", problem.detail());
    }

    private static HttpHeaders acceptLanguage(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString") && "Accept-Language".equals(args[0])) {
                        return value;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static UriInfo uriAt(String path) {
        return (UriInfo) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public record Body(@NotBlank String title, List<@Valid Item> items) {
    }

    public record Item(@Positive BigDecimal quantity) {
    }

    /** Stands in for a resource class: what the validator reports for its parameters is what the mapper renames. */
    public static class Resource {
        public void create(@NotNull @Valid Body body) {
        }

        public void list(@Min(0) int page) {
        }
    }
}
