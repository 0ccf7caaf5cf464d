package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.CsvDownloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/requirements} as text/csv: the JSON list's rows, in its order, for a person's spreadsheet. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class RequirementCsvTest {

    static final String PATH = "/api/v1/requirements";

    static String capture(String customer, String title) {
        return given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(TestData.requirementBody(customer, "CONTRACT_DRAFT").replace("Pump housings 2027", title.replace("\"", "\\\"")))
                .post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void csvHoldsTheFilteredListsRowsInItsOrderWithChineseIntactAndFormulasDefused() {
        String customer = TestData.newCustomer();
        String chinese = capture(customer, "泵壳体 2027，\"加急\"");
        String formula = capture(customer, "=HYPERLINK(\"http://evil\")");
        String cancelled = capture(customer, "Valves");
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reason\": \"customer withdrew\"}")
                .post(PATH + "/" + cancelled + "/cancellation").then().statusCode(200);

        for (String query : List.of("customerId=" + customer, "customerId=" + customer + "&status=CAPTURED",
                "customerId=" + customer + "&sort=status,asc&sort=createdAt,asc&page=3&size=1")) {
            CsvDownloads.Csv csv = CsvDownloads.download(TestData.AUDITOR, PATH, query, "en");
            assertEquals(CsvDownloads.listedIds(TestData.AUDITOR, PATH, query.replaceAll("&page=3&size=1", "")), csv.ids(), query);
        }
        CsvDownloads.Csv all = CsvDownloads.download(TestData.AUDITOR, PATH, "customerId=" + customer, "en");
        assertEquals(List.of(cancelled, formula, chinese), all.ids());
        assertEquals(List.of("Valves", "'=HYPERLINK(\"http://evil\")", "泵壳体 2027，\"加急\""), all.column("Title"));
        assertEquals(List.of("cancelled", "captured", "captured"), all.column("Status"));
        assertEquals(List.of("1250.00", "1250.00", "1250.00"), all.column("Total value"));
        assertEquals(List.of("CNY", "CNY", "CNY"), all.column("Currency"));
        all.column("Created at (UTC)").forEach(t -> assertEquals(true, t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"), t));
    }

    @Test
    void headersAndLabelsFollowAcceptLanguage() {
        String customer = TestData.newCustomer();
        capture(customer, "Pumps");
        CsvDownloads.Csv english = CsvDownloads.download(TestData.AUDITOR, PATH, "customerId=" + customer, "en");
        CsvDownloads.Csv chinese = CsvDownloads.download(TestData.AUDITOR, PATH, "customerId=" + customer, "zh-CN");
        assertEquals(List.of("ID", "Customer ID", "Title"), english.header().subList(0, 3));
        assertEquals(List.of("编号", "顾客编号", "标题"), chinese.header().subList(0, 3));
        assertEquals(english.header().size(), chinese.header().size());
        assertEquals(List.of("已登记"), chinese.column("状态"));
        assertEquals(List.of("运输"), chinese.column("服务"));
    }

    @Test
    void formatCsvAsksAsAcceptDoesAndJsonStaysTheDefault() {
        String customer = TestData.newCustomer();
        String id = capture(customer, "Pumps");
        byte[] viaFormat = given().header("Authorization", TestData.AUDITOR).get(PATH + "?format=csv&customerId=" + customer)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("Vary", containsString("Accept-Language"))
                .extract().asByteArray();
        assertEquals(List.of(id), CsvDownloads.parse(new String(viaFormat, StandardCharsets.UTF_8)).ids());
        for (String accept : List.of("application/json, text/csv", "text/csv;q=0.5, application/json", "*/*", "text/csv;q=0.5, */*")) {
            given().header("Authorization", TestData.AUDITOR).header("Accept", accept).get(PATH + "?customerId=" + customer)
                    .then().statusCode(200).contentType(startsWith("application/json")).body("items.id", equalTo(List.of(id)))
                    .header("Content-Disposition", nullValue());
        }
        given().header("Authorization", TestData.AUDITOR).get(PATH + "?customerId=" + customer)
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().header("Authorization", TestData.AUDITOR).header("Accept", "text/csv, application/json;q=0.9")
                .get(PATH + "?customerId=" + customer).then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void theOpenApiDocumentNamesTheCsvAnswerAndItsFormatParameter() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/requirements'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/requirements'.get.parameters.name", hasItem("format"))
                .body("paths.'/api/v1/customer-property'.get.responses.'200'.content", hasKey("text/csv"));
    }

    @Test
    void aBadFilterOrSortIsAProblemNotACsv() {
        given().header("Authorization", TestData.AUDITOR).header("Accept", "text/csv").get(PATH + "?customerId=not-a-uuid")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TestData.AUDITOR).header("Accept", "text/csv").get(PATH + "?sort=title,asc")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("sort"));
        given().header("Accept", "text/csv").get(PATH).then().statusCode(401);
    }

    @Test
    void theCustomerPropertyRegisterAnswersCsvToo() {
        String customer = TestData.newCustomer();
        for (String item : List.of("模具 D-7，共两件", "-5 drawings")) {
            given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                    {"customerId": "%s", "kind": "TOOLING", "description": "%s", "quantity": 2.5, "unit": "set"}
                    """.formatted(customer, item)).post("/api/v1/customer-property").then().statusCode(201);
        }
        String path = "/api/v1/customer-property";
        CsvDownloads.Csv csv = CsvDownloads.download(TestData.AUDITOR, path, "customerId=" + customer + "&sort=receivedAt,asc", "zh-CN");
        assertEquals(CsvDownloads.listedIds(TestData.AUDITOR, path, "customerId=" + customer + "&sort=receivedAt,asc"), csv.ids());
        assertEquals(List.of("模具 D-7，共两件", "'-5 drawings"), csv.column("名称/描述"));
        assertEquals(List.of("工装", "工装"), csv.column("类别"));
        assertEquals(List.of("2.5000", "2.5000"), csv.column("数量")); // the decimal as stored (numeric scale 4)
    }
}
