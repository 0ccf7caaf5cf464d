package io.accord.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The console in a real browser: Debian's headless chromium, driven through Debian's chromedriver, against the running
 * suite's gateway. Both binaries are named explicitly, so Selenium Manager never runs and nothing is downloaded.
 * Every wait is explicit (WebDriverWait, generous timeouts); a failing test leaves a screenshot and the browser's
 * console log in e2e-tests/target/browser-failures ({@link BrowserFailures}).
 *
 * <pre>
 * try (ConsoleBrowser browser = ConsoleBrowser.open("zh-CN")) {
 *     browser.signInAs("li.na", "SALES").go("/reviews/" + id).waitFor(By.id("review"));
 * }
 * </pre>
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration SIGN_IN_WAIT = Duration.ofSeconds(30);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    private final ChromeDriver driver;
    /** where the console was opened: the page {@link #go} adds hash routes to */
    private String consoleUrl;

    private ConsoleBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * A fresh browser (empty storage) whose preferred language is {@code lang} ("en", "zh-CN", …), on the console of
     * the suite's gateway, once the console has rendered its first screen.
     */
    static ConsoleBrowser open(String lang) {
        return open(AccordSuite.gateway(), lang);
    }

    /** The same against any gateway, e.g. the one {@code ./accord up} started (the console benchmark). */
    static ConsoleBrowser open(String gatewayUrl, String lang) {
        ConsoleBrowser browser = launch(lang);
        BrowserFailures.opened(browser);
        browser.load(gatewayUrl.replaceAll("/+$", "") + "/console/");
        return browser;
    }

    /** The browser only, on about:blank (the benchmark times its own navigations). */
    static ConsoleBrowser launch(String lang) {
        requireInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + lang);
        // navigator.languages and Accept-Language come from this preference; --lang alone sets the UI locale
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(lang)));
        // the page's console messages, for the failure report
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    private static void requireInstalled() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the console's browser tests need Debian's chromium "
                        + "and its driver (apt-get install chromium chromium-driver fonts-noto-cjk)");
            }
        }
    }

    /** zh-CN → "zh-CN,zh": a browser set to a regional language also accepts the language itself. */
    private static String acceptLanguages(String lang) {
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang + "," + lang.substring(0, dash);
    }

    private void load(String url) {
        consoleUrl = url;
        driver.get(url);
        waitFor(By.cssSelector("#app > *"));
    }

    /**
     * Signs in through the local sign-in form, as a person would: the user's name, the roles ticked, Sign in; returns
     * once the console shows that user as signed in.
     */
    ConsoleBrowser signInAs(String user, String... roles) {
        type(By.id("f-user"), user);
        for (String role : roles) {
            WebElement box = waitFor(By.cssSelector("input[name=roles][value='" + role + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        click(By.id("sign-in"));
        new WebDriverWait(driver, SIGN_IN_WAIT).withMessage(() -> "signed in as " + user + " (" + driver.getCurrentUrl() + ")")
                .until(ExpectedConditions.textToBe(By.id("signed-in-user"), user));
        return this;
    }

    /** A hash route of the console, e.g. {@code go("/reviews/" + id)}; waits until the routed page has rendered. */
    ConsoleBrowser go(String hashPath) {
        String path = hashPath.startsWith("#") ? hashPath.substring(1) : hashPath;
        driver.get(consoleUrl + "#" + path);
        waitFor(By.id("main"));
        return this;
    }

    /** The element once it is visible. */
    WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator), locator + " visible");
    }

    /** The element once its text contains {@code text}. */
    WebElement waitForText(By locator, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, text), locator + " showing \"" + text + "\"");
        return driver.findElement(locator);
    }

    /** Waits for any condition of the page with the harness's timeout. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(() -> "waiting for " + what + " on " + driver.getCurrentUrl())
                .until(condition);
    }

    ConsoleBrowser click(By locator) {
        until(ExpectedConditions.elementToBeClickable(locator), locator + " clickable").click();
        return this;
    }

    /** Replaces the field's content with {@code text}, typed key by key. */
    ConsoleBrowser type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option with that value in a select. */
    ConsoleBrowser select(By locator, String value) {
        new Select(waitFor(locator)).selectByValue(value);
        return this;
    }

    WebDriver driver() {
        return driver;
    }

    /** Runs JavaScript in the page and returns its result (numbers come back as Long or Double). */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The visible page as e2e-tests/target/screenshots/{name}.png and, with -Daccord.screenshots.write=true, as
     * docs/screenshots/{name}.png (the pictures the documentation shows).
     */
    ConsoleBrowser screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        write(AccordSuite.root().resolve("e2e-tests/target/screenshots/" + name + ".png"), png);
        if (Boolean.getBoolean("accord.screenshots.write")) {
            write(AccordSuite.root().resolve("docs/screenshots/" + name + ".png"), png);
        }
        return this;
    }

    /**
     * The viewport (what the page sees as window.innerWidth × innerHeight) made {@code width} × {@code height}: the
     * window is resized and corrected by what the browser's frame takes.
     */
    ConsoleBrowser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        long innerHeight = ((Number) script("return window.innerHeight")).longValue();
        if (innerWidth != width || innerHeight != height) {
            driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
        }
        until(d -> ((Number) script("return window.innerWidth")).intValue() == width, "a viewport " + width + " px wide");
        return this;
    }

    /** The page's console messages since the last call (chromedriver hands each out once). */
    String consoleLog() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n"));
        } catch (WebDriverException e) {
            return "(the browser's console log could not be read: " + e.getMessage() + ")";
        }
    }

    /** What a failure report keeps of a browser: what it showed, where, and its console log. */
    record LastLook(byte[] png, String log) {

        void writeTo(Path directory, String name) {
            if (png != null) {
                write(directory.resolve(name + ".png"), png);
            }
            write(directory.resolve(name + ".log"), log.getBytes(StandardCharsets.UTF_8));
        }
    }

    LastLook lastLook() {
        try {
            return new LastLook(driver.getScreenshotAs(OutputType.BYTES), "URL: " + driver.getCurrentUrl() + "\n\n" + consoleLog() + "\n");
        } catch (WebDriverException e) {
            return new LastLook(null, "the browser could not be asked: " + e + "\n");
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            BrowserFailures.closing(this);
        } finally {
            driver.quit();
        }
    }
}
