package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.testsupport.AttachmentChecks;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.accord.complaint.rest.ComplaintLifecycleTest.AUDITOR;
import static io.accord.complaint.rest.ComplaintLifecycleTest.QUALITY;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static io.restassured.RestAssured.given;

/** Files on complaints and corrective actions (issue 14 point 4), with real PostgreSQL and Kafka. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class AttachmentsTest {

    /** Reads complaints and corrective actions, changes neither. */
    private static final String READER = TestTokens.bearer("sun.gm", "GENERAL_MANAGER");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aComplaintTakesListsAndServesFilesRecordedInItsHistoryAndAnnounced() {
        String complaint = ComplaintLifecycleTest.receive("MAJOR", "QUALITY");
        AttachmentChecks checks = new AttachmentChecks("/api/v1/complaints/" + complaint + "/attachments", "xu.cs", SERVICE,
                READER);

        Map.Entry<String, byte[]> pdf = checks.uploadListAndDownload();
        checks.refusals();

        AttachmentChecks.recordedInHistory("/api/v1/complaints/" + complaint + "/history", AUDITOR, pdf.getKey(), pdf.getValue());
        KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> complaint.equals(r.key())
                && r.value().contains("\"type\":\"accord." + ComplaintEventTypes.ATTACHMENT_ADDED + "\"")
                && r.value().contains("\"sha256\":\"" + AttachmentChecks.sha256(pdf.getValue()) + "\""), Duration.ofSeconds(30));
        // an investigator (who may change the complaint) attaches the 8D report too
        new AttachmentChecks("/api/v1/complaints/" + complaint + "/attachments", "qa.lead", QUALITY, READER)
                .uploadRaw("8D 报告.pdf", AttachmentChecks.pdf(4000, 11));
    }

    @Test
    void aCorrectiveActionTakesFilesOfItsOwn() {
        String complaint = ComplaintLifecycleTest.receive("MAJOR", "QUALITY");
        post(SERVICE, "/api/v1/complaints/" + complaint + "/acknowledgement", null).statusCode(200);
        post(QUALITY, "/api/v1/complaints/" + complaint + "/investigation",
                "{\"rootCause\": \"wrong seal grade\", \"containment\": \"stock checked\"}").statusCode(200);
        String action = post(QUALITY, "/api/v1/complaints/" + complaint + "/corrective-actions",
                "{\"description\": \"qualify a second seal supplier\", \"owner\": \"wang.prod\", \"dueDate\": \"%s\"}"
                        .formatted(LocalDate.now().plusDays(30))).statusCode(201).extract().path("id");

        String attachments = "/api/v1/corrective-actions/" + action + "/attachments";
        AttachmentChecks checks = new AttachmentChecks(attachments, "qa.lead", QUALITY, READER);
        byte[] evidence = AttachmentChecks.pdf(3000, 12);
        String id = checks.uploadRaw("供应商审核记录.pdf", evidence);

        AttachmentChecks.recordedInHistory("/api/v1/corrective-actions/" + action + "/history", AUDITOR, id, evidence);
        // the complaint's attachment list does not show the action's file, nor serve it
        given().header("Authorization", READER).get("/api/v1/complaints/" + complaint + "/attachments/" + id).then().statusCode(404);
        KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> action.equals(r.key())
                && r.value().contains("\"type\":\"accord." + ComplaintEventTypes.ACTION_ATTACHMENT_ADDED + "\""), Duration.ofSeconds(30));
    }
}
