import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The event path of {@code ./accord bench}: a requirement submitted → its review opened and visible through the
 * gateway. Run as a single-file program (JDK 17):
 * <pre>java bench/EventPath.java requirementsUrl gatewayUrl captureBodyFile rate|max seconds connections</pre>
 * with the bearer token in {@code BENCH_TOKEN}. It captures and submits requirements directly on the
 * requirements-service, at a steady rate or as fast as {@code connections} writers can, and notes when each
 * submission was answered. One watcher follows the gateway's live event stream ({@code GET /api/v1/events}, as a
 * front end would) and notes when each submitted requirement's {@code review.opened} arrives. After the writes it
 * waits for the stragglers (the time the consumers need to catch up, "drain") and prints one line:
 * {@code BENCH {json}}.
 *
 * <p>One stream rather than polling: the watcher adds no requests to the suite it measures (a 10 ms poll of the review
 * list was 100 list requests a second, a sizeable part of a 2-core machine), and its resolution is the event's own
 * arrival.
 */
public class EventPath {

    private static final Pattern REQUIREMENT_ID = Pattern.compile("\"requirementId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final String REVIEW_OPENED = "accord.review.opened";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String requirementsUrl;
    private final String gatewayUrl;
    private final String token;
    private final String captureBody;

    /** requirement id → System.nanoTime() when its submission was answered */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> writeMs = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong missedTicks = new AtomicLong();
    /** requirement id → System.nanoTime() when its review.opened arrived before its submission's answer */
    private final Map<String, Long> early = new HashMap<>();
    private final AtomicLong streamErrors = new AtomicLong();
    private volatile boolean watching = true;

    private EventPath(String requirementsUrl, String gatewayUrl, String token, String captureBody) {
        this.requirementsUrl = requirementsUrl;
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.captureBody = captureBody;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java bench/EventPath.java requirementsUrl gatewayUrl captureBodyFile rate|max seconds connections");
            System.exit(2);
        }
        String token = System.getenv("BENCH_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("BENCH_TOKEN is not set");
            System.exit(2);
        }
        EventPath run = new EventPath(args[0], args[1], token, Files.readString(Path.of(args[2])));
        Double rate = args[3].equals("max") ? null : Double.valueOf(args[3]);
        run.measure(rate, Integer.parseInt(args[4]), Integer.parseInt(args[5]));
    }

    private void measure(Double rate, int seconds, int connections) throws InterruptedException {
        CountDownLatch subscribed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> watch(subscribed), "watcher");
        watcher.setDaemon(true);
        watcher.start();
        subscribed.await();
        long start = System.nanoTime();
        if (rate == null) {
            atMaximumRate(seconds, connections);
        } else {
            atSteadyRate(rate, seconds, connections);
        }
        long writesEnded = System.nanoTime();
        long drainDeadline = writesEnded + DRAIN_LIMIT.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainDeadline) {
            Thread.sleep(10);
        }
        long drained = System.nanoTime();
        watching = false;
        watcher.interrupt();
        double writeSeconds = (writesEnded - start) / 1e9;
        System.out.println("BENCH " + json(rate, seconds, connections, writeSeconds, (drained - writesEnded) / 1e6));
    }

    private void atSteadyRate(double rate, int seconds, int connections) throws InterruptedException {
        // a tick finding every writer busy is counted, not queued: the offered rate stays the rate asked for
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
        writers.awaitTermination(30, TimeUnit.SECONDS);
    }

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
        writers.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
    }

    /** Captures one requirement and submits it; notes when the submission was answered. */
    private void writeOne() {
        long began = System.nanoTime();
        try {
            HttpResponse<String> captured = send(HttpRequest.newBuilder(URI.create(requirementsUrl + "/api/v1/requirements"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(captureBody)));
            String location = captured.headers().firstValue("Location").orElse(null);
            if (captured.statusCode() != 201 || location == null) {
                failures.incrementAndGet();
                return;
            }
            String id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> submission = send(HttpRequest.newBuilder(
                    URI.create(requirementsUrl + "/api/v1/requirements/" + id + "/submission")).POST(HttpRequest.BodyPublishers.noBody()));
            long answered = System.nanoTime();
            if (submission.statusCode() != 200) {
                failures.incrementAndGet();
                return;
            }
            submitted.incrementAndGet();
            writeMs.add((answered - began) / 1e6);
            answered(id, answered);
        } catch (IOException e) {
            failures.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Follows the gateway's live stream and notes when each awaited requirement's {@code review.opened} arrives. The
     * stream is opened before the first write, so no event of the run can pass unseen.
     */
    private void watch(CountDownLatch subscribed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> stream = http.send(request, HttpResponse.BodyHandlers.ofLines());
            if (stream.statusCode() != 200) {
                streamErrors.incrementAndGet();
                subscribed.countDown();
                return;
            }
            subscribed.countDown();
            String event = null;
            for (String line : (Iterable<String>) stream.body()::iterator) {
                if (!watching) {
                    break;
                }
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && REVIEW_OPENED.equals(event)) {
                    Matcher m = REQUIREMENT_ID.matcher(line);
                    if (m.find()) {
                        opened(m.group(1), System.nanoTime());
                    }
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
            stream.body().close();
        } catch (IOException | UncheckedIOException e) {
            if (watching) {
                streamErrors.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            subscribed.countDown();
        }
    }

    /** A review opened: its latency if its submission was answered already, otherwise kept until it is. */
    private synchronized void opened(String requirementId, long now) {
        Long answered = pending.remove(requirementId);
        if (answered != null) {
            latenciesMs.add((now - answered) / 1e6);
        } else {
            // the event overtook the HTTP answer of the submission (a loaded client): its latency is counted as 0
            early.put(requirementId, now);
        }
    }

    /** The submission of {@code requirementId} was answered at {@code answered}. */
    private synchronized void answered(String requirementId, long answered) {
        if (early.remove(requirementId) != null) {
            latenciesMs.add(0.0);
        } else {
            pending.put(requirementId, answered);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String json(Double rate, int seconds, int connections, double writeSeconds, double drainMs) {
        List<Double> latencies = sorted(latenciesMs);
        List<Double> writes = sorted(writeMs);
        return String.format(Locale.ROOT, "{\"mode\":\"%s\",\"offeredPerSecond\":%s,\"seconds\":%d,\"connections\":%d,"
                        + "\"submitted\":%d,\"achievedPerSecond\":%s,\"missedTicks\":%d,\"failures\":%d,"
                        + "\"seen\":%d,\"unseen\":%d,\"p50Ms\":%s,\"p99Ms\":%s,\"maxMs\":%s,\"drainMs\":%s,"
                        + "\"writeP50Ms\":%s,\"writeP99Ms\":%s,\"streamErrors\":%d}",
                rate == null ? "max" : "steady", rate == null ? "null" : number(rate), seconds, connections,
                submitted.get(), number(submitted.get() / writeSeconds), missedTicks.get(), failures.get(),
                latencies.size(), pending.size(), number(percentile(latencies, 50)), number(percentile(latencies, 99)),
                number(percentile(latencies, 100)), number(drainMs), number(percentile(writes, 50)),
                number(percentile(writes, 99)), streamErrors.get());
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    /** one decimal; null when nothing was measured */
    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** nearest rank; NaN when nothing was measured */
    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
