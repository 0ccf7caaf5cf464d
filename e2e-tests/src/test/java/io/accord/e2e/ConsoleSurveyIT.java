package io.accord.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Surveys in the console, end to end in real browsers: the quality manager writes a survey (the API's violation for a
 * question without text appears beside that question, then the survey is created); customer service invites a customer
 * and is shown the one-time link once; the customer opens the link in a browser of their own, in Chinese, without
 * signing in, answers and is thanked; the console's satisfaction summary then counts that response. Customer service
 * also records a feedback through its form.
 */
class ConsoleSurveyIT {

    @Test
    void aSurveyWrittenInTheConsoleIsAnsweredByTheCustomerAndCounted() {
        String code = "CSV-" + UUID.randomUUID().toString().substring(0, 8);
        // no mail contact: the link is not mailed, the person who sent the invitation passes it on
        String customer = AccordSuite.as(AccordSuite.token("li.na", "SALES")).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Ningbo Valves\", \"language\": \"zh-CN\"}".formatted(code))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        String surveyId;
        try (ConsoleBrowser quality = ConsoleBrowser.open("en")) {
            quality.signInAs("zhou.qing", "QUALITY").go("/surveys").click(By.id("survey-new"))
                    .type(By.id("f-title"), "After-sales satisfaction " + code)
                    .type(By.id("f-questions-0--text"), "How satisfied are you with the quality of our valves?")
                    .type(By.id("f-questions-0--dimension"), "Quality")
                    .click(By.id("question-add"))
                    .select(By.id("f-questions-1--type"), "NPS_0_10")
                    .click(By.id("survey-submit"));
            // the API names the second question's missing text; the form shows it beside that field
            quality.waitFor(By.cssSelector("p.violation[data-field='questions[1].text']"));
            assertEquals("true", quality.waitFor(By.id("f-questions-1--text")).getAttribute("aria-invalid"));

            quality.type(By.id("f-questions-1--text"), "How likely are you to recommend us to a colleague?")
                    .click(By.id("survey-submit"));
            surveyId = quality.waitFor(By.id("survey-facts")).getAttribute("data-survey-id");
            quality.waitFor(By.cssSelector("#survey-questions tr[data-question-key='q2']"));
            // quality may write surveys but not invite: the console says so instead of offering a form that fails
            quality.waitFor(By.id("cannot-invite"));
        }

        try (ConsoleBrowser service = ConsoleBrowser.open("en")) {
            service.signInAs("sun.li", "CUSTOMER_SERVICE").go("/surveys/" + surveyId)
                    .select(By.id("f-customerId"), customer)
                    .type(By.id("f-context"), "Order SO-" + code)
                    .click(By.id("invite-submit"));
            String link = service.waitFor(By.id("survey-link")).getAttribute("value");
            assertTrue(link.contains("/console/survey.html#token=svy_"), link);
            assertEquals("false", service.waitFor(By.id("issued-link-mail")).getAttribute("data-mailed"));
            service.waitFor(By.cssSelector("#invitation-list tr[data-status='SENT']"));
            service.script("document.getElementById('issued-link').scrollIntoView({block: 'end'})");
            service.screenshot("surveys");

            try (ConsoleBrowser customerBrowser = ConsoleBrowser.open("zh-CN")) {
                customerBrowser.driver().get(link);
                customerBrowser.waitFor(By.cssSelector("main.survey-page[data-state='survey']"));
                assertEquals("zh-CN", customerBrowser.script("return document.documentElement.lang"));
                // the token left the address bar (history, bookmarks) as soon as the page had it
                assertEquals("", customerBrowser.script("return location.hash"));
                customerBrowser.click(By.cssSelector("button[data-question='q1'][data-rating='4']"))
                        .click(By.cssSelector("input[data-question='q2'][data-value='9']"));
                assertEquals("true", customerBrowser.waitFor(By.cssSelector("button[data-question='q1'][data-rating='4']"))
                        .getAttribute("aria-pressed"));
                customerBrowser.screenshot("survey-page");
                customerBrowser.click(By.id("survey-send")).waitFor(By.id("survey-thanks"));

                // the same link again: answered, said plainly
                customerBrowser.driver().get(link);
                customerBrowser.waitFor(By.cssSelector("#survey-refused[data-refusal='answered']"));
            }

            // survey.responded reaches the console through the live stream; the summary follows it
            service.select(By.id("satisfaction-customer"), customer);
            service.until(d -> "1".equals(d.findElement(By.id("satisfaction-responses")).getAttribute("data-count")),
                    "the satisfaction summary counting the customer's response");
            service.waitFor(By.cssSelector("#invitation-list tr[data-status='RESPONDED']"));

            service.go("/feedback").click(By.id("feedback-new"))
                    .select(By.id("f-customerId"), customer)
                    .select(By.id("f-category"), "DELIVERY")
                    .click(By.id("feedback-submit"));
            // neither a rating nor a text: the API asks for one beside the text
            service.waitFor(By.cssSelector("p.violation[data-field='text']"));
            service.select(By.id("f-rating"), "3")
                    .type(By.id("f-text"), "The second batch arrived two days late " + code)
                    .type(By.id("f-orderRef"), "SO-" + code)
                    .click(By.id("feedback-submit"));
            service.until(d -> "true".equals(d.findElement(By.id("feedback-recorded")).getAttribute("data-recorded")), "feedback recorded");
            service.waitForText(By.id("feedback-list"), "The second batch arrived two days late " + code);
            service.waitFor(By.cssSelector("#feedback-pareto tr[data-category='DELIVERY']"));
            service.screenshot("feedback");
        }
    }
}
