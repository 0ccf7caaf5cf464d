package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management review in the console: the quality manager sees every section with its charts, the charts' tables
 * hold the figures the API gives for the same period, the titles follow the language, and the PDF answers; a sales
 * engineer is told the report is not for their role. The mail log lists what was mailed.
 */
class ConsoleReportIT {

    private static final List<String> SECTIONS = List.of("satisfaction", "feedback", "complaints", "correctiveActions",
            "reviews", "customerProperty");

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void theQualityManagerReadsTheReportWithChartsWhoseTablesHoldTheApiFigures() throws Exception {
        String sales = AccordSuite.token("li.na", "SALES");
        String service = AccordSuite.token("xu.cs", "CUSTOMER_SERVICE");
        String quality = AccordSuite.token("zhou.qing", "QUALITY");
        String customer = customerWithMail(sales, "mr-" + UUID.randomUUID().toString().substring(0, 8) + "@pumps.example");
        propertyDamaged(sales, customer);
        // a rating of 4 is not escalated: no complaint arrives later (by Kafka) to change the figures under the test
        AccordSuite.as(service).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"channel\": \"EMAIL\", \"category\": \"DELIVERY\", \"rating\": 4, \"text\": \"on time\"}"
                        .formatted(customer))
                .post("/api/v1/feedback").then().statusCode(201);
        AccordSuite.as(service).contentType(ContentType.JSON)
                .body(("{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"QUALITY\", \"severity\": \"MAJOR\","
                        + " \"description\": \"scratched housings\", \"productCode\": \"P-7\"}").formatted(customer))
                .post("/api/v1/complaints").then().statusCode(201);

        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(30);
        String query = "from=" + from + "&to=" + to;
        JsonPath api = AccordSuite.as(quality).header("Accept-Language", "en").get("/api/v1/management-review?" + query).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), api.getList("unavailable"));

        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("zhou.qing", "QUALITY");
            browser.go("/report?" + query);
            browser.waitFor(By.cssSelector("[data-chart='complaints-by-category'][data-state='drawn'] canvas"));
            for (String section : SECTIONS) {
                WebElement s = browser.waitFor(By.cssSelector("[data-section='" + section + "']"));
                assertEquals("true", s.getAttribute("data-available"), section);
            }
            // a chart is drawn where the API has figures (a period without survey responses has no satisfaction trend)
            Map<String, Integer> figuresPerChart = Map.of(
                    "satisfaction-trend", api.getList("satisfaction.trend.points").size(),
                    "feedback-pareto", api.getList("feedback.pareto.categories").size(),
                    "complaints-by-category", api.getMap("complaints.metrics.byCategory").size(),
                    "complaints-by-severity", api.getMap("complaints.metrics.bySeverity").size(),
                    "complaints-trend", api.getList("complaints.trend.points").size(),
                    "corrective-actions", 5,
                    "property-incidents", api.getList("customerProperty.incidents.rows").size());
            figuresPerChart.forEach((chart, figures) -> browser.waitFor(By.cssSelector(figures > 0
                    ? "[data-chart='" + chart + "'][data-state='drawn'] canvas" : "[data-chart='" + chart + "'][data-state='empty']")));
            assertTrue(figuresPerChart.get("property-incidents") > 0);

            assertEquals(api.getDouble("complaints.metrics.total"), raw(browser, "total"));
            assertEquals(api.getDouble("complaints.metrics.slaCompliancePercent"), raw(browser, "slaCompliancePercent"));
            assertEquals(api.getDouble("correctiveActions.summary.open"), raw(browser, "open"));
            assertEquals(api.getDouble("reviews.kpis.decided"), raw(browser, "decided"));
            assertEquals(api.getDouble("customerProperty.incidents.incidents"), raw(browser, "incidents"));

            Map<String, String> pareto = new HashMap<>();
            for (Map<String, Object> row : api.<Map<String, Object>>getList("feedback.pareto.categories")) {
                pareto.put(String.valueOf(row.get("categoryLabel")), String.valueOf(row.get("count")));
            }
            assertFalse(pareto.isEmpty());
            assertEquals(pareto, tableColumn(browser, "feedback-pareto"));
            Map<String, String> byCategory = tableColumn(browser, "complaints-by-category");
            assertEquals(String.valueOf(api.getInt("complaints.metrics.byCategory.QUALITY")), byCategory.get("Quality"));
            assertEquals(api.getMap("complaints.metrics.byCategory").values().stream().mapToInt(v -> ((Number) v).intValue()).sum(),
                    byCategory.values().stream().mapToInt(v -> Integer.parseInt(v.replace(",", ""))).sum());
            browser.screenshot("management-review");

            // the PDF the console downloads: the same request from inside the page, with the session's token
            browser.click(By.id("report-pdf"));
            browser.waitFor(By.cssSelector("#report-pdf:not([disabled])"));
            assertTrue(browser.driver().findElements(By.cssSelector(".report-downloads [role='alert']")).isEmpty());
            Object pdf = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = JSON.parse(sessionStorage.getItem('accord.session')).token;
                    fetch('/api/v1/management-review?' + arguments[0], { headers: { Authorization: 'Bearer ' + token, Accept: 'application/pdf' } })
                      .then(r => r.blob().then(b => done(r.status + ' ' + b.type + ' ' + b.size)), e => done(String(e)));
                    """, query);
            String[] answer = String.valueOf(pdf).split(" ");
            assertEquals("200", answer[0], String.valueOf(pdf));
            assertEquals("application/pdf", answer[1]);
            assertTrue(Long.parseLong(answer[2]) > 0);

            browser.select(By.id("language"), "zh-CN");
            browser.waitForText(By.id("section-complaints"), "顾客投诉");
            browser.waitForText(By.id("section-satisfaction"), "顾客满意度");
        }
    }

    @Test
    void aSalesEngineerIsToldTheReportIsNotForTheirRole() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("li.na", "SALES");
            browser.go("/report");
            browser.waitFor(By.cssSelector(".problem[data-status='403']"));
            assertTrue(browser.driver().findElements(By.cssSelector("[data-section]")).isEmpty());
        }
    }

    @Test
    void theMailLogShowsWhatWasMailed() {
        String sales = AccordSuite.token("li.na", "SALES");
        String quality = AccordSuite.token("zhou.qing", "QUALITY");
        String address = "ml-" + UUID.randomUUID().toString().substring(0, 8) + "@moulds.example";
        propertyDamaged(sales, customerWithMail(sales, address));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> AccordSuite.as(quality).queryParam("recipient", address)
                .get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(1)));
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("zhou.qing", "QUALITY");
            browser.go("/notifications");
            browser.waitFor(By.cssSelector("#mails tr[data-mail-id]"));
            browser.screenshot("notifications");
            browser.type(By.id("mail-recipient"), address);
            browser.click(By.id("mail-filter"));
            browser.waitFor(By.cssSelector("#mails-total[data-query*='recipient=']"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#mails tr[data-mail-id]"));
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains(address));
            assertTrue(List.of("QUEUED", "SENT").contains(rows.get(0).getAttribute("data-status")), rows.get(0).getAttribute("data-status"));
        }
    }

    /** A customer whose buyer has a mail address: a property incident is mailed to it at once. */
    private static String customerWithMail(String sales, String address) {
        return AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"code": "MR-%s", "name": "Reviewed Moulds", "language": "en", "contacts": [{"name": "Wang Wei", "email": "%s"}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 8), address))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    /** The customer's mould, damaged here: an incident in the report and a mail to the customer. */
    private static void propertyDamaged(String sales, String customer) {
        String id = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "TOOLING", "description": "mould M-3", "quantity": 1}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        String etag = AccordSuite.as(sales).get("/api/v1/customer-property/" + id).then().statusCode(200).extract().header("ETag");
        AccordSuite.as(sales).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"type\": \"DAMAGED\", \"description\": \"cavity scratched\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(200);
    }

    private static double raw(ConsoleBrowser browser, String figure) {
        return Double.parseDouble(browser.waitFor(By.cssSelector("[data-figure='" + figure + "']")).getAttribute("data-raw"));
    }

    /** The first figure column of a chart's table by its row header (the table is visually hidden: read its text). */
    private static Map<String, String> tableColumn(ConsoleBrowser browser, String chart) {
        Map<String, String> values = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[data-table='" + chart + "'] tbody tr"))) {
            values.put(row.findElement(By.cssSelector("th")).getAttribute("textContent"),
                    row.findElement(By.cssSelector("td")).getAttribute("textContent").replace(",", ""));
        }
        return values;
    }
}
