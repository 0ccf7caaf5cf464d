package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.testsupport.AttachmentChecks;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Files on requirements and on customer-property incidents (issue 14 point 4), with real PostgreSQL and Kafka. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class AttachmentsTest {

    /** Reads requirements and customer property, changes neither. */
    private static final String READER = TestTokens.bearer("sun.gm", "GENERAL_MANAGER");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRequirementTakesListsAndServesFilesRecordedInItsHistoryAndAnnounced() {
        String requirement = TestData.capture(TestData.newCustomer());
        AttachmentChecks checks = new AttachmentChecks("/api/v1/requirements/" + requirement + "/attachments", "li.na",
                TestData.SALES, READER);

        Map.Entry<String, byte[]> pdf = checks.uploadListAndDownload();
        checks.refusals();

        AttachmentChecks.recordedInHistory("/api/v1/requirements/" + requirement + "/history", TestData.AUDITOR, pdf.getKey(),
                pdf.getValue());
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> requirement.equals(r.key())
                && r.value().contains("\"type\":\"accord." + RequirementEventTypes.REQUIREMENT_ATTACHMENT_ADDED + "\"")
                && r.value().contains("\"sha256\":\"" + AttachmentChecks.sha256(pdf.getValue()) + "\""), Duration.ofSeconds(30));

        // another record's attachment is not found under this one, nor one of a record that does not exist
        String other = TestData.capture(TestData.newCustomer());
        given().header("Authorization", READER).get("/api/v1/requirements/" + other + "/attachments/" + pdf.getKey())
                .then().statusCode(404);
        given().header("Authorization", READER).get("/api/v1/requirements/" + UUID.randomUUID() + "/attachments")
                .then().statusCode(404);
    }

    @Test
    void everyOtherRouteKeepsItsOneMegabyteLimit() {
        byte[] body = new byte[1_500_000];
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(body).post("/api/v1/requirements")
                .then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(new ByteArrayInputStream(body))
                .post("/api/v1/requirements").then().statusCode(413);
    }

    @Test
    void anIncidentOfCustomerPropertyTakesFilesOfItsOwn() {
        String customer = TestData.newCustomer();
        String property = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "TOOLING", "description": "die set D-9", "quantity": 1, "unit": "set"}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("q.zhang", "QUALITY")).contentType(ContentType.JSON)
                .body("{\"result\": \"CONFORMING\", \"notes\": \"as listed\"}")
                .post("/api/v1/customer-property/" + property + "/verification").then().statusCode(200);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"type\": \"DAMAGED\", \"description\": \"crack on the upper die\"}")
                .post("/api/v1/customer-property/" + property + "/incidents").then().statusCode(200);

        String incident = "/api/v1/customer-property/" + property + "/incidents/1/attachments";
        AttachmentChecks checks = new AttachmentChecks(incident, "li.na", TestData.SALES,
                TestTokens.bearer("cs.wu", "CUSTOMER_SERVICE"));
        String photo = checks.uploadRaw("裂纹.pdf", AttachmentChecks.pdf(2000, 9));

        given().header("Authorization", TestData.AUDITOR).get(incident).then().statusCode(200);
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customer-property/" + property + "/incidents/2/attachments")
                .then().statusCode(404);
        AttachmentChecks.recordedInHistory("/api/v1/customer-property/" + property + "/history", TestData.AUDITOR, photo,
                AttachmentChecks.pdf(2000, 9));
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> property.equals(r.key())
                && r.value().contains("\"type\":\"accord." + RequirementEventTypes.PROPERTY_ATTACHMENT_ADDED + "\"")
                && r.value().contains("\"part\":1"), Duration.ofSeconds(30));
    }
}
