package io.accord.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in to the console in a real browser against the real suite: as one of the people of the procedure or through
 * the form, the API's refusal beside the field it names, the console in the browser's language or the one chosen, and
 * the live stream reached once signed in.
 */
class ConsoleSignInIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SIGNED_IN_USER = By.id("signed-in-user");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void aPersonSignsInFromTheListOrThroughTheFormAndSignsOutAgain() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.waitFor(By.id("sign-in-form"));
            browser.waitFor(By.cssSelector("[data-user='li.na']"));
            browser.screenshot("sign-in");

            browser.click(By.cssSelector("[data-user='li.na']"));
            browser.waitForText(SIGNED_IN_USER, "li.na");
            browser.click(By.id("sign-out"));
            browser.waitFor(By.id("sign-in-form"));
            assertTrue(browser.driver().findElements(SIGNED_IN_USER).isEmpty(), "signed out");

            browser.signInAs("wang.wei", "TECHNICAL", "QUALITY");
            assertEquals("wang.wei", browser.driver().findElement(SIGNED_IN_USER).getText());
            browser.click(By.id("sign-out"));
            browser.waitFor(By.id("sign-in-form"));
        }
    }

    @Test
    void aSignInWithoutARoleShowsTheApisViolationBesideTheRolesAndSignsNobodyIn() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.type(By.id("f-user"), "li.na");
            browser.click(By.id("sign-in"));

            String violation = browser.waitFor(By.cssSelector("#f-roles .violation[data-field=roles]")).getText();
            assertFalse(violation.isBlank(), "the roles' violation says what is wrong");
            assertTrue(browser.driver().findElements(SIGNED_IN_USER).isEmpty(), "nobody is signed in");
            browser.waitFor(By.id("sign-in-form"));
        }
    }

    @Test
    void theConsoleFollowsTheBrowsersLanguage() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("zh-CN")) {
            browser.waitFor(By.cssSelector("html[lang='zh-CN']"));
            assertTrue(CHINESE.matcher(browser.waitFor(HEADING).getText()).find(), "the sign-in heading is in Chinese");
            browser.waitFor(By.cssSelector("[data-user='li.na']"));
            browser.screenshot("sign-in-zh");
        }
        try (ConsoleBrowser browser = ConsoleBrowser.open("en-US")) {
            browser.waitFor(By.cssSelector("html[lang='en']"));
            String heading = browser.waitFor(HEADING).getText();
            assertFalse(CHINESE.matcher(heading).find(), "the sign-in heading is in English: " + heading);
        }
    }

    @Test
    void theLanguageSwitchChangesTheTextsAtOnceAndIsKeptAcrossAReload() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            String english = browser.waitFor(HEADING).getText();
            assertFalse(CHINESE.matcher(english).find(), english);

            browser.select(By.id("language"), "zh-CN");
            browser.waitFor(By.cssSelector("html[lang='zh-CN']"));
            browser.until(d -> CHINESE.matcher(d.findElement(HEADING).getText()).find(), "the heading in Chinese");

            browser.driver().navigate().refresh();
            browser.waitFor(By.cssSelector("html[lang='zh-CN']"));
            assertTrue(CHINESE.matcher(browser.waitFor(HEADING).getText()).find(), "still Chinese after a reload");

            browser.select(By.id("language"), "en");
            browser.waitFor(By.cssSelector("html[lang='en']"));
            browser.until(ExpectedConditions.textToBe(HEADING, english), "the heading in English again");
        }
    }

    @Test
    void onceSignedInTheLiveStreamIsReached() {
        try (ConsoleBrowser browser = ConsoleBrowser.open("en")) {
            browser.signInAs("li.na", "SALES");
            browser.waitFor(By.cssSelector("#live-state[data-state='live']"));
        }
    }
}
