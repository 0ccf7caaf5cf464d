package io.accord.review.rest;

import io.accord.infra.attachments.AttachmentAdded;
import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.review.messaging.AddedAttachment;
import io.accord.testsupport.EventContracts;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the review record lists the requirement's attachments with their SHA-256 — the files attached before the
 * submission and those attached while the review is open — in JSON, on the page and in the PDF.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class RecordAttachmentsTest {

    private static final String CONTRACT_SHA = "a".repeat(64);
    private static final String DRAWING_SHA = "b".repeat(64);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theRecordListsTheFilesAttachedBeforeAndDuringTheReview() throws IOException {
        String requirementId = UUID.randomUUID().toString();
        String contract = UUID.randomUUID().toString();
        String drawing = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId,
                added(requirementId, contract, "合同 HT-2026-088.pdf", CONTRACT_SHA));
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId,
                Reviews.submittedEvent(requirementId, 1, "", false));
        String review = Reviews.awaitReview(requirementId);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId,
                added(requirementId, drawing, "图纸 A-7.step", DRAWING_SHA));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Reviews.AUDITOR)
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body("content.attachments.id", equalTo(List.of(contract, drawing)),
                        "content.attachments.filename", equalTo(List.of("合同 HT-2026-088.pdf", "图纸 A-7.step")),
                        "content.attachments.sha256", equalTo(List.of(CONTRACT_SHA, DRAWING_SHA))));

        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "zh-CN")
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body(containsString("附件"), containsString("合同 HT-2026-088.pdf"), containsString(DRAWING_SHA));
        byte[] pdf = given().header("Authorization", Reviews.AUDITOR).accept("application/pdf")
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains("图纸A-7.step") && text.contains(CONTRACT_SHA), text);
        }
    }

    @Test
    void theEventIsReadAsTheLibraryWritesIt() {
        AttachmentAdded payload = new AttachmentAdded(UUID.randomUUID(), null, UUID.randomUUID(), "a.pdf", "application/pdf",
                12, CONTRACT_SHA, "li.na", OffsetDateTime.parse("2026-12-01T08:00:00Z"));
        EventContracts.read(payload, AddedAttachment.class);
    }

    private static String added(String requirementId, String attachmentId, String filename, String sha256) {
        String data = """
                {"ownerId":"%s","part":null,"attachmentId":"%s","filename":"%s","contentType":"application/pdf",\
                "size":1234,"sha256":"%s","uploadedBy":"li.na","uploadedAt":"%s"}"""
                .formatted(requirementId, attachmentId, filename, sha256, OffsetDateTime.now());
        return Reviews.event("requirement.attachment-added", requirementId, 1, data);
    }
}
