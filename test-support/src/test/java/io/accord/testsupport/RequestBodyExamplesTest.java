package io.accord.testsupport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operation with a body needs an example, and the example must be a body the operation accepts. */
class RequestBodyExamplesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    record TaskRequest(@NotBlank @Size(max = 10) String title, @NotNull @FutureOrPresent LocalDate due) {
    }

    @Path("/tasks")
    public static class Documented {
        @POST
        @RequestBody(content = @Content(examples = @ExampleObject(name = "task", value = """
                {"title": "整改", "due": "2026-12-01"}
                """)))
        public void create(@Valid @NotNull TaskRequest body, UriInfo uri) {
        }

        @GET
        @Path("{id}")
        public void get(@PathParam("id") String id, UriInfo uri) {
        }
    }

    @Path("/tasks")
    public static class Undocumented {
        @POST
        public void create(@Valid @NotNull TaskRequest body) {
        }
    }

    @Path("/tasks")
    public static class WrongExamples {
        @POST
        @RequestBody(content = @Content(examples = {
                @ExampleObject(name = "too-long", value = "{\"title\": \"a title far too long\", \"due\": \"2026-12-01\"}"),
                @ExampleObject(name = "overdue", value = "{\"title\": \"整改\", \"due\": \"2026-11-27\"}"),
                @ExampleObject(name = "unknown-field", value = "{\"title\": \"整改\", \"due\": \"2026-12-01\", \"owner\": \"x\"}")}))
        public void create(@Valid @NotNull TaskRequest body) {
        }
    }

    @Path("/tasks")
    public static class ExampleWithoutBody {
        @POST
        @Path("{id}/closure")
        @RequestBody(content = @Content(examples = @ExampleObject(name = "close", value = "{}")))
        public void close(@PathParam("id") String id) {
        }
    }

    @Test
    void anOperationWhoseExampleItAcceptsPasses() {
        assertEquals(List.of(), RequestBodyExamples.problems(List.of(Documented.class), CLOCK));
    }

    @Test
    void anOperationWithABodyAndNoExampleIsNamed() {
        List<String> problems = RequestBodyExamples.problems(List.of(Undocumented.class), CLOCK);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Undocumented.create: no example of its TaskRequest"), problems.get(0));
    }

    @Test
    void anExampleTheOperationWouldRefuseIsNamedWithWhy() {
        List<String> problems = RequestBodyExamples.problems(List.of(WrongExamples.class), CLOCK);

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("WrongExamples.create example 'too-long': title "), problems.get(0));
        assertTrue(problems.get(1).startsWith("WrongExamples.create example 'overdue': due "), problems.get(1));
        assertTrue(problems.get(2).startsWith("WrongExamples.create example 'unknown-field' does not read as"), problems.get(2));
    }

    @Test
    void anExampleOnAnOperationWithoutABodyIsNamed() {
        assertEquals(List.of("ExampleWithoutBody.close: an example for an operation without a body"),
                RequestBodyExamples.problems(List.of(ExampleWithoutBody.class), CLOCK));
    }
}
