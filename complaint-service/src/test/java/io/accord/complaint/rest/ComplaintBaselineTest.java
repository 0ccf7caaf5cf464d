package io.accord.complaint.rest;

import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.ServiceBaseline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The skeleton already meets the baseline: probes, OpenAPI, metrics, auth, paging, problem+json. */
@QuarkusTest
@WithTestResource(value = AccordServiceResources.class, initArgs = @ResourceArg(name = "database", value = "accord_complaint_test"))
class ComplaintBaselineTest {

    @Test
    void meetsTheServiceBaseline() {
        ServiceBaseline.check("/api/v1/complaints");
    }
}
