package io.accord.complaint.mail;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.infra.customers.HeardCustomer;
import io.accord.infra.customers.KnownCustomers;
import io.accord.infra.mail.QueuedMail;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer is mailed the acknowledgement and each resolution of its complaint in its language, once per cause
 * (a retried step mails nothing more); a customer without an address is mailed nothing.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintMailTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final String QUALITY = TestTokens.bearer("qa.lead", "QUALITY");

    @Inject
    KnownCustomers customers;

    @Test
    void theAcknowledgementAndEachResolutionAreMailedOnceInTheCustomersLanguage() {
        UUID customer = customer("wang@hangzhou.example", "zh-CN");
        String id = receive(customer);
        String c = "/api/v1/complaints/" + id;
        String etag = given().header("Authorization", SERVICE).get(c).header("ETag");
        post(SERVICE, c + "/acknowledgement", null, etag).statusCode(200);
        // the same step again with the same If-Match: refused, nothing mailed twice
        post(SERVICE, c + "/acknowledgement", null, etag).statusCode(412);
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"porous casting\", \"containment\": \"lot on hold\"}", null).statusCode(200);
        post(QUALITY, c + "/resolution", "{\"summary\": \"housings replaced\", \"remedy\": \"REPLACE\"}", null).statusCode(200);
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": false, \"comment\": \"two still leak\"}", null).statusCode(200);
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"porous casting, second lot\", \"containment\": \"second lot on hold\"}", null).statusCode(200);
        post(QUALITY, c + "/resolution", "{\"summary\": \"whole lot replaced\", \"remedy\": \"REPLACE\"}", null).statusCode(200);

        List<QueuedMail> mails = QueuedMail.list("aboutId = ?1 order by id", id);
        assertEquals(List.of("complaint-acknowledged:" + id, "complaint-resolved:" + id + ":1", "complaint-resolved:" + id + ":2"),
                mails.stream().map(m -> m.cause).toList());
        for (QueuedMail mail : mails) {
            assertEquals("wang@hangzhou.example", mail.recipient);
            assertEquals("zh-CN", mail.locale);
            assertTrue(mail.subject.contains(id) && mail.subject.contains("SO-7"), mail.subject);
        }
        assertTrue(mails.get(1).bodyText.contains("housings replaced") && mails.get(1).bodyText.contains("更换"), mails.get(1).bodyText);
        assertTrue(mails.get(2).bodyText.contains("重新处理") && mails.get(2).bodyText.contains("whole lot replaced"),
                mails.get(2).bodyText);
    }

    @Test
    void aCustomerWithoutAnAddressIsMailedNothing() {
        String id = receive(customer(null, "en"));
        post(SERVICE, "/api/v1/complaints/" + id + "/acknowledgement", null, null).statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        assertEquals(0, QueuedMail.count("aboutId", id));
    }

    private UUID customer(String email, String language) {
        UUID id = UUID.randomUUID();
        customers.heard(new HeardCustomer(id, "C-" + id.toString().substring(0, 8), "Customer " + id, email,
                email == null ? null : "Wang Wei", language, false), OffsetDateTime.now());
        return id;
    }

    private static String receive(UUID customer) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "MAJOR",
                 "description": "housings crack under pressure", "orderRef": "SO-7"}
                """.formatted(customer)).post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse post(String token, String path, String body, String ifMatch) {
        var request = given().header("Authorization", token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then();
    }
}
