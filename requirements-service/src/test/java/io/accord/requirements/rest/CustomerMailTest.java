package io.accord.requirements.rest;

import io.accord.infra.mail.QueuedMail;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's mail contact, language and survey opt-out, told to other services by its events; a customer property
 * incident mails the customer in its language, and that mail is the incident's notice.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class CustomerMailTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String register(String body) {
        return given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    @Test
    void theFirstContactWithAnAddressReceivesMailAndTheEventsSaySoWithLanguageAndOptOut() {
        String id = register("""
                {"code": "%s", "name": "Hangzhou Pumps", "language": "zh-CN", "surveysOptOut": true, "contacts": [
                  {"name": "Zhao Lei", "phone": "123"}, {"name": "Wang Wei", "email": "wang@example.com"}]}
                """.formatted(TestData.uniqueCode()));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("language", equalTo("zh-CN"), "surveysOptOut", is(true), "mailTo.email", equalTo("wang@example.com"));
        published(id, "customer.registered", "\"email\":\"wang@example.com\"", "\"contactName\":\"Wang Wei\"",
                "\"language\":\"zh-CN\"", "\"surveysOptOut\":true");

        String etag = given().header("Authorization", TestData.SALES).get("/api/v1/customers/" + id).header("ETag");
        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"surveysOptOut\": false, \"language\": \"en\"}").patch("/api/v1/customers/" + id)
                .then().statusCode(200).body("surveysOptOut", is(false), "language", equalTo("en"));
        published(id, "customer.updated", "\"surveysOptOut\":false", "\"language\":\"en\"");
    }

    @Test
    void aCustomerWithoutALanguageGetsTheDefaultAndBadLanguagesOrAddressesAreNamed() {
        String id = register("{\"code\": \"%s\", \"name\": \"Default Ltd\"}".formatted(TestData.uniqueCode()));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers/" + id).then()
                .body("language", equalTo("en"), "surveysOptOut", is(false), "mailTo", nullValue());
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "x", "language": "fr", "contacts": [{"name": "a", "email": "ok@example.com"}, {"name": "b", "email": "a@b"}]}
                """.formatted(TestData.uniqueCode())).post("/api/v1/customers").then().statusCode(400)
                .body("violations.field", hasItem("language"), "violations.field", hasItem("contacts[1].email"));
    }

    @Test
    void anIncidentMailsTheCustomerInItsLanguageOnceAndIsRecordedAsNotifiedByMail() {
        String customer = register("""
                {"code": "%s", "name": "Ningbo Moulds", "language": "zh-CN", "contacts": [{"name": "Li Na", "email": "li.na@ningbo.example"}]}
                """.formatted(TestData.uniqueCode()));
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "TOOLING", "description": "mould M-3", "quantity": 1}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        String etag = given().header("Authorization", TestData.SALES).get("/api/v1/customer-property/" + id).header("ETag");

        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"type\": \"DAMAGED\", \"description\": \"cavity scratched\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(200)
                .body("incidentsAwaitingCustomerNotice", equalTo(0), "incidents[0].customerNotified.method", equalTo("MAIL"));
        // the same command again (a retry with the same If-Match) is refused and mails nothing more
        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"type\": \"DAMAGED\", \"description\": \"cavity scratched\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(412);

        List<QueuedMail> mails = QueuedMail.list("aboutId", id);
        assertEquals(1, mails.size());
        QueuedMail mail = mails.get(0);
        assertEquals("property-incident:" + id + ":1", mail.cause);
        assertEquals("li.na@ningbo.example", mail.recipient);
        assertEquals("zh-CN", mail.locale);
        assertTrue(mail.subject.contains("损坏") && mail.subject.contains("mould M-3"), mail.subject);
        assertTrue(mail.bodyText.startsWith("Li Na，您好") && mail.bodyText.contains("cavity scratched"), mail.bodyText);
    }

    @Test
    void anIncidentOfACustomerWithoutAnAddressWaitsForANoticeByOtherMeans() {
        String customer = TestData.newCustomerWithoutMail();
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "DRAWING", "description": "drawing D-1", "quantity": 1}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"type\": \"LOST\", \"description\": \"gone\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(200)
                .body("incidentsAwaitingCustomerNotice", equalTo(1));
        assertEquals(0, QueuedMail.count("aboutId", id));
    }

    private void published(String customerId, String type, String... fields) {
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> customerId.equals(r.key())
                && r.value().contains(type + "\"") && Arrays.stream(fields).allMatch(r.value()::contains), Duration.ofSeconds(30));
    }
}
