package io.accord.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's frame on a phone and on a wide screen: nothing wider than the screen, and the navigation within reach
 * of the keyboard (the skip link first, the menu button on a narrow screen).
 */
class ConsoleLayoutIT {

    @Test
    void theHomePageFitsAPhoneAndAWideScreen() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("li.na", "SALES");
            for (int[] size : new int[][] {{360, 740}, {1440, 900}}) {
                browser.resize(size[0], size[1]).go("/");
                browser.waitFor(By.id("signed-in-user"));
                long scrollWidth = number(browser.script("return document.documentElement.scrollWidth"));
                long clientWidth = number(browser.script("return document.documentElement.clientWidth"));
                assertTrue(scrollWidth <= clientWidth,
                        "at " + size[0] + "×" + size[1] + " the page is " + scrollWidth + " px wide in " + clientWidth + " px");
            }
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheMainContentAndOnAPhoneTheMenu() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("li.na", "SALES");
            browser.resize(360, 740).go("/");
            browser.waitFor(By.id("signed-in-user"));
            // the page focuses its heading when it opens; a keyboard user starting over starts from the document
            browser.script("document.activeElement.blur(); document.body.tabIndex = -1; document.body.focus();"
                    + " document.body.removeAttribute('tabindex');");

            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("#main", focused(browser).getAttribute("href").replaceFirst("^[^#]*", ""), "Tab from the page start");
            keys.sendKeys(Keys.ENTER).perform();
            browser.until(d -> "main".equals(focused(browser).getAttribute("id")), "the focus on the main content");

            WebElement menu = browser.waitFor(By.cssSelector("button[aria-controls='nav']"));
            assertEquals("false", menu.getAttribute("aria-expanded"));
            for (int i = 0; i < 10 && !menu.equals(focused(browser)); i++) {
                keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            }
            assertEquals(menu, focused(browser), "the menu button is reached by keyboard");
            keys.sendKeys(Keys.ENTER).perform();
            browser.until(d -> "true".equals(menu.getAttribute("aria-expanded")), "the menu open");
            assertTrue(browser.waitFor(By.id("nav")).isDisplayed(), "the navigation shows");
            browser.driver().findElements(By.cssSelector("#nav a")).forEach(link ->
                    assertTrue(link.isDisplayed(), "every navigation link shows: " + link.getText()));
        }
    }

    private static WebElement focused(ConsoleBrowser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
