package io.accord.e2e;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a failing browser test debuggable on CI: when a test fails, each browser it used leaves a screenshot and
 * its console log in e2e-tests/target/browser-failures/{Test}.{method}-{n}.png and .log. A browser closed by
 * try-with-resources quits before the test's failure reaches JUnit, so while a test runs {@link ConsoleBrowser} keeps
 * a last look at itself when it closes; the look is written only if the test then fails. Registered for every test of
 * this module by JUnit's extension auto-detection (junit-platform.properties, META-INF/services).
 */
public final class BrowserFailures implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final ThreadLocal<Boolean> TEST_RUNNING = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<List<ConsoleBrowser>> OPEN = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<List<ConsoleBrowser.LastLook>> CLOSED = ThreadLocal.withInitial(ArrayList::new);

    static void opened(ConsoleBrowser browser) {
        OPEN.get().add(browser);
    }

    /** Just before the browser quits: during a test, its last look is kept until the test's outcome is known. */
    static void closing(ConsoleBrowser browser) {
        OPEN.get().remove(browser);
        if (TEST_RUNNING.get()) {
            CLOSED.get().add(browser.lastLook());
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        TEST_RUNNING.set(true);
        CLOSED.get().clear();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        TEST_RUNNING.set(false);
        if (context.getExecutionException().isPresent()) {
            List<ConsoleBrowser.LastLook> looks = new ArrayList<>(CLOSED.get());
            OPEN.get().forEach(browser -> looks.add(browser.lastLook()));
            Path directory = AccordSuite.root().resolve("e2e-tests/target/browser-failures");
            String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            for (int i = 0; i < looks.size(); i++) {
                looks.get(i).writeTo(directory, test + "-" + (i + 1));
            }
        }
        CLOSED.get().clear();
    }
}
