package io.accord.feedback.mail;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.infra.customers.HeardCustomer;
import io.accord.infra.customers.KnownCustomers;
import io.accord.infra.events.EventOwners;
import io.accord.infra.mail.MailStatus;
import io.accord.infra.mail.QueuedMail;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.ReceivedMail;
import io.accord.testsupport.SmtpTestServer;
import io.accord.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Survey invitations by mail: the system issues the token of an automatic invitation and mails its link in the
 * customer's language, once, in the invitation's transaction; the token reaches no event; opted-out customers get
 * no invitation; a customer without an address gets an unmailed one. The mails go out over real SMTP (test-support's
 * SmtpTestServer), where the token is read as the customer reads it.
 */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class SurveyMailTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final SmtpTestServer SMTP = SmtpTestServer.shared();
    static final Pattern LINK_TOKEN = Pattern.compile("#token=(svy_[A-Za-z0-9_-]+)");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    KnownCustomers customers;

    @Inject
    EntityManager entityManager;

    @Test
    void aDeliveryMailsTheLinkOnceInTheCustomersLanguageAndTheTokenOpensTheSurvey() {
        String survey = survey("DELIVERY", "交付满意度");
        UUID customer = customer("li.na@ningbo.example", "zh-CN", false);
        String requirement = UUID.randomUUID().toString();
        String event = "evt-d-" + requirement;
        delivered(event, requirement, customer);
        delivered(event, requirement, customer);
        delivered("evt-d2-" + requirement, requirement, customer);

        String invitation = await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", SERVICE)
                .queryParam("customerId", customer.toString()).get("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.id"), ids -> ids.size() == 1).get(0);
        given().header("Authorization", SERVICE).get("/api/v1/surveys/" + survey + "/invitations/" + invitation).then()
                .body("mailed", is(true), "mailedTo", equalTo("li.na@ningbo.example"), "tokenIssuedBy", equalTo("system:feedback-service"),
                        "staffIssued", is(false));

        List<QueuedMail> mails = QueuedMail.list("aboutId", invitation);
        assertEquals(1, mails.size());
        QueuedMail mail = mails.get(0);
        assertEquals("survey-invitation:" + invitation, mail.cause);
        assertEquals("li.na@ningbo.example", mail.recipient);
        assertEquals("zh-CN", mail.locale);
        assertTrue(mail.sensitive);
        assertTrue(mail.subject.contains("交付满意度"), mail.subject);
        // the relay sends it over real SMTP; the customer takes the token from the link in the mail
        ReceivedMail received = SMTP.await(m -> m.to().contains("li.na@ningbo.example"));
        assertEquals(mail.subject, received.subject());
        assertTrue(received.text().contains("http://localhost:8080/survey#token=svy_"), received.text());
        Matcher link = LINK_TOKEN.matcher(received.text());
        assertTrue(link.find(), received.text());
        String token = link.group(1);
        // once sent, a sensitive mail's bodies are gone from the outbox
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            QueuedMail sent = QuarkusTransaction.requiringNew().call(() -> QueuedMail.<QueuedMail>findById(mail.id));
            assertEquals(MailStatus.SENT, sent.status);
            assertNull(sent.bodyText);
        });

        given().header("Survey-Token", token).get("/api/v1/survey-responses/invitation").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("title", equalTo("交付满意度"), "questions[0].key", equalTo("overall"), "status", equalTo("SENT"));
        given().header("Survey-Token", "svy_nothing").get("/api/v1/survey-responses/invitation").then().statusCode(404);
        given().get("/api/v1/survey-responses/invitation").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"token\": \"%s\", \"answers\": [{\"key\": \"overall\", \"value\": 5}]}".formatted(token))
                .post("/api/v1/survey-responses").then().statusCode(201);

        // the token is on no event and in no outbox row
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(bootstrap, FeedbackEventTypes.TOPIC,
                r -> invitation.equals(r.key()) && r.value().contains("responded"), Duration.ofSeconds(30));
        assertFalse(events.stream().anyMatch(r -> r.value().contains(token)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where payload like :token").setParameter("token", "%" + token + "%")
                .getSingleResult()).longValue()));
    }

    @Test
    void anOptedOutCustomerIsNotInvitedAutomaticallyNorByHand() {
        String survey = survey("DELIVERY", "Delivery survey");
        UUID optedOut = customer("no-surveys@example.com", "en", true);
        UUID control = customer("yes@example.com", "en", false);
        // one key: one partition, in order, so once the second is handled the first was too
        String key = UUID.randomUUID().toString();
        delivered("evt-o-" + key, UUID.randomUUID().toString(), optedOut, key);
        delivered("evt-c-" + key, UUID.randomUUID().toString(), control, key);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", SERVICE)
                .queryParam("customerId", control.toString()).get("/api/v1/surveys/" + survey + "/invitations")
                .then().body("total", equalTo(1)));
        given().header("Authorization", SERVICE).queryParam("customerId", optedOut.toString())
                .get("/api/v1/surveys/" + survey + "/invitations").then().body("total", equalTo(0));

        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("{\"customerId\": \"%s\"}".formatted(optedOut))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("customerId"));
        assertEquals(0, QueuedMail.count("recipient", "no-surveys@example.com"));
    }

    @Test
    void aManualInvitationAnswersTheTokenAndMailsItAndACustomerWithoutAnAddressIsInvitedUnmailed() {
        String survey = survey("GENERAL", "Visit survey");
        UUID customer = customer("buyer@example.com", "en", false);
        String token = given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"context\": \"visit\"}".formatted(customer))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201)
                .body("mailed", is(true), "token", startsWith("svy_")).extract().path("token");
        QueuedMail mail = QueuedMail.<QueuedMail>find("recipient", "buyer@example.com").firstResult();
        assertEquals("en", mail.locale);
        String text = SMTP.await(m -> m.to().contains("buyer@example.com")).text();
        assertTrue(text.startsWith("Dear Contact of " + customer) && text.contains("#token=" + token), text);

        UUID withoutAddress = customer(null, "en", false);
        given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\"}".formatted(withoutAddress))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201).body("mailed", is(false));
    }

    private UUID customer(String email, String language, boolean optedOut) {
        UUID id = UUID.randomUUID();
        customers.heard(new HeardCustomer(id, "C-" + id.toString().substring(0, 8), "Customer " + id, email,
                email == null ? null : "Contact of " + id, language, optedOut), OffsetDateTime.now());
        return id;
    }

    static String survey(String purpose, String title) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"title\": \"%s\", \"purpose\": \"%s\", \"questions\": [{\"key\": \"overall\", \"text\": \"Satisfied?\", \"type\": \"RATING_1_5\"}]}"
                        .formatted(title, purpose))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
    }

    private void delivered(String eventId, String requirement, UUID customer) {
        delivered(eventId, requirement, customer, requirement);
    }

    private void delivered(String eventId, String requirement, UUID customer, String key) {
        String topic = "accord.requirements";
        KafkaTestClient.send(bootstrap, topic, key, """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "accord.requirement.delivered", "subject": "%s",
                 "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "li.na",
                 "data": {"requirementId": "%s", "revision": 1, "customerId": "%s", "reference": "DN-1"}}
                """.formatted(eventId, EventOwners.ofTopic(topic).orElseThrow().source(), key, requirement, customer));
    }
}
