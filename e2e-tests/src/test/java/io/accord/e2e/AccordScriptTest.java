package io.accord.e2e;

import io.accord.testsupport.LocalApps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code ./accord up} hands PostgreSQL and the apps, without starting anything: the script is sourced in a copy of
 * the repository root whose {@code psql} and {@code java} are stand-ins that write down what they were given.
 */
class AccordScriptTest {

    @TempDir
    Path root;
    Path calls;

    @BeforeEach
    void aRepositoryRootWithStandIns() throws IOException {
        Files.copy(AccordSuite.root().resolve("accord"), root.resolve("accord"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(AccordSuite.root().resolve("apps.conf"), root.resolve("apps.conf"));
        for (LocalApps.App app : LocalApps.read(root)) {
            Path packaged = Files.createDirectories(root.resolve(app.name()).resolve("target/quarkus-app"));
            Files.writeString(packaged.resolve("quarkus-run.jar"), "not a jar");
        }
        calls = Files.createDirectories(root.resolve("calls"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        executable(bin.resolve("pg_isready"), "exit 0");
        // answers "no such database" to every lookup, so each database is created
        executable(bin.resolve("psql"), "echo \"PGPASSWORD=${PGPASSWORD:-} $*\" >>\"" + calls.resolve("psql") + "\"");
        // the jar's directory is the app's name; every broker node's call goes to java-kafka
        executable(bin.resolve("java"), "app=\"$(basename \"$(dirname \"${@: -1}\")\")\"\n"
                + "case \" $* \" in *' io.accord.testsupport.StandaloneKafka '*) app=kafka ;;"
                + " *' io.accord.infra.deadletters.DeadLetterTool '*) app=dlq ;;"
                + " *' io.accord.testsupport.StandaloneSmtp '*) app=smtp ;; esac\n"
                + "{ echo \"QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}\"; printf '%s\\n' \"$@\"; } >>\""
                + calls + "/java-$app\"\n"
                + "echo \"${ACCORD_SMTP_HOST:-}:${ACCORD_SMTP_PORT:-}:${ACCORD_SMTP_STARTTLS:-}\" >>\"" + calls + "/smtp-env-$app\"");
        executable(bin.resolve("pg_ctlcluster"), "echo \"$*\" >>\"" + calls.resolve("pg_ctlcluster") + "\"");
        Files.createDirectories(root.resolve("test-support/target"));
        Files.writeString(root.resolve("test-support/target/classpath.txt"), "kafka.jar");
    }

    @Test
    void thePasswordReachesPsqlAndTheAppsButNoCommandLine() throws Exception {
        run("""
                ensure_databases
                for app in "${APPS[@]}"; do IFS=: read -r name _ port management db <<<"$app"; start_app "$name" "$port" "$management" "$db"; done
                wait""");

        List<String> psql = Files.readAllLines(calls.resolve("psql"));
        assertFalse(psql.isEmpty());
        for (String call : psql) {
            assertTrue(call.startsWith("PGPASSWORD=s3cret ") && call.contains("-U accord"), call);
        }
        for (LocalApps.App app : LocalApps.read(root)) {
            assertTrue(psql.stream().anyMatch(call -> call.endsWith("create database " + app.database())), app.database() + ": " + psql);
            List<String> java = Files.readAllLines(calls.resolve("java-" + app.name()));
            assertEquals("QUARKUS_DATASOURCE_PASSWORD=s3cret", java.get(0), app.name());
            assertTrue(java.contains("-Dquarkus.datasource.username=accord"), app.name() + ": " + java);
            assertTrue(java.contains("-Dquarkus.http.port=" + app.port()), app.name() + ": " + java);
            assertTrue(java.contains("-Dquarkus.management.port=" + app.managementPort()), app.name() + ": " + java);
            assertFalse(java.subList(1, java.size()).stream().anyMatch(arg -> arg.contains("s3cret")), "the password on a command line");
        }
    }

    @Test
    void theGatewayRoutesToTheServicesWhereAppsConfStartsThem() throws Exception {
        run("""
                start_app gateway "$(app_field gateway 3)" "$(app_field gateway 4)" accord_gateway
                wait""");

        List<String> java = Files.readAllLines(calls.resolve("java-gateway"));
        for (LocalApps.App service : LocalApps.services(root)) {
            String route = "-Daccord.gateway.services." + service.routedAs() + ".url=http://127.0.0.1:" + service.port();
            assertTrue(java.contains(route), route + " not in " + java);
        }
    }

    @Test
    void theAppsRunTheClientJitAndASmallSerialHeapByDefault() throws Exception {
        run("""
                start_app review-service "$(app_field review-service 3)" "$(app_field review-service 4)" accord_reviews
                wait""");

        // five JVMs compiling with C2 on two cores spent more CPU compiling than serving (README, JVM settings)
        List<String> review = Files.readAllLines(calls.resolve("java-review-service"));
        assertTrue(review.contains("-XX:+UseSerialGC"), review.toString());
        assertTrue(review.contains("-XX:TieredStopAtLevel=1"), review.toString());
        assertTrue(review.contains("-Xmx128m"), review.toString());
    }

    @Test
    void itsUsageNamesTheBenchmark() throws Exception {
        Process accord = accord();
        assertEquals(2, accord.exitValue());
        assertTrue(Files.readString(root.resolve("out.txt")).contains("| bench"), Files.readString(root.resolve("out.txt")));
    }

    @Test
    void theDeadLetterToolRunsFromAPackagedServiceWithTheLocalBrokerAndTheOperatorsArguments() throws Exception {
        Files.createDirectories(root.resolve("requirements-service/target/quarkus-app/lib/main"));

        Process accord = accord("dlq", "redrive", "review-service", "--partition", "0", "--from", "3", "--to", "4");

        assertEquals(0, accord.exitValue(), Files.readString(root.resolve("out.txt")));
        List<String> java = Files.readAllLines(calls.resolve("java-dlq"));
        assertTrue(java.contains("-Dkafka.bootstrap.servers=127.0.0.1:9092"), java.toString());
        String classpath = java.get(java.indexOf("-cp") + 1);
        assertTrue(classpath.contains("requirements-service/target/quarkus-app/lib/main/*"), classpath);
        int tool = java.indexOf("io.accord.infra.deadletters.DeadLetterTool");
        assertEquals(List.of("redrive", "review-service", "--partition", "0", "--from", "3", "--to", "4"),
                java.subList(tool + 1, java.size()));

        // another broker, named as the apps name it: the tool reads KAFKA_BOOTSTRAP_SERVERS itself
        Files.delete(calls.resolve("java-dlq"));
        accord(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9093"), "dlq", "list", "review-service");
        assertFalse(Files.readString(calls.resolve("java-dlq")).contains("-Dkafka.bootstrap.servers"));
    }

    @Test
    void theDeadLetterToolRefusesWithoutACommandOrAPackagedServiceAndSaysWhatToDo() throws Exception {
        Process usage = accord("dlq");
        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, usage.exitValue(), out);
        assertTrue(out.contains("./accord dlq list <service> | redrive <service>"), out);
        assertEquals(2, accord("dlq", "purge", "review-service").exitValue());

        Process unbuilt = accord("dlq", "list", "review-service");
        out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, unbuilt.exitValue(), out);
        assertTrue(out.contains("./accord up builds it"), out);
        assertFalse(Files.exists(calls.resolve("java-dlq")), "the tool ran without a packaged service");

        accord();
        assertTrue(Files.readString(root.resolve("out.txt")).contains("| dlq list|redrive <service>"));
    }

    @Test
    void theBenchmarkMeasuresOnlyARunningSuiteAndSaysSoOtherwise() throws Exception {
        copyBenchScripts();
        everyManagementPortSilent();

        Process accord = accord("bench");

        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, accord.exitValue(), out);
        assertTrue(out.contains("./accord up"), out);
        assertFalse(Files.exists(root.resolve("state/bench")), "it prepared a run anyway");
    }

    @Test
    void oneBrokerByDefaultAndTheAppsAreGivenIt() throws Exception {
        run("""
                start_kafka
                start_app requirements-service "$(app_field requirements-service 3)" "$(app_field requirements-service 4)" accord_requirements
                wait""");

        List<String> kafka = Files.readAllLines(calls.resolve("java-kafka"));
        assertEquals(1, kafka.stream().filter(arg -> arg.equals("io.accord.testsupport.StandaloneKafka")).count(), kafka.toString());
        assertTrue(kafka.contains("9092"), kafka.toString());
        List<String> java = Files.readAllLines(calls.resolve("java-requirements-service"));
        assertTrue(java.contains("-Dkafka.bootstrap.servers=127.0.0.1:9092"), java.toString());
        assertFalse(java.stream().anyMatch(arg -> arg.contains("topic-replication-factor")), java.toString());
    }

    @Test
    void threeBrokerNodesOnAskingAndTheAppsAreGivenEveryOneAndReplicationThree() throws Exception {
        run("""
                start_kafka
                for app in "${APPS[@]}"; do IFS=: read -r name _ port management db <<<"$app"; start_app "$name" "$port" "$management" "$db"; done
                wait""", "ACCORD_KAFKA_NODES", "3");

        String kafka = Files.readString(calls.resolve("java-kafka"));
        for (int node = 1; node <= 3; node++) {
            assertTrue(kafka.contains("kafka-cluster\n9092\n" + node + "\n3\n"), "node " + node + ": " + kafka);
        }
        for (LocalApps.App app : LocalApps.read(root)) {
            List<String> java = Files.readAllLines(calls.resolve("java-" + app.name()));
            assertTrue(java.contains("-Dkafka.bootstrap.servers=127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094"), app.name() + ": " + java);
            // the services create their topics with 3 replicas; the gateway creates none
            assertEquals(!app.name().equals("gateway"), java.contains("-Daccord.events.topic-replication-factor=3"), app.name() + ": " + java);
        }
    }

    @Test
    void aLocalSmtpSinkStartsAndTheAppsSendTheirMailToIt() throws Exception {
        run("""
                start_smtp
                start_app complaint-service "$(app_field complaint-service 3)" "$(app_field complaint-service 4)" accord_complaints
                wait""");

        List<String> smtp = Files.readAllLines(calls.resolve("java-smtp"));
        assertTrue(smtp.contains("io.accord.testsupport.StandaloneSmtp"), smtp.toString());
        assertTrue(smtp.contains("2525"), smtp.toString());
        assertEquals(List.of("127.0.0.1:2525:DISABLED"), Files.readAllLines(calls.resolve("smtp-env-complaint-service")));
    }

    @Test
    void withAnSmtpServerNamedNoSinkStartsAndTheAppsAreLeftToTheirEnvironment() throws Exception {
        run("""
                start_smtp
                start_app complaint-service "$(app_field complaint-service 3)" "$(app_field complaint-service 4)" accord_complaints
                wait""", "ACCORD_SMTP_HOST", "mail.example.com", "ACCORD_SMTP_PORT", "587");

        assertFalse(Files.exists(calls.resolve("java-smtp")));
        assertEquals(List.of("mail.example.com:587:"), Files.readAllLines(calls.resolve("smtp-env-complaint-service")));
    }

    @Test
    void mailListsWhatTheSinkReceivedAndPrintsOne() throws Exception {
        Path mail = Files.createDirectories(root.resolve("state/mail"));
        Files.writeString(mail.resolve("0001.txt"), "Date: 2026-12-06T18:30:00.123Z\nFrom: accord@localhost\n"
                + "To: buyer@example.com\nSubject: 投诉 C-1 已收到\nMessage-ID: <1@accord>\n\n尊敬的 Acme：\n");
        run("mail > listed.txt; mail 1 > shown.txt");

        String listed = Files.readString(root.resolve("listed.txt"));
        assertTrue(listed.contains("   1  2026-12-06 18:30:00   buyer@example.com"), listed);
        assertTrue(listed.contains("投诉 C-1 已收到"), listed);
        assertTrue(Files.readString(root.resolve("shown.txt")).contains("尊敬的 Acme："));
    }

    @Test
    void theChaosRunRefusesWrongSettingsBeforeItTouchesAnything() throws Exception {
        copyBenchScripts();

        Process accord = accord(Map.of("ACCORD_CHAOS_MINUTES", "0", "ACCORD_CHAOS_INTERVAL", "5", "ACCORD_CHAOS_PG_DOWN", "60",
                "ACCORD_CHAOS_TARGETS", "gateway no-such-service"), "bench", "chaos");

        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, accord.exitValue(), out);
        for (String named : List.of("ACCORD_CHAOS_MINUTES", "ACCORD_CHAOS_INTERVAL", "ACCORD_CHAOS_PG_DOWN", "no-such-service")) {
            assertTrue(out.contains(named), named + " not named in: " + out);
        }
        assertFalse(out.contains("'gateway'"), out);
        assertFalse(Files.exists(calls.resolve("pg_ctlcluster")), "PostgreSQL was touched");
        assertFalse(Files.exists(root.resolve("state/bench")), "it prepared a run anyway");
    }

    @Test
    void theChaosRunNeedsARunningSuiteAndSaysItsSettingsWhenAsked() throws Exception {
        copyBenchScripts();
        everyManagementPortSilent();

        Process accord = accord("bench", "chaos");
        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, accord.exitValue(), out);
        assertTrue(out.contains("./accord up"), out);
        assertFalse(Files.exists(calls.resolve("pg_ctlcluster")), "PostgreSQL was touched");

        Process help = accord("bench", "chaos", "--help");
        String usage = Files.readString(root.resolve("out.txt"));
        assertEquals(0, help.exitValue(), usage);
        for (String setting : List.of("ACCORD_CHAOS_MINUTES", "ACCORD_CHAOS_INTERVAL", "ACCORD_CHAOS_RATE", "ACCORD_CHAOS_TARGETS")) {
            assertTrue(usage.contains(setting), setting + " not in: " + usage);
        }
    }

