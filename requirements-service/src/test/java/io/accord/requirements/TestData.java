package io.accord.requirements;

import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Builders for request bodies the tests send, and shortcuts for the usual callers. */
public final class TestData {

    public static final String SALES = TestTokens.bearer("li.na", "SALES");
    public static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    private TestData() {
    }

    public static String customerBody(String code) {
        return """
                {"code": "%s", "name": "Customer %s", "contacts": [{"name": "Wang Wei", "email": "wang@example.com"}]}
                """.formatted(code, code);
    }

    /** A customer with a contact but no mail address: nothing is mailed to it, people tell it by other means. */
    public static String newCustomerWithoutMail() {
        return given().header("Authorization", SALES).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "No Mail Ltd", "contacts": [{"name": "Wang Wei", "phone": "+86 571 0000"}]}
                """.formatted(uniqueCode())).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    public static String uniqueCode() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newCustomer() {
        return given().header("Authorization", SALES).contentType(ContentType.JSON).body(customerBody(uniqueCode()))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    public static String requirementBody(String customerId, String source) {
        return """
                {"customerId": "%s", "source": "%s", "title": "Pump housings 2027", "externalRef": "PO-1",
                 "items": [{"productCode": "PH-200", "description": "pump housing", "specification": "GB/T 1234",
                            "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi", "terms": "DAP"},
                 "services": ["TRANSPORT"],
                 "requirements": [{"category": "STATUTORY", "text": "meets GB 150", "reference": "GB 150"}],
                 "highRisk": false}
                """.formatted(customerId, source, LocalDate.now().plusMonths(2));
    }

    public static String capture(String customerId) {
        return given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body(requirementBody(customerId, "CONTRACT_DRAFT"))
                .post("/api/v1/requirements").then().statusCode(201).extract().path("id");
    }

    /** The review-service's decision on a revision, as it publishes it. */
    public static void publishDecision(String bootstrap, String type, String requirementId, int revision) {
        String review = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, "accord.reviews", requirementId, """
                {"specversion":"1.0","id":"%s","source":"/accord/review-service","type":"accord.%s","subject":"%s",\
                "time":"%s","datacontenttype":"application/json","actor":"wang.gm",\
                "data":{"reviewId":"%s","requirementId":"%s","requirementRevision":%d}}"""
                .formatted(UUID.randomUUID(), type, review, OffsetDateTime.now(), review, requirementId, revision));
    }

    /** A submitted record approved by its review: ACCEPTED, ready to be delivered. */
    public static void approve(String bootstrap, String requirementId, int revision) {
        publishDecision(bootstrap, "review.approved", requirementId, revision);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .get("/api/v1/requirements/" + requirementId).then().body("status", equalTo("ACCEPTED")));
    }
}
