package io.accord.e2e;

import io.accord.testsupport.ReceivedMail;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's flow with the packaged apps, real Kafka, PostgreSQL and SMTP: an order delivered and accepted → the
 * feedback-service mails the customer its survey invitation (the system issues the one-time token; nobody else holds
 * it) → the customer takes the token from the link in the mail, reads the survey with it and answers → the
 * satisfaction summary counts the answer, as one whose token no person handed out.
 */
class SurveyMailIT {

    static final Pattern LINK_TOKEN = Pattern.compile("#token=(svy_[A-Za-z0-9_-]+)");

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aDeliveredOrderMailsTheSurveyLinkAndTheCustomersAnswerCounts() {
        String sales = AccordSuite.token("li.na", "SALES");
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        String service = AccordSuite.token("xu.cs", "CUSTOMER_SERVICE");
        String code = "SVM-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "buyer-" + code.toLowerCase() + "@wuxi-pumps.example";
        String customer = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "Wuxi Pumps", "language": "zh-CN",
                 "contacts": [{"name": "Zhao Lei", "role": "sales", "phone": "+86 510 0000"},
                              {"name": "Wang Wei", "role": "buyer", "email": "%s"}]}
                """.formatted(code, address)).post("/api/v1/customers").then().statusCode(201)
                .body("mailTo.email", equalTo(address)).extract().path("id");
        String survey = AccordSuite.as(service).contentType(ContentType.JSON).body("""
                {"title": "交付满意度调查", "purpose": "DELIVERY",
                 "questions": [{"key": "overall", "text": "您对本次交付满意吗？", "type": "RATING_1_5", "dimension": "delivery"},
                               {"key": "recommend", "text": "您会推荐我们吗？", "type": "NPS_0_10"}]}
                """).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        String requirement = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Valve bodies 2027", "externalRef": "VB-2027-1",
                 "items": [{"productCode": "VB-50", "quantity": 20, "unit": "pcs", "unitPrice": "80.00", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"}}
                """.formatted(customer, LocalDate.now().plusMonths(2)))
                .post("/api/v1/requirements").then().statusCode(201).extract().path("id");
        DeliveryAcceptanceIT.accepted(sales, auditor, requirement);
        AccordSuite.as(auditor).queryParam("customerId", customer).get("/api/v1/satisfaction/summary")
                .then().statusCode(200).body("responses", equalTo(0));

        AccordSuite.as(sales).contentType(ContentType.JSON).body("{\"reference\": \"DN-1\"}")
                .post("/api/v1/requirements/" + requirement + "/deliveries").then().statusCode(200);
        AccordSuite.as(sales).contentType(ContentType.JSON).body("{\"accepted\": true}")
                .post("/api/v1/requirements/" + requirement + "/deliveries/1/acceptance").then().statusCode(200)
                .body("status", equalTo("DELIVERED"));

        // requirement.delivered (Kafka) → the invitation and its mail in one transaction → the relay → SMTP
        List<ReceivedMail> mails = await().atMost(Duration.ofSeconds(90)).until(() -> AccordSuite.mail().receivedBy(address),
                received -> !received.isEmpty());
        assertEquals(1, mails.size());
        ReceivedMail mail = mails.get(0);
        assertTrue(mail.subject().contains("交付满意度调查"), mail.subject());
        assertTrue(mail.text().startsWith("Wang Wei，您好"), mail.text());
        Matcher link = LINK_TOKEN.matcher(mail.text());
        assertTrue(link.find(), mail.text());
        String token = link.group(1);
        AccordSuite.as(service).queryParam("customerId", customer).get("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(200).body("total", equalTo(1), "items[0].mailed", equalTo(true),
                        "items[0].tokenIssuedBy", equalTo("system:feedback-service"));

        // the customer's page, without logging in: the survey by the token in a header, then the answers
        given().header("Survey-Token", token).get("/api/v1/survey-responses/invitation").then().statusCode(200)
                .body("title", equalTo("交付满意度调查"), "questions.key", equalTo(List.of("overall", "recommend")),
                        "status", equalTo("SENT"));
        given().contentType(ContentType.JSON).body("""
                {"token": "%s", "answers": [{"key": "overall", "value": 5}, {"key": "recommend", "value": 9}]}
                """.formatted(token)).post("/api/v1/survey-responses").then().statusCode(201);

        AccordSuite.as(auditor).queryParam("customerId", customer).get("/api/v1/satisfaction/summary").then().statusCode(200)
                .body("responses", equalTo(1), "csat", equalTo(100.0f), "nps", equalTo(100.0f), "staffIssuedResponses", equalTo(0));
    }
}
