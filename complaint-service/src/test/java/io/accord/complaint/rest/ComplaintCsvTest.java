package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.TestCustomers;
import io.accord.testsupport.CsvDownloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.accord.complaint.rest.ComplaintLifecycleTest.AUDITOR;
import static io.accord.complaint.rest.ComplaintLifecycleTest.QUALITY;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /api/v1/complaints} and {@code GET /api/v1/corrective-actions} as text/csv: the JSON lists' rows in their
 * order (a complaint with its open actions counted, as the list counts them), in the reader's language.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintCsvTest {

    static final String COMPLAINTS = "/api/v1/complaints";
    static final String ACTIONS = "/api/v1/corrective-actions";

    static String complaint(UUID customer, String severity, String description) {
        return post(SERVICE, COMPLAINTS, """
                {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "%s", "description": "%s"}
                """.formatted(customer, severity, description)).statusCode(201).extract().path("id");
    }

    @Test
    void csvHoldsTheFilteredComplaintsAndActionsInTheListsOrderInEitherLanguage() {
        UUID customer = TestCustomers.registered();
        String leaking = complaint(customer, "MAJOR", "密封件漏水，\\\"严重\\\"");
        complaint(customer, "MINOR", "@SUM(1+1) label smudged");
        complaint(customer, "MAJOR", "late");
        post(SERVICE, COMPLAINTS + "/" + leaking + "/acknowledgement", null).statusCode(200);
        post(QUALITY, COMPLAINTS + "/" + leaking + "/investigation", "{\"rootCause\": \"密封等级错误\", \"containment\": \"stock checked\"}")
                .statusCode(200);
        String owner = "owner-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            post(QUALITY, COMPLAINTS + "/" + leaking + "/corrective-actions", "{\"description\": \"更换供应商 %d\", \"owner\": \"%s\", \"dueDate\": \"%s\"}"
                    .formatted(i, owner, LocalDate.now().plusDays(5 + i))).statusCode(201);
        }

        for (String query : List.of("customerId=" + customer, "customerId=" + customer + "&severity=MAJOR",
                "customerId=" + customer + "&sort=severity,asc&sort=receivedAt,asc")) {
            assertEquals(CsvDownloads.listedIds(AUDITOR, COMPLAINTS, query), CsvDownloads.download(AUDITOR, COMPLAINTS, query, "en").ids(), query);
        }
        CsvDownloads.Csv chinese = CsvDownloads.download(AUDITOR, COMPLAINTS, "customerId=" + customer + "&sort=receivedAt,asc", "zh-CN");
        assertEquals(List.of("密封件漏水，\"严重\"", "'@SUM(1+1) label smudged", "late"), chinese.column("投诉内容"));
        assertEquals(List.of("密封等级错误", "", ""), chinese.column("根本原因"));
        assertEquals(List.of("2", "0", "0"), chinese.column("未完成的纠正措施"));

        CsvDownloads.Csv actions = CsvDownloads.download(AUDITOR, ACTIONS, "owner=" + owner, "zh-CN");
        assertEquals(CsvDownloads.listedIds(AUDITOR, ACTIONS, "owner=" + owner), actions.ids());
        assertEquals(List.of("更换供应商 0", "更换供应商 1"), actions.column("纠正措施"));
        assertEquals(List.of(leaking, leaking), actions.column("投诉编号"));
        assertEquals(List.of(LocalDate.now().plusDays(5).toString(), LocalDate.now().plusDays(6).toString()), actions.column("完成期限"));
        assertEquals("Due date", CsvDownloads.download(AUDITOR, ACTIONS, "owner=" + owner, "en").header()
                .get(actions.header().indexOf("完成期限")));
        given().header("Authorization", AUDITOR).header("Accept", "text/csv").get(ACTIONS + "?sort=description,asc")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
