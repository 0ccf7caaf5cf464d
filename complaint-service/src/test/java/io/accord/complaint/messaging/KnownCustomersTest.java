package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Complaints are accepted only for customers that exist: requirements-service's {@code customer.registered} makes a
 * customer known here, on the real broker. A customer not heard of is asked of requirements-service, which the tests
 * do not run: the answer is 503 with Retry-After (the reference cannot be checked now), never a complaint for a
 * customer nobody knows. The 422 for a customer requirements-service does not have is proven end to end
 * (e2e-tests' ComplaintFlowIT), where it runs.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class KnownCustomersTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static ValidatableResponse receive(UUID customer) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                        {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "MINOR", "description": "leaks"}
                        """.formatted(customer))
                .post("/api/v1/complaints").then();
    }

    @Test
    void aCustomerRegisteredAtRequirementsServiceIsAcceptedOnceItsEventArrives() {
        UUID customer = UUID.randomUUID();
        receive(customer).statusCode(503).header("Retry-After", "5").contentType("application/problem+json");

        KafkaTestClient.send(bootstrap, "accord.requirements", customer.toString(), """
                {"specversion": "1.0", "id": "registered-%s", "source": "/accord/requirements-service",
                 "type": "accord.customer.registered", "subject": "%s", "time": "2026-11-27T08:00:00Z",
                 "datacontenttype": "application/json", "actor": "li.na",
                 "data": {"customerId": "%s", "code": "C-%s", "name": "Hangzhou Pumps Co."}}
                """.formatted(customer, customer, customer, customer.toString().substring(0, 8)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> receive(customer).statusCode(201)
                .body("customerId", equalTo(customer.toString())));
    }
}
