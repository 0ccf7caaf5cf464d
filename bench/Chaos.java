import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of {@code ./accord bench chaos}: writes through the gateway at a steady rate while components are killed,
 * recording every answer. Run as a single-file program (JDK 17):
 * <pre>java bench/Chaos.java gatewayUrl outDir rate|auto probeSeconds minutes connections drainSeconds</pre>
 *
 * <p>First it prepares, once: a customer of its own (every record of the run belongs to it), a survey for deliveries,
 * and one order taken through a full review (opinions, consolidation, decision), so that the customer is no longer
 * new and its later orders get the simplified review. With {@code auto} it then writes as fast as {@code connections}
 * writers can for {@code probeSeconds} and takes half of that rate. It writes {@code outDir/steady} (the rate) when
 * the steady load starts: the killer waits for it.
 *
 * <p>Each tick is one write: two of three are submissions (capture and submit; expected downstream: one review),
 * one of three an escalated feedback (rating 1; expected: one complaint). Every second accepted submission is taken on
 * to a delivery in the background (review found, order confirmed by the sales manager, requirement ACCEPTED, then
 * delivered and the delivery accepted by the customer; expected: one survey invitation). A write answered 2xx is accepted: its id goes to
 * {@code submissions.txt}, {@code feedback.txt} or {@code deliveries.txt} at once. A 503 with Retry-After is refused
 * and not retried (the next tick is a new write), except a delivery, whose steps are retried until done or the drain
 * ends. Anything else (another status, a refused connection, a timeout) is counted by kind; a timeout or a broken
 * connection leaves the outcome unknown, so such a write is neither accepted nor expected downstream. A tick finding
 * every writer busy is counted, not queued. After the load it waits up to {@code drainSeconds} for the deliveries
 * under way, writes {@code timeline.jsonl} (per second: accepted, refused, failed) and prints {@code CHAOS {json}}.
 */
public class Chaos {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Duration STEP_PAUSE = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final String gateway;
    private final Path out;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private String customer;
    private String captureBody;

    /** kind of write → kind of answer → count */
    private final Map<String, Map<String, AtomicLong>> answers = new ConcurrentHashMap<>();
    /** second (epoch) → accepted, refused, failed */
    private final Map<Long, long[]> timeline = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong missedTicks = new AtomicLong();
    private final AtomicLong submissions = new AtomicLong();
    private final AtomicInteger deliveriesUnderWay = new AtomicInteger();
    private final AtomicLong deliveriesUnfinished = new AtomicLong();
    private final ScheduledExecutorService followUps = Executors.newScheduledThreadPool(4);
    private volatile long followUpDeadline = Long.MAX_VALUE;

