package io.accord.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A complaint through to closure in the console, in a real browser against the real suite, each step by the person
 * whose role it is: customer service registers it and sees it arrive on the board (and another complaint, registered
 * elsewhere meanwhile, appear live), acknowledges it; quality investigates, opens a corrective action, implements and
 * verifies it from the list of corrective actions, and resolves the complaint; customer service records the customer's
 * acceptance, which closes it. The board then shows it closed.
 */
class ConsoleComplaintIT {

    private static final String SERVICE = "sun.li";
    private static final String QUALITY = "zhou.qing";

    @Test
    void aComplaintIsRegisteredHandledAndClosedInTheConsoleWhileTheBoardFollowsLive() {
        String name = "Leaky Seals " + UUID.randomUUID().toString().substring(0, 8);
        String customer = AccordSuite.as(AccordSuite.token("li.na", "SALES")).contentType(ContentType.JSON)
                .body("{\"code\": \"CC-%s\", \"name\": \"%s\"}".formatted(UUID.randomUUID().toString().substring(0, 8), name))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs(SERVICE, "CUSTOMER_SERVICE").go("/complaints");
            browser.waitFor(By.id("complaint-board"));

            // customer service registers it: the customer found by name, the rest from lists and text
            browser.click(By.id("new-complaint"));
            browser.type(By.id("customer-search"), name);
            browser.until(d -> customer.equals(d.findElement(By.id("f-customerId")).getDomProperty("value")), "the customer chosen");
            browser.select(By.id("f-channel"), "EMAIL").select(By.id("f-category"), "QUALITY").select(By.id("f-severity"), "CRITICAL");
            browser.type(By.id("f-description"), "Seals leak after a week in service");
            browser.type(By.id("f-productCode"), "SEAL-40");
            browser.click(By.id("complaint-submit"));
            String id = browser.waitFor(By.id("complaint-created")).getDomAttribute("data-complaint-id");

            // on the board, in the first column: received, its acknowledgement clock running
            WebElement first = browser.driver().findElements(By.cssSelector(".board-col")).get(0);
            assertEquals("RECEIVED", first.getDomAttribute("data-status"));
            WebElement card = browser.waitFor(card("RECEIVED", id));
            assertFalse(card.findElements(By.cssSelector("[data-due-kind=ack] time")).isEmpty(), "the card shows the acknowledgement clock");

            // another complaint, registered through the API by someone else, appears without a reload
            browser.waitFor(By.cssSelector("#live-state[data-state=live]"));
            String other = AccordSuite.as(AccordSuite.token("xu.cs", "CUSTOMER_SERVICE")).contentType(ContentType.JSON)
                    .body("{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"DELIVERY\", \"severity\": \"MINOR\", \"description\": \"two seals missing\"}"
                            .formatted(customer))
                    .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
            browser.waitFor(card("RECEIVED", other));

            browser.click(card("RECEIVED", id));
            status(browser, "RECEIVED");
            browser.click(By.id("action-acknowledge"));
            status(browser, "ACKNOWLEDGED");

            // quality investigates, opens a corrective action and resolves
            signInAgain(browser, QUALITY, "QUALITY");
            browser.go("/complaints/" + id);
            status(browser, "ACKNOWLEDGED");
            browser.type(By.id("f-rootCause"), "Seal compound changed by the supplier");
            browser.type(By.id("f-containment"), "Stock of batch 40 quarantined");
            browser.click(By.id("investigation-form-submit"));
            status(browser, "INVESTIGATING");

            browser.click(By.id("action-open-ca"));
            browser.type(By.cssSelector("#ca-form #f-description"), "Incoming inspection of the seal compound");
            browser.type(By.id("f-owner"), QUALITY);
            // a date input types in the browser's own format; set it as the date picker would
            setDate(browser, By.id("f-dueDate"), LocalDate.now().plusDays(14));
            browser.click(By.id("ca-form-submit"));
            String action = browser.waitFor(By.cssSelector("#ca-list tr[data-ca-id][data-status=OPEN]")).getDomAttribute("data-ca-id");

            // the corrective action from the list across complaints (mine by default): implemented, then verified
            browser.go("/corrective-actions");
            browser.click(By.cssSelector("tr[data-ca-id='" + action + "'] button[data-step=implement]"));
            browser.type(By.cssSelector("#implementation-form #f-note"), "Inspection added to the goods-in plan");
            browser.click(By.id("implementation-form-submit"));
            browser.click(By.cssSelector("tr[data-ca-id='" + action + "'][data-status=IMPLEMENTED] button[data-step=verify]"));
            browser.type(By.cssSelector("#verification-form #f-note"), "Three deliveries inspected, no leaks since");
            browser.click(By.id("verify-effective"));
            browser.waitFor(By.cssSelector("tr[data-ca-id='" + action + "'][data-status=VERIFIED]"));

            browser.go("/complaints/" + id);
            status(browser, "INVESTIGATING");
            browser.waitFor(By.cssSelector("#ca-list tr[data-ca-id='" + action + "'][data-status=VERIFIED]"));
            browser.type(By.id("f-summary"), "Seals replaced on site");
            browser.select(By.id("f-remedy"), "REPLACE");
            browser.click(By.id("resolution-form-submit"));
            status(browser, "RESOLVED");

            // customer service records the customer's acceptance: closed, signed by sun.li
            signInAgain(browser, SERVICE, "CUSTOMER_SERVICE");
            browser.go("/complaints/" + id);
            status(browser, "RESOLVED");
            browser.waitFor(By.id("confirmation-form"));
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("complaint-detail");
            browser.type(By.id("f-comment"), "No leaks since the replacement");
            browser.click(By.id("confirm-accepted"));
            status(browser, "CLOSED");
            browser.waitForText(By.id("complaint-closing-signature"), SERVICE);

            // wide enough for all seven columns in the picture
            browser.resize(1600, 900).go("/complaints");
            browser.waitFor(card("CLOSED", id));
            browser.screenshot("complaint-board");

            // on a phone the board opens as a list, and the page itself never scrolls sideways
            // (by way of the start page: the board, open already, keeps the view it opened with)
            browser.resize(360, 740).go("/").go("/complaints");
            browser.waitFor(By.cssSelector("#complaint-list tr[data-complaint-id='" + id + "'][data-status=CLOSED]"));
            long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertTrue(width <= 360, "the page fits 360 px, not " + width);
        }
    }

    private static By card(String column, String id) {
        return By.cssSelector(".board-col[data-status=" + column + "] [data-complaint-id='" + id + "']");
    }

    private static void status(ConsoleBrowser browser, String status) {
        browser.waitFor(By.cssSelector("#complaint-status[data-status=" + status + "]"));
    }

    private static void signInAgain(ConsoleBrowser browser, String user, String role) {
        browser.click(By.id("sign-out"));
        browser.waitFor(By.id("f-user"));
        browser.signInAs(user, role);
    }

    private static void setDate(ConsoleBrowser browser, By field, LocalDate date) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.waitFor(field), date.toString());
    }
}
