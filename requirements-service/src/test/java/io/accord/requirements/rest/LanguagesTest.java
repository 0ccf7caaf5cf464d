package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * What a person reads follows Accept-Language (zh-CN or en; without one, the default, en), while the codes a program
 * reads stay as they are: a problem's title, detail and violations, and each enum's label beside its code.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class LanguagesTest {

    private static final String CHINESE = "zh-CN,zh;q=0.9,en;q=0.8";
    private static final String INVALID_CAPTURE = """
            {"customerId": "%s", "source": "ORDER", "title": "",
             "items": [{"productCode": "X", "quantity": 1, "unit": "pcs", "unitPrice": "1", "currency": "yuan"}]}
            """;

    @Test
    void aChineseReaderGetsChineseLabelsBesideTheCodes() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.AUDITOR).header("Accept-Language", CHINESE)
                .get("/api/v1/requirements/" + id)
                .then().statusCode(200).header("Vary", containsString("Accept-Language"))
                .body("status", equalTo("CAPTURED"), "statusLabel", equalTo("已登记"),
                        "source", equalTo("CONTRACT_DRAFT"), "sourceLabel", equalTo("合同草案"),
                        "requirements[0].category", equalTo("STATUTORY"), "requirements[0].categoryLabel", equalTo("法律法规要求"));
    }

    @Test
    void labelsAreEnglishByDefault() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id)
                .then().statusCode(200).body("status", equalTo("CAPTURED"), "statusLabel", equalTo("captured"));
    }

    @Test
    void aChineseReaderGetsAChineseProblemNamingTheStateByItsCode() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);
        given().header("Authorization", TestData.SALES).header("Accept-Language", CHINESE)
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(409).contentType("application/problem+json").header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("当前状态不允许此操作"),
                        "detail", equalTo("顾客要求记录当前为 SUBMITTED：只有已登记、已确认或已澄清的记录才能提交"),
                        "currentState", equalTo("SUBMITTED"));
    }

    @Test
    void theSameProblemIsEnglishWithoutAcceptLanguage() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(409)
                .body("title", equalTo("Transition not allowed in the current state"),
                        "detail", equalTo("requirement is SUBMITTED: only a captured, confirmed or clarified record can be submitted"));
    }

    @Test
    void violationsOfBeanValidationAreInTheReadersLanguage() {
        given().header("Authorization", TestData.SALES).header("Accept-Language", CHINESE).contentType(ContentType.JSON)
                .body(INVALID_CAPTURE.formatted(TestData.newCustomer())).post("/api/v1/requirements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求无效"), "detail", equalTo("2 个字段无效"),
                        "violations.field", hasItems("title", "items[0].currency"),
                        // Accord's own constraint message and one of Hibernate Validator's own translations
                        "violations.message", hasItems("必须是 ISO 4217 货币代码，例如 CNY", "不能为空"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(INVALID_CAPTURE.formatted(TestData.newCustomer())).post("/api/v1/requirements")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"), "violations.message", hasItems("must be an ISO 4217 code such as CNY", "must not be blank"));
    }

    @Test
    void aRuleViolationOfTheDomainIsInTheReadersLanguage() {
        given().header("Authorization", TestData.SALES).header("Accept-Language", "zh")
                .contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"source\": \"ORDER\", \"title\": \"nothing\"}".formatted(TestData.newCustomer()))
                .post("/api/v1/requirements")
                .then().statusCode(400).body("violations.field", hasItem("items"),
                        "violations.message", hasItem("至少需要一个产品项或一条要求"));
    }

    @Test
    void qValuesChooseAndAnUnknownLanguageFallsBackToTheDefault() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.AUDITOR).header("Accept-Language", "fr-FR, zh;q=0.5, en;q=0.3")
                .get("/api/v1/requirements/" + id).then().body("statusLabel", equalTo("已登记"));
        given().header("Authorization", TestData.AUDITOR).header("Accept-Language", "en;q=0.4, zh-CN;q=0.2")
                .get("/api/v1/requirements/" + id).then().body("statusLabel", equalTo("captured"));
        given().header("Authorization", TestData.AUDITOR).header("Accept-Language", "de-DE")
                .get("/api/v1/requirements/" + id).then().body("statusLabel", equalTo("captured"));
        given().header("Authorization", TestData.AUDITOR).header("Accept-Language", "zh-CN;q=0, *")
                .get("/api/v1/requirements/" + id).then().body("statusLabel", not(equalTo("已登记")));
    }
}
