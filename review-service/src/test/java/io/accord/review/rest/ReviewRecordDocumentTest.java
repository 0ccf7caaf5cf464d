package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.PdfDocuments;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review record is the complete 产品要求评审表: what the requirement said (items, delivery, services, payment, every
 * requirement with its text and reference, the differences from the quotation, the verbal order's confirmation), the
 * risks, the signed opinions, the consolidation and the decision; as JSON, as a page in Chinese or English, and as a
 * PDF whose Chinese text is really there (extracted back) in an embedded font.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewRecordDocumentTest {

    static final String STATUTORY_TEXT = "压力容器须符合 GB 150 <script>alert(1)</script>";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theDecidedRecordHoldsWhatWasReviewedAndWhoSignedWhatMeaning() {
        String review = decidedReview();

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200)
                .body("frozen", is(true), "intact", is(true), "formVersion", equalTo(2),
                        "content.formVersion", equalTo(2),
                        "content.requirement.externalRef", equalTo("HT-2026-088"),
                        "content.requirement.source", equalTo("VERBAL_ORDER"),
                        "content.customer.code", equalTo("华东-01"),
                        "content.items[0].specification", equalTo("DN50 不锈钢"),
                        "content.delivery.place", equalTo("上海工厂"),
                        "content.services", equalTo(List.of("INSTALLATION")),
                        "content.paymentTerms", equalTo("货到30天付款"),
                        "content.requirements[0].category", equalTo("STATUTORY"),
                        "content.requirements[0].text", equalTo(STATUTORY_TEXT),
                        "content.requirements[0].reference", equalTo("GB 150-2011"),
                        "content.quotation.reference", equalTo("BJ-2026-12"),
                        "content.quotation.discrepancies[0].resolution.note", equalTo("顾客同意新价格"),
                        "content.verbalOrder.method", equalTo("PHONE"),
                        "content.opinions[0].conditions", equalTo(List.of("出厂前水压试验")),
                        "content.opinions[0].signature.signedBy", equalTo("quality.reviewer"),
                        "content.opinions[0].signature.meaning", equalTo("REVIEWED"),
                        "content.consolidation.signature.signedBy", equalTo("chen.sm"),
                        "content.decision.decision", equalTo("APPROVED"),
                        "content.decision.overrideReason", equalTo("采购风险已由总经理接受"),
                        "content.decision.signature.meaning", equalTo("APPROVED"));
    }

    @Test
    void thePageSpeaksTheReadersLanguageEscapesWhatTheCustomerWroteAndAllowsNoScript() {
        String review = decidedReview();

        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "zh-CN,en;q=0.5")
                .get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Language", equalTo("zh-CN"))
                .body(containsString("产品要求评审表"), containsString("法律法规要求"), containsString("GB 150-2011"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>")),
                        containsString("有条件同意"), containsString("出厂前水压试验"), containsString("电话记录"),
                        containsString("顾客同意新价格"), containsString("采购风险已由总经理接受"));

        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "en-GB")
                .get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).header("Content-Language", equalTo("en"))
                .body(containsString("Product requirement review form"), containsString("Statutory and regulatory"),
                        containsString("Approve with conditions"), containsString(STATUTORY_TEXT.substring(0, 12)));

        // a reader who names no language gets the suite's configured one (ACCORD_DEFAULT_LOCALE; en unless set), as
        // every other answer does
        given().header("Authorization", Reviews.AUDITOR).accept("text/html")
                .get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).header("Content-Language", equalTo("en"))
                .body(containsString("Product requirement review form"));
    }

    @Test
    void thePdfCarriesTheChineseTextInAnEmbeddedFont() {
        String review = decidedReview();

        byte[] pdf = given().header("Authorization", Reviews.AUDITOR).accept("application/pdf")
                .header("Accept-Language", "zh-CN").get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        String text = PdfDocuments.text(pdf);
        assertTrue(text.contains("产品要求评审表"), text);
        assertTrue(text.contains("压力容器须符合 GB 150"), text);
        assertTrue(text.contains("上海工厂"), text);
        assertTrue(text.contains("采购风险已由总经理接受"), text);
        List<String> fonts = PdfDocuments.embeddedCompositeFonts(pdf);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("WenQuanYi")), () -> "fonts: " + fonts);
    }

    /** A verbal order with every part of the form filled, reviewed by three departments and approved over a REJECT. */
    private String decidedReview() {
        String requirementId = UUID.randomUUID().toString();
        String data = """
                {"requirementId":"%s","revision":1,"customerId":"%s","customerCode":"华东-01","newCustomer":true,\
                "source":"VERBAL_ORDER","title":"离心泵 50 台","totalValue":"625000","currency":"CNY",\
                "categories":["STATUTORY"],"services":["INSTALLATION"],"highRisk":false,"paymentTerms":"货到30天付款",\
                "items":[{"productCode":"P-100","description":"离心泵","specification":"DN50 不锈钢","quantity":50,\
                "unit":"台","unitPrice":"12500","currency":"CNY","customSpecification":false}],\
                "delivery":{"dueDate":"2027-03-01","place":"上海工厂","terms":"DAP"},\
                "externalRef":"HT-2026-088","erpOrderNo":null,\
                "lines":[{"category":"STATUTORY","text":"%s","reference":"GB 150-2011"}],\
                "quotationRef":"BJ-2026-12","discrepancies":[{"key":"PRICE:P-100","kind":"PRICE","productCode":"P-100",\
                "quoted":"12000 CNY","requested":"12500 CNY","resolution":{"note":"顾客同意新价格","by":"li.sales",\
                "at":"2026-11-02T08:00:00Z"}}],\
                "unwritten":true,"confirmation":{"method":"PHONE","confirmedBy":"王经理","reference":"TEL-1102",\
                "recordedBy":"li.sales","recordedAt":"2026-11-02T09:00:00Z"}}"""
                .formatted(requirementId, UUID.randomUUID(), STATUTORY_TEXT);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId,
                Reviews.event("requirement.submitted", requirementId, 1, data));
        String review = Reviews.awaitReview(requirementId);
        given().header("Authorization", TestTokens.bearer("quality.reviewer", "QUALITY"))
                .contentType(ContentType.JSON)
                .body("{\"department\": \"QUALITY\", \"verdict\": \"APPROVE_WITH_CONDITIONS\", \"comment\": \"可检验\", "
                        + "\"conditions\": [\"出厂前水压试验\"]}")
                .post("/api/v1/reviews/" + review + "/opinions").then().statusCode(200);
        List<String> others = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review)
                .then().extract().jsonPath().getList("missingOpinions", String.class);
        for (String department : others) {
            Reviews.opinion(review, department, department.equals(others.get(0)) ? "REJECT" : "APPROVE");
        }
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\", \"comment\": \"同意\", \"overrideReason\": \"采购风险已由总经理接受\"}")
                .post("/api/v1/reviews/" + review + "/decision").then().statusCode(200);
        return review;
    }
}
