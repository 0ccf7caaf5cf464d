package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The department directory: today's departments seeded, a project department (项目部) added through the API, required
 * by the policy and signed for by its own role through a whole review opened by the real consumer; what it refuses.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class DepartmentDirectoryTest {

    private static final String ADMIN = TestTokens.bearer("root", "ADMIN");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyMemberOfStaffReadsTodaysDepartmentsWithTheirNamesAndSigningRoles() {
        given().header("Authorization", TestTokens.bearer("li.s", "SALES")).queryParam("size", 100).get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.code", hasItems("QUALITY", "PRODUCTION", "PROCUREMENT", "TECHNICAL", "FINANCE", "LEGAL", "SAFETY_ENV"))
                .body("items.find { it.code == 'QUALITY' }.names.zh-CN", equalTo("质量部"))
                .body("items.find { it.code == 'LEGAL' }.names.en", equalTo("Legal affairs"))
                .body("items.find { it.code == 'SAFETY_ENV' }.signingRole", equalTo("SAFETY_ENV"))
                .body("items.find { it.code == 'FINANCE' }.kind", equalTo("FUNCTIONAL"));
        given().header("Authorization", TestTokens.bearer("erp", "CUSTOMER_SERVICE")).get("/api/v1/departments/QUALITY")
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("active", equalTo(true));
    }

    @Test
    void aProjectDepartmentAddedThroughTheApiIsRoutedByThePolicyAndSignedByItsOwnRole() {
        String code = "PROJECT_" + ThreadLocalRandom.current().nextInt(100_000);
        String role = code + "_LEAD";
        String leader = TestTokens.bearer("liu.xm", role);
        putDepartment(code, "第三项目部", role, null, null).statusCode(201).header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("PROJECT_DEPARTMENT"), "names.zh-CN", equalTo("第三项目部"), "updatedBy", equalTo("root"));
        KafkaTestClient.readUntil(bootstrap, "accord.reviews", r -> r.value().contains("\"type\":\"accord.department.registered\"")
                && r.value().contains("\"code\":\"" + code + "\""), Duration.ofSeconds(30));

        JsonObject original = new JsonObject(given().header("Authorization", ADMIN).get("/api/v1/review-policy").asString())
                .getJsonObject("rules");
        JsonObject withProject = original.copy().put("alwaysRequired", new JsonArray().add(code));
        withProject.getJsonObject("slaHours").put(code, 24);
        putPolicy(withProject).statusCode(200).body("rules.alwaysRequired", hasItem(code));
        String review;
        try {
            String requirement = UUID.randomUUID().toString();
            review = Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.submittedEvent(requirement, 1, "", false));
            given().header("Authorization", leader).get("/api/v1/reviews/" + review).then().statusCode(200)
                    .body("requiredDepartments", hasItems("QUALITY", "PRODUCTION", "PROCUREMENT", code))
                    .body("routingReasons", hasItem(code + ": the policy requires it in every full review"))
                    .body("tasks.find { it.department == '" + code + "' }.dueAt", not(equalTo(null)));

            opinion(review, TestTokens.bearer("li.q", "QUALITY"), code).statusCode(403);
            opinion(review, leader, "QUALITY").statusCode(403);
            opinion(review, leader, code).statusCode(200).body("opinions.find { it.department == '" + code + "' }.by", equalTo("liu.xm"));
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"names\": {\"zh-CN\": \"第三项目部\", "
                    + "\"en\": \"Project 3\"}, \"signingRole\": \"" + role + "\", \"active\": false}").put("/api/v1/departments/" + code)
                    .then().statusCode(409).body("detail", containsString("[slaHours." + code + ", alwaysRequired]"));

            for (String department : new String[] {"QUALITY", "PRODUCTION", "PROCUREMENT"}) {
                Reviews.opinion(review, department, "APPROVE");
            }
            Reviews.consolidate(review);
            given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON).body("{\"decision\": \"APPROVED\"}")
                    .post("/api/v1/reviews/" + review + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));
            given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                    .body("intact", equalTo(true), "content.requiredDepartments", hasItem(code),
                            "content.opinions.department", hasItem(code), "departments." + code + ".zh-CN", equalTo("第三项目部"));
            recordPage(review, "zh-CN").body(containsString("<td>第三项目部</td>"), containsString("、第三项目部"));
            recordPage(review, "en").body(containsString("<td>Project Department 3</td>"));
        } finally {
            putPolicy(original).statusCode(200);
        }

        putDepartment(code, "第三项目部 (已完工)", role, "xmb3@example.com", "liu.xm").statusCode(200).header("ETag", equalTo("\"1\""));
        // renamed in the directory: the record prints the new name and is still intact (departments are hashed by code)
        recordPage(review, "zh-CN").body(containsString("<td>第三项目部 (已完工)</td>"), not(containsString("<td>第三项目部</td>")));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record").then().body("intact", equalTo(true));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(department("x", role, null, null, true)).put("/api/v1/departments/" + code).then().statusCode(412);
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(department("第三项目部 (已完工)", role, null, null, false)).put("/api/v1/departments/" + code)
                .then().statusCode(200).body("active", equalTo(false));
        putPolicy(original.copy().put("alwaysRequired", new JsonArray().add(code))).statusCode(422)
                .body("violations[0].field", equalTo("alwaysRequired"), "violations[0].message", containsString("deactivated"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/departments/" + code + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("registered", "updated", "updated")));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/departments/" + code + "/history/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theDirectoryAndThePolicyRefuseWhatWouldBreakTheRouting() {
        putDepartment("bad-code", "坏", "X_ROLE", null, null).statusCode(400).body("violations[0].field", equalTo("code"));
        putDepartment("BRANCH_X", "分公司", "ADMIN", null, null).statusCode(400).body("violations[0].field", equalTo("signingRole"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"signingRole\": \"lower\"}")
                .put("/api/v1/departments/BRANCH_X").then().statusCode(400)
                .body("violations.field", hasItems("names", "signingRole"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(department("质量部", "QUALITY", null, null, false)).put("/api/v1/departments/QUALITY")
                .then().statusCode(409).body("detail", containsString("built-in routing rules"));

        JsonObject rules = new JsonObject(given().header("Authorization", ADMIN).get("/api/v1/review-policy").asString())
                .getJsonObject("rules");
        rules.getJsonObject("slaHours").put("NO_SUCH_DEPT", 24);
        putPolicy(rules).statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("slaHours.NO_SUCH_DEPT"), "violations[0].message", containsString("no department"));

        String review = Reviews.openReview(bootstrap);
        opinion(review, TestTokens.bearer("q", "QUALITY"), "NO_SUCH_DEPT").statusCode(422)
                .body("violations[0].field", equalTo("department"));
        given().header("Authorization", TestTokens.bearer("who", "SOME_UNKNOWN_ROLE")).get("/api/v1/reviews/" + review)
                .then().statusCode(403);
    }

    private static ValidatableResponse opinion(String review, String token, String department) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"department\": \"" + department + "\", \"verdict\": \"APPROVE\", \"comment\": \"可以实施\"}")
                .post("/api/v1/reviews/" + review + "/opinions").then();
    }

    private static ValidatableResponse recordPage(String review, String language) {
        return given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", language)
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200);
    }

    private static ValidatableResponse putPolicy(JsonObject rules) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(rules.encode())
                .put("/api/v1/review-policy").then();
    }

    private static ValidatableResponse putDepartment(String code, String nameZh, String role, String mailbox, String manager) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(department(nameZh, role, mailbox, manager, true)).put("/api/v1/departments/" + code).then();
    }

    private static String department(String nameZh, String role, String mailbox, String manager, boolean active) {
        return new JsonObject().put("names", new JsonObject().put("zh-CN", nameZh).put("en", "Project Department 3"))
                .put("kind", "PROJECT_DEPARTMENT").put("signingRole", role).put("mailbox", mailbox).put("manager", manager)
                .put("active", active).encode();
    }
}
