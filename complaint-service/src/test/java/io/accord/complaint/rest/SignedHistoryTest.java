package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.PastTheTriggers;
import io.accord.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.accord.complaint.rest.ComplaintLifecycleTest.AUDITOR;
import static io.accord.complaint.rest.ComplaintLifecycleTest.QUALITY;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static io.accord.complaint.rest.ComplaintLifecycleTest.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signatures with meaning (21 CFR Part 11): a complaint's closure and a corrective action's check are signed by who
 * records them, with a recent sign-in, and the signature is in the hash chain; the history itself cannot be emptied,
 * and an entry edited behind the application's back is named by the verification.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class SignedHistoryTest {

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aClosureIsSignedClosedByWhoRecordedItAndTheSignatureIsInTheHashChain() {
        String c = resolved();

        JsonPath closed = post(SERVICE, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(200)
                .body("status", equalTo("CLOSED"), "closingSignature.signedBy", equalTo("xu.cs"),
                        "closingSignature.meaning", equalTo("CLOSED"), "closingSignature.authenticatedAt", notNullValue())
                .extract().jsonPath();

        JsonPath history = given().header("Authorization", AUDITOR).get(c + "/history").then().statusCode(200).extract().jsonPath();
        List<String> actions = history.getList("action");
        int last = actions.size() - 1;
        assertEquals("closed", actions.get(last));
        assertEquals("xu.cs", history.getString("[" + last + "].signature.signedBy"));
        assertEquals("CLOSED", history.getString("[" + last + "].signature.meaning"));
        assertEquals(closed.getString("closingSignature.signedAt"), history.getString("[" + last + "].signature.signedAt"));
        assertNull(history.get("[0].signature"), "an unsigned change carries no signature");
        given().header("Authorization", AUDITOR).get(c + "/history/verification").then()
                .body("intact", equalTo(true), "firstBroken", nullValue());
    }

    @Test
    void aSignInOlderThanTheWindowOrOfUnknownAgeMustBeRepeatedBeforeSigning() {
        String c = resolved();
        String stale = TestTokens.bearerAuthenticatedAt(clock.instant().minus(Duration.ofMinutes(11)), "xu.cs", "CUSTOMER_SERVICE");

        post(stale, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(401)
                .contentType("application/problem+json").body("reauthenticate", equalTo(true), "detail", containsString("11 minutes ago"))
                .header("WWW-Authenticate", containsString("insufficient_user_authentication"));
        post(TestTokens.bearerWithoutAuthTime("xu.cs", "CUSTOMER_SERVICE"), c + "/customer-confirmation", "{\"accepted\": true}")
                .statusCode(401).body("reauthenticate", equalTo(true), "detail", containsString("auth_time"));
        // the service's clock decides: a sign-in of a moment ago is old once time has moved on
        clock.advance(Duration.ofMinutes(11));
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(401).body("reauthenticate", equalTo(true));
        given().header("Authorization", AUDITOR).get(c).then().body("status", equalTo("RESOLVED"), "closingSignature", nullValue());

        // recording the customer's refusal signs nothing, so an old sign-in does
        post(stale, c + "/customer-confirmation", "{\"accepted\": false, \"comment\": \"still leaks\"}").statusCode(200)
                .body("status", equalTo("REOPENED"));
    }

    @Test
    void aCorrectiveActionsCheckIsSignedVerifiedOrFoundIneffective() {
        String c = investigating();
        String a = "/api/v1/corrective-actions/" + post(QUALITY, c + "/corrective-actions",
                "{\"description\": \"leak test at final inspection\", \"owner\": \"qa.lead\", \"dueDate\": \"2099-01-01\"}")
                .statusCode(201).extract().path("id");
        post(QUALITY, a + "/implementation", "{\"note\": \"station installed\"}").statusCode(200);
        post(TestTokens.bearerAuthenticatedAt(clock.instant().minus(Duration.ofHours(2)), "qa.lead", "QUALITY"),
                a + "/verification", "{\"effective\": false, \"note\": \"x\"}").statusCode(401).body("reauthenticate", equalTo(true));

        post(QUALITY, a + "/verification", "{\"effective\": false, \"note\": \"3 leaks passed\"}").statusCode(200)
                .body("status", equalTo("INEFFECTIVE"), "verificationSignature.meaning", equalTo("FOUND_INEFFECTIVE"),
                        "verificationSignature.signedBy", equalTo("qa.lead"));
        post(QUALITY, a + "/implementation", "{\"note\": \"recalibrated\"}").statusCode(200);
        post(QUALITY, a + "/verification", "{\"effective\": true, \"note\": \"no leak in 3 months\"}").statusCode(200)
                .body("verificationSignature.meaning", equalTo("VERIFIED"));

        given().header("Authorization", AUDITOR).get(a + "/history").then()
                .body("action", equalTo(List.of("opened", "implemented", "verified-ineffective", "implemented", "verified-effective")))
                .body("findAll { it.signature != null }.action", equalTo(List.of("verified-ineffective", "verified-effective")))
                .body("findAll { it.signature != null }.signature.meaning", equalTo(List.of("FOUND_INEFFECTIVE", "VERIFIED")));
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedByTheVerification() throws SQLException {
        String c = resolved();
        post(SERVICE, c + "/customer-confirmation", "{\"accepted\": true}").statusCode(200);
        UUID id = UUID.fromString(c.substring(c.lastIndexOf('/') + 1));
        int closedSeq = given().header("Authorization", AUDITOR).get(c + "/history").then().extract().path("seq[-1]");

        // someone with the database's keys, past the trigger, makes the closure look like another person's
        assertEquals(1, PastTheTriggers.execute(db, "update audit_entry set signed_by = 'mallory' where aggregate_id = ? and seq = ?",
                id, closedSeq));

        given().header("Authorization", AUDITOR).get(c + "/history/verification").then().statusCode(200)
                .body("intact", equalTo(false), "firstBrokenSeq", equalTo(closedSeq), "firstBroken.seq", equalTo(closedSeq),
                        "firstBroken.action", equalTo("closed"), "firstBroken.actor", equalTo("xu.cs"),
                        "firstBroken.reason", containsString("changed after it was written"));
    }

    @Test
    void theHistoryCannotBeEmptiedRewrittenOrCut() throws SQLException {
        resolved();
        for (String statement : List.of("truncate audit_entry", "update audit_entry set actor = 'mallory'",
                "delete from audit_entry where seq > 1")) {
            try (Connection connection = db.getConnection(); Statement s = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(statement), statement);
                assertTrue(refused.getMessage().contains("audit_entry is append-only"), refused.getMessage());
            }
        }
    }

    private static String investigating() {
        String c = "/api/v1/complaints/" + receive("MAJOR", "QUALITY");
        post(SERVICE, c + "/acknowledgement", null).statusCode(200);
        post(QUALITY, c + "/investigation", "{\"rootCause\": \"no leak test\", \"containment\": \"stock tested\"}").statusCode(200);
        return c;
    }

    private static String resolved() {
        String c = investigating();
        post(QUALITY, c + "/resolution", "{\"summary\": \"housings replaced\", \"remedy\": \"REPLACE\"}").statusCode(200);
        return c;
    }
}
