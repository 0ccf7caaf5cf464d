package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.TestCustomers;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.service.ComplaintService;
import io.accord.complaint.service.SlaWatch;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.TestTokens;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintLifecycleTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final String QUALITY = TestTokens.bearer("qa.lead", "QUALITY");
    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ComplaintService complaints;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void backToRealTime() {
        clock.reset();
        scheduler.resume(SlaWatch.IDENTITY);
    }

    static String receive(String severity, String category) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                        {"customerId": "%s", "channel": "PHONE", "category": "%s", "severity": "%s",
                         "description": "housings crack under pressure", "orderRef": "SO-7", "productCode": "PH-200", "batch": "B-12"}
                        """.formatted(TestCustomers.registered(), category, severity))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse post(String token, String path, String body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then();
    }

    @Test
    void aComplaintIsReceivedWithItsSlaClockAndPublished() {
        String id = given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                        {"customerId": "%s", "channel": "EMAIL", "category": "QUALITY", "severity": "MAJOR", "description": "leaks"}
                        """.formatted(TestCustomers.registered()))
                .post("/api/v1/complaints").then().statusCode(201).header("Location", startsWith("http"))
                .body("status", equalTo("RECEIVED"), "slaBreached", equalTo(false)).extract().path("id");
        var complaint = given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + id).then().statusCode(200).extract().jsonPath();
        OffsetDateTime received = OffsetDateTime.parse(complaint.getString("receivedAt"));
        assertEquals(received.plusHours(24).toInstant(), OffsetDateTime.parse(complaint.getString("ackDueAt")).toInstant());
        assertEquals(received.plusDays(7).toInstant(), OffsetDateTime.parse(complaint.getString("resolutionDueAt")).toInstant());
        KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.complaint.received\"") && r.value().contains("\"severity\":\"MAJOR\""),
                Duration.ofSeconds(30));
    }

    @Test
    void theCustomerRefusesTheFirstResolutionAcceptsTheSecondAndTheHistoryTellsItAll() {
        String id = receive("CRITICAL", "QUALITY");
        String c = "/api/v1/complaints/" + id;
        post(SERVICE, c + "/acknowledgement", null).statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"porous casting\", \"containment\": \"batch B-12 on hold\"}")
                .statusCode(200).body("status", equalTo("INVESTIGATING"), "rootCause", equalTo("porous casting"));
        post(QUALITY, c + "/resolution", "{\"summary\": \"housings replaced\", \"remedy\": \"REPLACE\"}")
                .statusCode(200).body("status", equalTo("RESOLVED"));
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": false, \"comment\": \"two still leak\"}")
                .statusCode(200).body("status", equalTo("REOPENED"), "reopenCount", equalTo(1), "customerComment", equalTo("two still leak"))
                .body("resolvedAt", nullValue());
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"porous casting, second mould\", \"containment\": \"mould 2 stopped\"}")
                .statusCode(200).body("status", equalTo("INVESTIGATING"));
        post(QUALITY, c + "/resolution", "{\"summary\": \"all housings from mould 1\", \"remedy\": \"REPLACE\"}").statusCode(200);
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(200)
                .body("status", equalTo("CLOSED"), "closedAt", not(equalTo(null)));

        given().header("Authorization", AUDITOR).get(c + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("received", "acknowledged", "investigation-recorded", "resolved", "reopened",
                        "investigation-recorded", "resolved", "closed")));
        given().header("Authorization", AUDITOR).get(c + "/history/verification").then().body("intact", equalTo(true));
        KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.complaint.closed\""), Duration.ofSeconds(30));
    }

    @Test
    void illegalMovesAndStaleWritesAreRefused() {
        String id = receive("MINOR", "SERVICE");
        String c = "/api/v1/complaints/" + id;
        post(QUALITY, c + "/resolution", "{\"summary\": \"x\", \"remedy\": \"CREDIT\"}")
                .statusCode(409).contentType("application/problem+json").body("currentState", equalTo("RECEIVED"));
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(409);
        given().header("Authorization", SERVICE).header("If-Match", "\"7\"").post(c + "/acknowledgement").then().statusCode(412);
        post(SERVICE, c + "/acknowledgement", null).statusCode(200);
        post(SERVICE, c + "/acknowledgement", null).statusCode(409).body("currentState", equalTo("ACKNOWLEDGED"));
        post(SERVICE, c + "/withdrawal", "{\"reason\": \"sorted it out with the installer\"}")
                .statusCode(200).body("status", equalTo("WITHDRAWN"), "customerComment", equalTo("sorted it out with the installer"));
        post(SERVICE, c + "/withdrawal", "{\"reason\": \"again\"}").statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"x\", \"containment\": \"y\"}").statusCode(409);
    }

    @Test
    void correctiveActionsAreImplementedAndVerifiedOrSentBack() {
        String id = receive("MAJOR", "QUALITY");
        String c = "/api/v1/complaints/" + id;
        String action = "{\"description\": \"add a leak test to final inspection\", \"owner\": \"qa.lead\", \"dueDate\": \"%s\"}"
                .formatted(LocalDate.now(clock).plusDays(14));
        post(QUALITY, c + "/corrective-actions", action).statusCode(409).body("currentState", equalTo("RECEIVED"));
        post(SERVICE, c + "/acknowledgement", null).statusCode(200);
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"no leak test\", \"containment\": \"manual test of stock\"}").statusCode(200);
        String actionId = post(QUALITY, c + "/corrective-actions", action).statusCode(201)
                .header("Location", containsString("/api/v1/corrective-actions/"))
                .body("status", equalTo("OPEN")).extract().path("id");
        String a = "/api/v1/corrective-actions/" + actionId;
        post(QUALITY, a + "/verification", "{\"effective\": true, \"note\": \"too early\"}").statusCode(409).body("currentState", equalTo("OPEN"));
        post(TestTokens.bearer("prod.lead", "PRODUCTION"), a + "/implementation", "{\"note\": \"leak test station installed\"}")
                .statusCode(200).body("status", equalTo("IMPLEMENTED"));
        post(TestTokens.bearer("prod.lead", "PRODUCTION"), a + "/verification", "{\"effective\": true, \"note\": \"x\"}").statusCode(403);
        post(QUALITY, a + "/verification", "{\"effective\": false, \"note\": \"3 leaks passed the station\"}")
                .statusCode(200).body("status", equalTo("INEFFECTIVE"), "ineffectiveCount", equalTo(1));
        post(QUALITY, a + "/verification", "{\"effective\": true, \"note\": \"not again before it is redone\"}")
                .statusCode(409).body("currentState", equalTo("INEFFECTIVE"));
        post(QUALITY, a + "/implementation", "{\"note\": \"station recalibrated\"}").statusCode(200);
        post(QUALITY, a + "/verification", "{\"effective\": true, \"note\": \"no leak in 3 months\"}")
                .statusCode(200).body("status", equalTo("VERIFIED"));
        given().header("Authorization", AUDITOR).get(c).then().statusCode(200)
                .body("correctiveActions[0].id", equalTo(actionId), "correctiveActions[0].status", equalTo("VERIFIED"));
        given().header("Authorization", AUDITOR).get(a + "/history").then()
                .body("action", equalTo(List.of("opened", "implemented", "verified-ineffective", "implemented", "verified-effective")));
        KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> actionId.equals(r.key())
                && r.value().contains("\"type\":\"accord.corrective-action.ineffective\""), Duration.ofSeconds(30));
    }

    private long slaEvents(String id, String deadline) {
        var events = KafkaTestClient.readUntil(bootstrap, ComplaintEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.complaint.sla-breached\"") && r.value().contains(deadline), Duration.ofSeconds(30));
        return events.stream().filter(r -> id.equals(r.key()) && r.value().contains("sla-breached") && r.value().contains(deadline)).count();
    }

    @Test
    void aMissedDeadlineIsReportedOnceShowsInTheListsAndLeavesTheEtagAlone() {
        String id = receive("MINOR", "DELIVERY");
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + id).then().body("slaBreached", equalTo(false));
        clock.advance(Duration.ofHours(25)); // a day to acknowledge
        // the scheduled watch sees the moved clock on its next run
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .get("/api/v1/complaints/" + id + "/history").then().body("action", hasItem("sla-breached")));
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + id).then()
                .body("slaBreached", equalTo(true)).header("ETag", equalTo("\"0\""));
        given().header("Authorization", AUDITOR).queryParam("slaBreached", true).queryParam("size", 200).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", AUDITOR).queryParam("slaBreached", false).queryParam("size", 200).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // someone acts on what they loaded before the watch ran: the report did not make their ETag stale
        given().header("Authorization", SERVICE).header("If-Match", "\"0\"").post("/api/v1/complaints/" + id + "/acknowledgement")
                .then().statusCode(200);
        // the watch runs again: the deadline it reported is not reported twice
        complaints.reportSlaBreaches();
        assertEquals(1, slaEvents(id, "ACKNOWLEDGEMENT"));
    }

    @Test
    void aLateAcknowledgementIsReportedEvenWhenItCameBeforeTheWatch() {
        scheduler.pause(SlaWatch.IDENTITY);
        String id = receive("MAJOR", "SERVICE");
        clock.advance(Duration.ofHours(25));
        post(SERVICE, "/api/v1/complaints/" + id + "/acknowledgement", null).statusCode(200).body("slaBreached", equalTo(true));
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + id + "/history").then()
                .body("action", not(hasItem("sla-breached")));
        complaints.reportSlaBreaches();
        assertEquals(1, slaEvents(id, "ACKNOWLEDGEMENT"));
    }

    @Test
    void eachMissedDeadlineIsCountedOnceInTheMetricsByDeadline() {
        scheduler.pause(SlaWatch.IDENTITY);
        String id = receive("CRITICAL", "QUALITY");
        double acknowledgements = breaches("acknowledgement");
        double resolutions = breaches("resolution");

        clock.advance(Duration.ofDays(4)); // past a day to acknowledge and three days to resolve a CRITICAL one
        int reported = complaints.reportSlaBreaches();

        // this complaint's two deadlines, and those of other tests' complaints still open
        assertEquals(2, slaEvents(id, "ACKNOWLEDGEMENT") + slaEvents(id, "RESOLUTION"));
        assertEquals(acknowledgements + resolutions + reported, breaches("acknowledgement") + breaches("resolution"));
        assertTrue(breaches("acknowledgement") > acknowledgements && breaches("resolution") > resolutions);
        assertEquals(0, complaints.reportSlaBreaches(), "a deadline is missed once");
        assertEquals(acknowledgements + resolutions + reported, breaches("acknowledgement") + breaches("resolution"));
    }

    private static double breaches(String deadline) {
        return ManagementInterface.metric("accord_sla_breaches_total", "deadline=\"" + deadline + "\"");
    }

    @Test
    void aDeadlineIsMissedOnlyOnceItHasPassedAndAWithdrawalStopsTheClock() {
        scheduler.pause(SlaWatch.IDENTITY);
        String withdrawn = receive("CRITICAL", "QUALITY");
        String open = receive("CRITICAL", "QUALITY");
        clock.advance(Duration.ofHours(23));
        post(SERVICE, "/api/v1/complaints/" + withdrawn + "/withdrawal", "{\"reason\": \"settled by phone\"}").statusCode(200);
        complaints.reportSlaBreaches();
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + open).then().body("slaBreached", equalTo(false));
        clock.advance(Duration.ofHours(2));
        complaints.reportSlaBreaches();
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + open).then().body("slaBreached", equalTo(true));
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + withdrawn).then().body("slaBreached", equalTo(false));
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + withdrawn + "/history").then()
                .body("action", not(hasItem("sla-breached")));
        given().header("Authorization", AUDITOR).get("/api/v1/complaints/" + open + "/history").then()
                .body("findAll { it.action == 'sla-breached' }.size()", equalTo(1));
    }

    @Test
    void aDueDateIsJudgedByTheServicesClock() {
        String dueDate = LocalDate.now(clock).plusDays(14).toString();
        clock.advance(Duration.ofDays(30));
        post(QUALITY, "/api/v1/complaints/" + UUID.randomUUID() + "/corrective-actions",
                "{\"description\": \"d\", \"owner\": \"o\", \"dueDate\": \"%s\"}".formatted(dueDate))
                .statusCode(400).body("violations.field", hasItem("dueDate"));
    }

    @Test
    void metricsCountByCategoryAndSeverityWithResolutionTimeAndSlaCompliance() {
        OffsetDateTime from = OffsetDateTime.now(clock).minusSeconds(1);
        receive("MINOR", "PRICE");
        receive("MAJOR", "PRICE");
        String resolved = receive("CRITICAL", "DELIVERY");
        String c = "/api/v1/complaints/" + resolved;
        post(SERVICE, c + "/acknowledgement", null).statusCode(200);
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"carrier\", \"containment\": \"other carrier\"}").statusCode(200);
        post(QUALITY, c + "/resolution", "{\"summary\": \"credited the freight\", \"remedy\": \"CREDIT\"}").statusCode(200);
        OffsetDateTime to = OffsetDateTime.now(clock).plusSeconds(1);

        given().header("Authorization", AUDITOR).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/complaints/metrics").then().statusCode(200)
                .body("total", equalTo(3), "byCategory.PRICE", equalTo(2), "byCategory.DELIVERY", equalTo(1),
                        "bySeverity.CRITICAL", equalTo(1), "bySeverity.MINOR", equalTo(1), "resolved", equalTo(1),
                        "meanHoursToResolve", equalTo(0.0f), "slaCompliancePercent", equalTo(100.0f));
        given().header("Authorization", AUDITOR).queryParam("from", to.toString()).queryParam("to", from.toString())
                .get("/api/v1/complaints/metrics").then().statusCode(400).body("violations.field", hasItem("to"));
    }

    @Test
    void escalatedFeedbackOpensOneComplaintHoweverOftenItArrives() {
        UUID feedback = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        for (String eventId : List.of("evt-" + feedback, "evt-" + feedback, "evt-other-" + feedback)) {
            KafkaTestClient.send(bootstrap, "accord.feedback", feedback.toString(), """
                    {"specversion": "1.0", "id": "%s", "source": "/accord/feedback-service", "type": "accord.feedback.escalated",
                     "subject": "%s", "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "xu.cs",
                     "data": {"feedbackId": "%s", "customerId": "%s", "channel": "PHONE", "category": "QUALITY", "rating": 1,
                              "text": "pumps arrived broken", "orderRef": "SO-9"}}
                    """.formatted(eventId, feedback, feedback, customer));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .queryParam("customerId", customer.toString()).get("/api/v1/complaints").then()
                .body("total", equalTo(1), "items[0].channel", equalTo("FEEDBACK"), "items[0].severity", equalTo("MAJOR"),
                        "items[0].sourceFeedbackId", equalTo(feedback.toString()), "items[0].description", equalTo("pumps arrived broken")));
    }

    @Test
    void badInputNamesTheFieldAndRolesDecide() {
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("{\"channel\": \"PHONE\", \"category\": \"QUALITY\"}")
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", hasItems("customerId", "severity", "description"));
        String id = receive("MINOR", "OTHER");
        post(SERVICE, "/api/v1/complaints/" + id + "/acknowledgement", null).statusCode(200);
        post(QUALITY, "/api/v1/complaints/" + id + "/investigation", "{\"rootCause\": \"r\", \"containment\": \"c\"}").statusCode(200);
        post(QUALITY, "/api/v1/complaints/" + id + "/resolution", "{\"summary\": \"s\", \"remedy\": \"MAGIC\"}").statusCode(400);
        post(QUALITY, "/api/v1/complaints/" + id + "/corrective-actions",
                "{\"description\": \"d\", \"owner\": \"o\", \"dueDate\": \"2001-01-01\"}").statusCode(400).body("violations.field", hasItem("dueDate"));
        given().get("/api/v1/complaints").then().statusCode(401);
        given().header("Authorization", TestTokens.machineBearer("erp", "orders:read", "orders:write"))
                .get("/api/v1/complaints").then().statusCode(403);
        post(AUDITOR, "/api/v1/complaints/" + id + "/withdrawal", "{\"reason\": \"x\"}").statusCode(403);
    }

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String id = receive("MINOR", "QUALITY");
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "CUSTOMER_SERVICE", "QUALITY", "AUDITOR"),
                List.of(new String[]{"POST", "/api/v1/complaints"}, new String[]{"POST", "/api/v1/complaints/" + id + "/investigation"},
                        new String[]{"POST", "/api/v1/complaints/" + id + "/resolution"},
                        new String[]{"POST", "/api/v1/complaints/" + id + "/customer-confirmation"},
                        new String[]{"POST", "/api/v1/complaints/" + id + "/corrective-actions"},
                        new String[]{"POST", "/api/v1/complaints/not-a-uuid/acknowledgement"},
                        new String[]{"POST", "/api/v1/corrective-actions/" + UUID.randomUUID() + "/implementation"},
                        new String[]{"POST", "/api/v1/corrective-actions/x/verification"},
                        new String[]{"POST", "/api/v1/complaints/" + id + "/withdrawal"}),
                List.of("/api/v1/complaints/not-a-uuid", "/api/v1/complaints?status=NOPE", "/api/v1/complaints?slaBreached=maybe",
                        "/api/v1/complaints/metrics?from=yesterday", "/api/v1/complaints/pareto?by=x&from=yesterday",
                        "/api/v1/complaints/trend?interval=x", "/api/v1/corrective-actions?status=NOPE&sort=dueDate,up",
                        "/api/v1/corrective-actions/1", "/api/v1/complaints?severity=HUGE",
                        "/api/v1/complaints/" + id + "/history/x"));
    }
}
