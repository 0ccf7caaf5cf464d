package io.accord.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./accord up}'s local mail sink: an {@link SmtpTestServer} on 127.0.0.1 at a fixed port that writes every mail
 * it receives, decoded, to {@code <dir>/0001.txt}, {@code 0002.txt}, … (headers, a blank line, the text body, then the
 * HTML body if any), which {@code ./accord mail} lists and prints. Nothing leaves this machine.
 */
public final class StandaloneSmtp {

    private StandaloneSmtp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StandaloneSmtp <mail-dir> <port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        SmtpTestServer server = new SmtpTestServer(Integer.parseInt(args[1]));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "smtp-sink-stop"));
        System.out.println("SMTP sink listening on 127.0.0.1:" + server.port() + ", mails in " + dir);
        // numbered after what an earlier run left, so ./accord mail <n> keeps meaning the same mail
        int written;
        try (var files = Files.list(dir)) {
            written = (int) files.filter(file -> file.getFileName().toString().endsWith(".txt")).count();
        }
        int seen = 0;
        while (true) {
            List<ReceivedMail> received = server.received();
            for (; seen < received.size(); seen++) {
                written++;
                Files.writeString(dir.resolve(String.format("%04d.txt", written)), format(received.get(seen)),
                        StandardCharsets.UTF_8);
                System.out.println("received mail " + written + " to " + received.get(seen).to());
            }
            Thread.sleep(300);
        }
    }

    static String format(ReceivedMail mail) {
        StringBuilder out = new StringBuilder()
                .append("Date: ").append(mail.receivedAt()).append('\n')
                .append("From: ").append(mail.from()).append('\n')
                .append("To: ").append(String.join(", ", mail.to())).append('\n')
                .append("Subject: ").append(mail.subject()).append('\n')
                .append("Message-ID: ").append(mail.messageId()).append('\n')
                .append('\n')
                .append(mail.text() == null ? "(no text body)" : mail.text().stripTrailing()).append('\n');
        if (mail.html() != null) {
            out.append("\n--- HTML ---\n").append(mail.html()).append('\n');
        }
        return out.toString();
    }
}