    private void copyBenchScripts() throws IOException {
        Files.createDirectories(root.resolve("bench"));
        for (String script : List.of("bench.sh", "chaos.sh")) {
            Files.copy(AccordSuite.root().resolve("bench").resolve(script), root.resolve("bench").resolve(script));
        }
    }

    /** Every management port 1: nothing answers there, whatever else runs on this machine. */
    private void everyManagementPortSilent() throws IOException {
        List<String> apps = new ArrayList<>();
        for (LocalApps.App app : LocalApps.read(root)) {
            apps.add(String.join(" ", app.name(), app.routedAs(), Integer.toString(app.port()), "1", app.database()));
        }
        Files.write(root.resolve("apps.conf"), apps);
    }

    /** Runs the copied script as a user would, with the stand-ins first on the path. */
    private Process accord(String... args) throws Exception {
        return accord(Map.of(), args);
    }

    private Process accord(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "./accord"));
        command.addAll(List.of(args));
        ProcessBuilder bash = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("out.txt").toFile());
        bash.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        bash.environment().put("ACCORD_HOME", root.resolve("state").toString());
        bash.environment().putAll(environment);
        Process process = bash.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
        return process;
    }

    /** Sources the copied script (which then only defines its functions) and runs {@code script} with the stand-ins. */
    private void run(String script, String... environment) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "source ./accord\nmkdir -p \"$STATE/pids\" \"$STATE/logs\"\n" + script)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("out.txt").toFile());
        bash.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        bash.environment().put("ACCORD_HOME", root.resolve("state").toString());
        bash.environment().put("ACCORD_PG_USER", "accord");
        bash.environment().put("ACCORD_PG_PASSWORD", "s3cret");
        for (int i = 0; i < environment.length; i += 2) {
            bash.environment().put(environment[i], environment[i + 1]);
        }
        Process process = bash.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, process.exitValue(), Files.readString(root.resolve("out.txt")));
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
