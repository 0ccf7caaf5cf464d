package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Malformed, mistyped and hostile input at every endpoint: the answer is always a 4xx problem. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class GarbageInputTest {

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String customer = TestData.newCustomer();
        String requirement = TestData.capture(customer);
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "SALES", "AUDITOR"),
                List.of(new String[]{"POST", "/api/v1/customers"},
                        new String[]{"PATCH", "/api/v1/customers/" + customer},
                        new String[]{"PATCH", "/api/v1/customers/not-a-uuid"},
                        new String[]{"POST", "/api/v1/requirements"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/submission"},
                        new String[]{"POST", "/api/v1/requirements/not-a-uuid/submission"}),
                List.of("/api/v1/customers/not-a-uuid", "/api/v1/requirements/123", "/api/v1/requirements?status=NOPE",
                        "/api/v1/requirements?from=yesterday", "/api/v1/customers?page=-1", "/api/v1/requirements?size=abc",
                        "/api/v1/requirements/" + requirement + "/history/x", "/api/v1/nothing-here",
                        "/api/v1/customers/" + customer + "/history", "/api/v1/requirements?customerId=%zz"));
    }
}
