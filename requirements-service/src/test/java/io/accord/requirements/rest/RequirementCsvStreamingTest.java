package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.CsvDownloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export is read in keyset batches, never as one query for every row: with batches of 3, Hibernate's statistics
 * show each query of the export returning at most 3 rows, as many queries as batches, and the file holding every row.
 * More matches than the maximum are refused before anything is written.
 */
@QuarkusTest
@TestProfile(RequirementCsvStreamingTest.SmallBatches.class)
class RequirementCsvStreamingTest {

    static final int BATCH = 3;
    static final int MAX_ROWS = 14;

    public static class SmallBatches extends RequirementsTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.csv.batch-size", String.valueOf(BATCH), "accord.csv.max-rows", String.valueOf(MAX_ROWS),
                    "quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    SessionFactory sessions;

    @Test
    void rowsAreReadInBatchesAndWrittenAsTheyCome() {
        String customer = TestData.newCustomer();
        List<String> captured = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            captured.add(TestData.capture(customer));
        }
        Statistics statistics = sessions.getStatistics();
        statistics.clear();

        CsvDownloads.Csv csv = CsvDownloads.download(TestData.AUDITOR, RequirementCsvTest.PATH,
                "customerId=" + customer + "&sort=createdAt,asc", "en");

        assertEquals(captured, csv.ids());
        long queries = 0;
        long rows = 0;
        for (String hql : statistics.getQueries()) {
            if (hql.startsWith("from Requirement where") && hql.contains("customerId")) {
                QueryStatistics query = statistics.getQueryStatistics(hql);
                queries += query.getExecutionCount();
                rows += query.getExecutionRowCount();
                assertTrue(query.getExecutionRowCount() <= BATCH * query.getExecutionCount(), hql);
            }
        }
        // 13 rows: batches of 3, 3, 3, 3 and 1 (a short batch is the last)
        assertEquals(5, queries, statistics.getQueries().toString());
        assertEquals(13, rows);
    }

    @Test
    void moreMatchesThanTheMaximumAreRefusedBeforeAnythingIsWritten() {
        String customer = TestData.newCustomer();
        for (int i = 0; i < MAX_ROWS + 1; i++) {
            TestData.capture(customer);
        }
        given().header("Authorization", TestData.AUDITOR).header("Accept", "text/csv").get(RequirementCsvTest.PATH + "?customerId=" + customer)
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TestData.AUDITOR).header("Accept", "text/csv")
                .get(RequirementCsvTest.PATH + "?customerId=" + customer + "&status=CANCELLED").then().statusCode(200);
    }
}
