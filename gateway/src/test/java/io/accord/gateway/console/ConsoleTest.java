package io.accord.gateway.console;

import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console as a browser meets it at the gateway, with local sign-in (the test profile's /auth/token). */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ConsoleTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Test
    void theConsolePagesAreServedWithoutATokenUnderAStrictPolicyAndAlwaysRevalidated() {
        for (String page : new String[] {"/console/", "/console/index.html", "/console/survey.html"}) {
            given().get(page).then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-cache").header("Content-Security-Policy", POLICY)
                    .body(containsString("<div id=\"app\">"), containsString("<script type=\"module\" src=\"assets/"));
        }
    }

    @Test
    void contentHashedAssetsAreKeptForAYear() {
        String page = given().get("/console/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(assets/console-[A-Za-z0-9]+\\.js)\"").matcher(page);
        assertTrue(script.find(), page);
        given().get("/console/" + script.group(1)).then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", allOf(containsString("public"), containsString("max-age=31536000"), containsString("immutable")))
                .header("Content-Security-Policy", POLICY);
    }

    @Test
    void unknownConsolePathsAreAPlainNotFoundThatNoBrowserKeeps() {
        for (String path : new String[] {"/console/no-such-page", "/console/assets/console-NOSUCHHASH.js"}) {
            ValidatableResponse missing = given().get(path).then().statusCode(404).header("Cache-Control", nullValue());
            missing.contentType(not(containsString("problem+json")));
        }
    }

    @Test
    void theConsoleWithoutItsSlashIsRedirectedToIt() {
        given().redirects().follow(false).get("/console").then().statusCode(301).header("Location", "/console/");
    }

    @Test
    void theSurveyLinkOfTheInvitationMailsLeadsToTheSurveyPage() {
        // the token travels in the fragment (#token=…), which the browser keeps across the redirect and never sends
        given().redirects().follow(false).get("/survey").then().statusCode(303).header("Location", "/console/survey.html");
    }

    @Test
    void theConsoleSignsInLocallyWhereTheTokenEndpointIsOn() {
        given().get("/console/config.json").then().statusCode(200).contentType(startsWith("application/json"))
                .header("Cache-Control", "no-cache").body("signIn", equalTo("local")).body("oidc", nullValue());
    }
}