    private Chaos(String gateway, Path out) {
        this.gateway = gateway;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: java bench/Chaos.java gatewayUrl outDir rate|auto probeSeconds minutes connections drainSeconds");
            System.exit(2);
        }
        Chaos chaos = new Chaos(args[0], Files.createDirectories(Path.of(args[1])));
        chaos.run(args[2], Integer.parseInt(args[3]), Double.parseDouble(args[4]), Integer.parseInt(args[5]),
                Integer.parseInt(args[6]));
    }

    private void run(String rateArg, int probeSeconds, double minutes, int connections, int drainSeconds) throws Exception {
        prepare();
        Double probed = null;
        double rate;
        if (rateArg.equals("auto")) {
            log("probing the maximum write rate for " + probeSeconds + " s with " + connections + " writers");
            long start = System.nanoTime();
            atMaximumRate(probeSeconds, connections);
            probed = accepted.get() / ((System.nanoTime() - start) / 1e9);
            rate = Math.max(1, probed / 2);
            log(String.format(Locale.ROOT, "maximum %.1f writes/s: the steady load is half of it, %.1f/s", probed, rate));
        } else {
            rate = Double.parseDouble(rateArg);
        }
        Files.writeString(out.resolve("steady"), String.format(Locale.ROOT, "%.1f%n", rate));
        long steadyFrom = System.currentTimeMillis();
        atSteadyRate(rate, Math.round(minutes * 60), connections);
        long steadyTo = System.currentTimeMillis();
        log("load ended; waiting up to " + drainSeconds + " s for the deliveries under way");
        followUpDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        while (deliveriesUnderWay.get() > 0 && System.nanoTime() < followUpDeadline) {
            Thread.sleep(500);
        }
        followUps.shutdownNow();
        deliveriesUnfinished.addAndGet(deliveriesUnderWay.get());
        writeTimeline();
        System.out.println("CHAOS " + summary(probed, rate, steadyFrom, steadyTo));
    }

    // ---------------------------------------------------------------- preparing the run

    private void prepare() throws Exception {
        for (String role : List.of("SALES", "SALES_MANAGER", "CUSTOMER_SERVICE", "QUALITY", "PRODUCTION", "PROCUREMENT",
                "GENERAL_MANAGER", "AUDITOR")) {
            tokens.put(role, token("chaos." + role.toLowerCase(Locale.ROOT), role));
        }
        customer = created(post("SALES", "/api/v1/customers",
                "{\"code\": \"CHAOS-" + System.currentTimeMillis() + "\", \"name\": \"Chaos Pumps\"}"), "customer");
        Files.writeString(out.resolve("customer"), customer + "\n");
        captureBody = """
                {"customerId": "%s", "source": "ORDER", "title": "Pump housings (chaos run)",
                 "items": [{"productCode": "PH-200", "description": "pump housing", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"},
                 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
                """.formatted(customer, LocalDate.now().plusMonths(3));
        // the newest survey for deliveries is the one the feedback-service invites to
        created(post("CUSTOMER_SERVICE", "/api/v1/surveys", """
                {"title": "Your delivery (chaos run)", "purpose": "DELIVERY",
                 "questions": [{"key": "overall", "text": "Satisfied?", "type": "RATING_1_5"}]}
                """), "survey");
        log("customer " + customer + ": its first order through a full review, so its later orders are routine");
        String requirement = created(post("SALES", "/api/v1/requirements", captureBody), "requirement");
        expect(post("SALES", "/api/v1/requirements/" + requirement + "/submission", ""), 200, "submission");
        String review = awaitReview(requirement, Duration.ofSeconds(60));
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            expect(post(department, "/api/v1/reviews/" + review + "/opinions",
                    "{\"department\": \"" + department + "\", \"verdict\": \"APPROVE\"}"), 200, department + " opinion");
        }
        expect(post("SALES_MANAGER", "/api/v1/reviews/" + review + "/consolidation",
                "{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}"),
                200, "consolidation");
        expect(post("GENERAL_MANAGER", "/api/v1/reviews/" + review + "/decision", "{\"decision\": \"APPROVED\"}"), 200, "decision");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"ACCEPTED".equals(first(STATUS, get("AUDITOR", "/api/v1/requirements/" + requirement).body()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first order was not ACCEPTED within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private String token(String user, String role) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"" + user + "\", \"roles\": [\"" + role + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = first(TOKEN, answer.body());
        if (answer.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token from " + gateway + "/auth/token: " + answer.statusCode());
        }
        return token;
    }

    private String awaitReview(String requirement, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String review = reviewOf(requirement);
            if (review != null) {
                return review;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no review for " + requirement + " within " + within.toSeconds() + " s");
    }

    /** The review opened for the requirement, or null while there is none (or the read failed). */
    private String reviewOf(String requirement) throws InterruptedException {
        try {
            HttpResponse<String> answer = get("AUDITOR", "/api/v1/reviews?requirementId=" + requirement);
            if (answer.statusCode() == 200 && !"0".equals(first(TOTAL, answer.body()))) {
                return first(ID, answer.body());
            }
        } catch (IOException e) {
            // away for now
        }
        return null;
    }

    // ---------------------------------------------------------------- the load

    private void atMaximumRate(int seconds, int connections) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService writers = Executors.newFixedThreadPool(connections);
        for (int i = 0; i < connections; i++) {
            writers.execute(() -> {
                while (System.nanoTime() < deadline) {
                    writeOne();
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    private void atSteadyRate(double rate, long seconds, int connections) throws InterruptedException {
        ThreadPoolExecutor writers = new ThreadPoolExecutor(connections, connections, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            try {
                writers.execute(this::writeOne);
            } catch (RejectedExecutionException busy) {
                missedTicks.incrementAndGet();
            }
        }, 0, Math.round(1e9 / rate), TimeUnit.NANOSECONDS);
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void writeOne() {
        long tick = ticks.getAndIncrement();
        if (tick % 3 == 2) {
            escalatedFeedback();
        } else {
            submission();
        }
    }

    private void submission() {
        Answer captured = call("SALES", "/api/v1/requirements", captureBody);
        if (!captured.ok()) {
            count("submission", captured);
            return;
        }
        String requirement = captured.id();
        Answer submitted = call("SALES", "/api/v1/requirements/" + requirement + "/submission", "");
        count("submission", submitted);
        if (submitted.ok()) {
            append("submissions.txt", requirement);
            if (submissions.incrementAndGet() % 2 == 0) {
                deliveriesUnderWay.incrementAndGet();
                later(new Delivery(requirement)::findReview);
            }
        }
    }

    private void escalatedFeedback() {
        Answer answer = call("CUSTOMER_SERVICE", "/api/v1/feedback", "{\"customerId\": \"" + customer
                + "\", \"channel\": \"PHONE\", \"category\": \"QUALITY\", \"rating\": 1, \"text\": \"seals fail (chaos run)\"}");
        if (answer.ok() && !answer.body().contains("\"escalated\":true")) {
            count("feedback", new Answer(answer.status(), "2xx but not escalated", answer.body(), null));
            return;
        }
        count("feedback", answer);
        if (answer.ok()) {
            append("feedback.txt", answer.id());
        }
    }

    /** One accepted submission taken on to its delivery, step by step, each step retried until it is done. */
    private final class Delivery {
        private final String requirement;
        private String review;

        Delivery(String requirement) {
            this.requirement = requirement;
        }

        void findReview() {
            review = reviewOfQuietly(requirement);
            later(review == null ? this::findReview : this::confirmOrder);
        }

        void confirmOrder() {
            Answer answer = call("SALES_MANAGER", "/api/v1/reviews/" + review + "/order-confirmation",
                    "{\"method\": \"FAX\", \"reference\": \"chaos\"}");
            count("order confirmation", answer);
            // 409: confirmed by an earlier attempt whose answer was lost
            later(answer.ok() || answer.status() == 409 ? this::awaitAccepted : this::confirmOrder);
        }

        void awaitAccepted() {
            String status = null;
            String body = null;
            try {
                HttpResponse<String> answer = get("AUDITOR", "/api/v1/requirements/" + requirement);
                body = answer.statusCode() == 200 ? answer.body() : null;
                status = body != null ? first(STATUS, body) : null;
            } catch (IOException e) {
                // away for now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if ("DELIVERED".equals(status)) {
                // delivered by an attempt whose answer was lost: its invitation exists, but it is not counted as accepted
                count("delivery", new Answer(0, "delivered, answer lost", "", null));
                done();
            } else if ("ACCEPTED".equals(status)) {
                // delivered by an attempt whose answer was lost: the customer's acceptance is what is left
                later(body != null && body.contains("\"deliveries\":[{") ? this::accept : this::deliver);
            } else {
                later(this::awaitAccepted);
            }
        }

        void deliver() {
            Answer answer = call("SALES", "/api/v1/requirements/" + requirement + "/deliveries",
                    "{\"reference\": \"chaos-" + requirement.substring(0, 8) + "\"}");
            count("delivery", answer);
            if (answer.ok()) {
                later(this::accept);
            } else if (answer.unknownOutcome() || answer.status() == 409) {
                // perhaps delivered by this attempt or an earlier one: the requirement tells
                later(this::awaitAccepted);
            } else {
                later(this::deliver);
            }
        }

        /** The customer accepts the (one, complete) delivery: only now is the record DELIVERED and the survey sent. */
        void accept() {
            Answer answer = call("SALES", "/api/v1/requirements/" + requirement + "/deliveries/1/acceptance",
                    "{\"accepted\": true}");
            count("acceptance", answer);
            if (answer.ok()) {
                append("deliveries.txt", requirement);
                done();
            } else if (answer.unknownOutcome() || answer.status() == 409) {
                later(this::awaitAccepted);
            } else {
                later(this::accept);
            }
        }

        private void done() {
            deliveriesUnderWay.decrementAndGet();
        }

        private void later(Runnable step) {
            if (System.nanoTime() > followUpDeadline) {
                return;
            }
            Chaos.this.later(step);
        }
    }

    private void later(Runnable step) {
        try {
            followUps.schedule(step, STEP_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            // the run is over
        }
    }

    private String reviewOfQuietly(String requirement) {
        try {
            return reviewOf(requirement);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------- HTTP and answers

    /** What one write got back: a status (0: none), its kind for the report, and the new resource's id if any. */
    private record Answer(int status, String kind, String body, String id) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean refused() {
            return kind.equals("503 with Retry-After");
        }

        /** no answer after the request may have been sent: it may or may not have happened */
        boolean unknownOutcome() {
            return kind.startsWith("timeout") || kind.startsWith("connection lost");
        }
    }

    private Answer call(String role, String path, String body) {
        try {
            HttpResponse<String> answer = post(role, path, body);
            int status = answer.statusCode();
            String kind;
            if (status >= 200 && status < 300) {
                kind = "2xx";
            } else if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                kind = "503 with Retry-After";
            } else {
                kind = "status " + status;
            }
            String id = answer.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                    .orElseGet(() -> first(ID, answer.body()));
            return new Answer(status, kind, answer.body(), id);
        } catch (ConnectException e) {
            return new Answer(0, "connection refused (nothing sent)", "", null);
        } catch (HttpTimeoutException e) {
            return new Answer(0, "timeout (outcome unknown)", "", null);
        } catch (IOException e) {
            return new Answer(0, "connection lost (outcome unknown)", "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", "", null);
        }
    }

    private HttpResponse<String> post(String role, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return send(role, request);
    }

    private HttpResponse<String> get(String role, String path) throws IOException, InterruptedException {
        return send(role, HttpRequest.newBuilder(URI.create(gateway + path)).GET());
    }

    private HttpResponse<String> send(String role, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + tokens.get(role)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String created(HttpResponse<String> answer, String what) {
        expect(answer, 201, what);
        String id = answer.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseGet(() -> first(ID, answer.body()));
        if (id == null) {
            throw new IllegalStateException("no id for the new " + what);
        }
        return id;
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private void count(String write, Answer answer) {
        answers.computeIfAbsent(write, w -> new ConcurrentHashMap<>()).computeIfAbsent(answer.kind(), k -> new AtomicLong())
                .incrementAndGet();
        if (write.equals("order confirmation") || write.equals("acceptance")) {
            return;
        }
        if (answer.ok() && !write.equals("delivery")) {
            accepted.incrementAndGet();
        }
        long[] second = timeline.computeIfAbsent(System.currentTimeMillis() / 1000, s -> new long[3]);
        synchronized (second) {
            second[answer.ok() ? 0 : answer.refused() ? 1 : 2]++;
        }
    }

    private synchronized void append(String file, String id) {
        try {
            Files.writeString(out.resolve(file), id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static void log(String line) {
        System.err.println("  " + line);
    }

    // ---------------------------------------------------------------- the result

    private void writeTimeline() throws IOException {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(timeline).forEach((second, c) -> lines.add(String.format(Locale.ROOT,
                "{\"second\":%d,\"accepted\":%d,\"refused\":%d,\"failed\":%d}", second, c[0], c[1], c[2])));
        Files.write(out.resolve("timeline.jsonl"), lines);
    }

    private String summary(Double probed, double rate, long steadyFrom, long steadyTo) {
        String byWrite = new TreeMap<>(answers).entrySet().stream().map(write -> "\"" + write.getKey() + "\":{"
                + new TreeMap<>(write.getValue()).entrySet().stream()
                        .map(kind -> "\"" + kind.getKey() + "\":" + kind.getValue().get()).collect(Collectors.joining(","))
                + "}").collect(Collectors.joining(","));
        return String.format(Locale.ROOT, "{\"customerId\":\"%s\",\"probedPerSecond\":%s,\"ratePerSecond\":%.1f,"
                        + "\"steadyFromMs\":%d,\"steadyToMs\":%d,\"ticks\":%d,\"missedTicks\":%d,\"deliveriesUnfinished\":%d,"
                        + "\"answers\":{%s}}",
                customer, probed == null ? "null" : String.format(Locale.ROOT, "%.1f", probed), rate, steadyFrom, steadyTo,
                ticks.get(), missedTicks.get(), deliveriesUnfinished.get(), byWrite);
    }
}
