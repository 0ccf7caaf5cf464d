package io.accord.gateway.rest;

import io.accord.testsupport.RequestBodyExamples;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Every operation that takes a body shows an example of it in the OpenAPI document, and the example is accepted. */
class RequestExamplesTest {

    /** When the examples were written: their due dates lie ahead of it, their receipt times behind. */
    private static final Clock WRITTEN = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyRequestBodyHasAnExampleTheOperationAccepts() {
        RequestBodyExamples.check("io.accord.gateway", WRITTEN);
    }
}
