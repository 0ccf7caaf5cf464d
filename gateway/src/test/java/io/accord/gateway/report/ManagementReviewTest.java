package io.accord.gateway.report;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.FreePorts;
import io.accord.testsupport.PdfDocuments;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report composed at the edge from stand-in services that answer as the real section endpoints do: the
 * requirements-service is down (customer property unavailable), the review-service never answers for 1999 (the
 * reviews section times out). Each service's own figures are tested in that service.
 */
@QuarkusTest
@TestProfile(ManagementReviewTest.StubServices.class)
class ManagementReviewTest {

    static final int SERVICES_PORT = FreePorts.pick();
    static final int DOWN_PORT = FreePorts.pick();
    static final String QUALITY = TestTokens.bearer("liu.quality", "QUALITY");
    static final List<String> asked = new CopyOnWriteArrayList<>();
    static Vertx vertx;
    static HttpServer services;

    public static class StubServices extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("accord.gateway.services.feedback.url", "http://127.0.0.1:" + SERVICES_PORT);
            config.put("accord.gateway.services.complaints.url", "http://127.0.0.1:" + SERVICES_PORT);
            config.put("accord.gateway.services.reviews.url", "http://127.0.0.1:" + SERVICES_PORT);
            config.put("accord.gateway.services.requirements.url", "http://127.0.0.1:" + DOWN_PORT);
            config.put("accord.gateway.management-review.section-timeout", "1s");
            return config;
        }
    }

    @BeforeAll
    static void startServices() throws Exception {
        vertx = Vertx.vertx();
        services = vertx.createHttpServer().requestHandler(req -> {
            asked.add(req.uri());
            if (req.path().equals("/api/v1/reviews/kpis") && req.getParam("from").startsWith("1999")) {
                return; // never answers
            }
            JsonObject answer = switch (req.path()) {
                case "/api/v1/satisfaction/summary" -> new JsonObject().put("responses", 12).put("staffIssuedResponses", 2)
                        .put("csat", 83.3).put("nps", -10.0);
                case "/api/v1/satisfaction/trend" -> new JsonObject().put("interval", "month").put("points", new JsonArray()
                        .add(new JsonObject().put("period", "2026-01").put("responses", 12).put("csat", 83.3).put("nps", -10.0)));
                case "/api/v1/feedback/pareto" -> new JsonObject().put("total", 5).put("categories", new JsonArray()
                        .add(new JsonObject().put("category", "DELIVERY").put("count", 4).put("percent", 80.0).put("cumulativePercent", 80.0))
                        .add(new JsonObject().put("category", "QUALITY").put("count", 1).put("percent", 20.0).put("cumulativePercent", 100.0)));
                case "/api/v1/complaints/metrics" -> new JsonObject().put("total", 7).put("resolved", 5)
                        .put("byCategory", new JsonObject().put("QUALITY", 6).put("PRICE", 1))
                        .put("bySeverity", new JsonObject().put("MAJOR", 7)).put("meanHoursToResolve", 30.5)
                        .put("slaCompliancePercent", 85.7);
                case "/api/v1/complaints/pareto" -> new JsonObject().put("by", "productCode").put("total", 7).put("unrecorded", 0)
                        .put("values", new JsonArray().add(new JsonObject().put("value", "<script>alert(1)</script>")
                                .put("count", 4).put("percent", 57.1).put("cumulativePercent", 57.1))
                                .add(new JsonObject().put("value", "=HYPERLINK(\"x\")").put("count", 3).put("percent", 42.9)
                                        .put("cumulativePercent", 100.0)));
                case "/api/v1/complaints/trend" -> new JsonObject().put("interval", "month").put("points", new JsonArray());
                case "/api/v1/corrective-actions/summary" -> new JsonObject().put("opened", 4).put("open", 3).put("overdue", 1)
                        .put("verified", 3).put("effective", 2).put("effectivenessPercent", 66.7);
                case "/api/v1/reviews/kpis" -> new JsonObject().put("decided", 5).put("medianCycleHours", 30.0)
                        .put("p90CycleHours", 46.0).put("onTimePercent", 80.0);
                default -> null;
            };
            if (answer == null) {
                req.response().setStatusCode(404).end();
            } else {
                req.response().putHeader("Content-Type", "application/json").end(answer.encode());
            }
        }).listen(SERVICES_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopServices() throws Exception {
        services.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void composesTheSectionsAndNamesTheOneWhoseServiceIsDown() {
        given().header("Authorization", QUALITY).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/v1/management-review").then().statusCode(200).contentType(startsWith("application/json"))
                .body("from", equalTo("2026-01-01T00:00Z"), "to", equalTo("2027-01-01T00:00Z"),
                        "satisfaction.summary.csat", equalTo(83.3f), "satisfaction.trend.points[0].period", equalTo("2026-01"),
                        "feedback.pareto.categories[0].category", equalTo("DELIVERY"),
                        "complaints.metrics.slaCompliancePercent", equalTo(85.7f), "complaints.byProduct.values.size()", equalTo(2),
                        "correctiveActions.summary.effectivenessPercent", equalTo(66.7f), "reviews.kpis.p90CycleHours", equalTo(46.0f),
                        "customerProperty", nullValue(), "unavailable", contains("customerProperty"));
        assertTrue(asked.contains("/api/v1/reviews/kpis?from=2026-01-01T00%3A00Z&to=2027-01-01T00%3A00Z"), "the period is passed on: " + asked);
    }

    @Test
    void aSectionWhoseServiceDoesNotAnswerInTimeIsUnavailableAndTheReportStillAnswers() {
        long started = System.nanoTime();
        given().header("Authorization", QUALITY).queryParam("from", "1999-01-01").queryParam("to", "1999-12-31")
                .get("/api/v1/management-review").then().statusCode(200)
                .body("reviews", nullValue(), "unavailable", contains("reviews", "customerProperty"), "complaints.metrics.total", equalTo(7));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "the section timeout bounds the report");
    }

    @Test
    void theDefaultPeriodIsTheLastTwelveMonths() {
        JsonObject report = new JsonObject(given().header("Authorization", QUALITY).get("/api/v1/management-review")
                .then().statusCode(200).extract().asString());
        assertEquals(OffsetDateTime.parse(report.getString("to")).minusMonths(12),
                OffsetDateTime.parse(report.getString("from")));
    }

    @Test
    void aPrintablePageInTheReadersLanguageWithEveryValueEscaped() {
        given().header("Authorization", QUALITY).header("Accept", "text/html").header("Accept-Language", "zh-CN")
                .queryParam("from", "2026-01-01").get("/api/v1/management-review").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("管理评审"), containsString("顾客满意"), containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>")), containsString("不可用"));
        given().header("Authorization", QUALITY).header("Accept", "text/html").header("Accept-Language", "en")
                .get("/api/v1/management-review").then().statusCode(200).body(containsString("Customer satisfaction"));
    }

    @Test
    void aPdfOfThePageWithItsChineseTextInAnEmbeddedFont() {
        byte[] pdf = given().header("Authorization", QUALITY).header("Accept", "application/pdf").header("Accept-Language", "zh-CN")
                .queryParam("from", "2026-01-01").get("/api/v1/management-review").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfDocuments.text(pdf);
        assertTrue(text.contains("管理评审") && text.contains("纠正措施") && text.contains("66.7"), text);
        assertTrue(PdfDocuments.embeddedCompositeFonts(pdf).stream().anyMatch(f -> f.contains("WenQuanYi")));
    }

    @Test
    void oneSectionAsCsvForASpreadsheet() {
        byte[] csv = given().header("Authorization", QUALITY).header("Accept", "text/csv").queryParam("section", "complaints")
                .queryParam("from", "2026-01-01").get("/api/v1/management-review").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("management-review-complaints-2026-01-01"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        assertTrue(text.contains("\r\nSLA compliance (%),85.7\r\n"), text);
        assertTrue(text.contains("\r\nQUALITY,6\r\n"), text);
        assertTrue(text.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",3,42.9,100.0\r\n"), "a formula is not a formula: " + text);
        given().header("Authorization", QUALITY).queryParam("format", "csv").queryParam("section", "feedback")
                .get("/api/v1/management-review").then().statusCode(200).body(containsString("DELIVERY,4,80.0,80.0"));
    }

    @Test
    void csvNeedsAKnownSectionThatIsAvailable() {
        given().header("Authorization", QUALITY).queryParam("format", "csv").get("/api/v1/management-review")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("section"));
        given().header("Authorization", QUALITY).header("Accept", "text/csv").queryParam("section", "weather")
                .get("/api/v1/management-review").then().statusCode(400).body("violations[0].field", equalTo("section"));
        given().header("Authorization", QUALITY).queryParam("format", "csv").queryParam("section", "customerProperty")
                .get("/api/v1/management-review").then().statusCode(503);
    }

    @Test
    void aBadPeriodIsRefusedNamingItsFieldBeforeAnyServiceIsAsked() {
        int before = asked.size();
        given().header("Authorization", QUALITY).queryParam("from", "last year").get("/api/v1/management-review")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", QUALITY).queryParam("from", "2026-06-01").queryParam("to", "2026-01-01")
                .get("/api/v1/management-review").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().header("Authorization", QUALITY).queryParam("format", "xlsx").get("/api/v1/management-review")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        assertEquals(before, asked.size());
    }

    @Test
    void onlyThoseWhoHoldOrPrepareTheReviewReadIt() {
        for (String role : List.of("GENERAL_MANAGER", "SALES_MANAGER", "AUDITOR")) {
            given().header("Authorization", TestTokens.bearer("someone", role)).get("/api/v1/management-review").then().statusCode(200);
        }
        for (String role : List.of("SALES", "PRODUCTION", "CUSTOMER_SERVICE", "ADMIN", "ERP_CLIENT")) {
            given().header("Authorization", TestTokens.bearer("someone", role)).get("/api/v1/management-review").then().statusCode(403);
        }
        given().get("/api/v1/management-review").then().statusCode(401);
    }
}
