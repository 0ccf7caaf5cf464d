package io.accord.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 at a port of its own, accepting every recipient without login. A test can
 * {@link #stop} it and {@link #start} it again on the same port (an SMTP outage mid-flow); what it received before a
 * stop stays in {@link #received}. {@link #shared()} is the one the {@code @QuarkusTest}s ({@link SmtpTestResources})
 * and the e2e suite's packaged apps send to, like the Kafka broker started once per JVM.
 */
public final class SmtpTestServer {

    private static SmtpTestServer shared;

    private final int port;
    private final List<ReceivedMail> earlier = new ArrayList<>();
    private GreenMail greenMail;

    public SmtpTestServer(int port) {
        this.port = port;
    }

    /** Started on a free port now. */
    public static SmtpTestServer onFreePort() {
        SmtpTestServer server = new SmtpTestServer(FreePorts.pick());
        server.start();
        return server;
    }

    /** The server of this JVM's tests, started on first use and left running until the JVM exits. */
    public static synchronized SmtpTestServer shared() {
        if (shared == null) {
            shared = onFreePort();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "smtp-test-server-stop"));
        }
        return shared;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /**
     * What an app needs to send here (as system properties of a packaged app, or a {@code @QuarkusTest}'s config): the
     * {@code ACCORD_SMTP_*} settings of accord-messaging, plain SMTP without STARTTLS or login.
     */
    public Map<String, String> appSettings() {
        return Map.of(
                "ACCORD_SMTP_HOST", host(),
                "ACCORD_SMTP_PORT", Integer.toString(port),
                "ACCORD_SMTP_STARTTLS", "DISABLED",
                "ACCORD_MAIL_FROM", "accord-test@accord.local");
    }

    public synchronized boolean running() {
        return greenMail != null;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, host(), ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail server = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        greenMail = server;
    }

    /** Stops listening; the next connection is refused until {@link #start}. What arrived so far is kept. */
    public synchronized void stop() {
        if (greenMail == null) {
            return;
        }
        earlier.addAll(current());
        greenMail.stop();
        greenMail = null;
    }

    /** Every mail received since this server was made (or last {@link #clear}ed), in the order they arrived. */
    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> all = new ArrayList<>(earlier);
        all.addAll(current());
        return all;
    }

    /** The mails received to one address. */
    public List<ReceivedMail> receivedBy(String recipient) {
        return received().stream().filter(mail -> mail.to().stream().anyMatch(to -> to.contains(recipient))).toList();
    }

    /** Waits (up to 30 s) until a received mail matches, and returns it. */
    public ReceivedMail await(Predicate<ReceivedMail> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> received().stream().filter(matching).findFirst(), found -> found.isPresent()).orElseThrow();
    }

    /** Forgets every mail received so far. */
    public synchronized void clear() {
        earlier.clear();
        if (greenMail != null) {
            greenMail.reset();
        }
    }

    private List<ReceivedMail> current() {
        if (greenMail == null) {
            return List.of();
        }
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(ReceivedMail.of(message));
        }
        return mails;
    }
}
