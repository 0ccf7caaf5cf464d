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
        // the jar's directory is the app's name
        executable(bin.resolve("java"), "app=\"$(basename \"$(dirname \"${@: -1}\")\")\"\n"
                + "{ echo \"QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}\"; printf '%s\\n' \"$@\"; } >\""
                + calls + "/java-$app\"");
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
    void anAppStartsWithTheClassArchiveItsBuildMadeAndWithoutItWhenThereIsNone() throws Exception {
        Files.writeString(root.resolve("gateway/target/quarkus-app/app-cds.jsa"), "an archive");
        run("""
                start_app gateway "$(app_field gateway 3)" "$(app_field gateway 4)" accord_gateway
                start_app review-service "$(app_field review-service 3)" "$(app_field review-service 4)" accord_reviews
                wait""");

        List<String> gateway = Files.readAllLines(calls.resolve("java-gateway"));
        assertTrue(gateway.stream().anyMatch(arg -> arg.startsWith("-XX:SharedArchiveFile=") && arg.endsWith("/run/gateway/app-cds.jsa")),
                gateway.toString());
        List<String> review = Files.readAllLines(calls.resolve("java-review-service"));
        assertFalse(review.stream().anyMatch(arg -> arg.startsWith("-XX:SharedArchiveFile=")), review.toString());
        // the defaults run the full JIT: the C1-only JIT made each request cost 2-3x the CPU (README, JVM settings)
        assertFalse(review.stream().anyMatch(arg -> arg.startsWith("-XX:TieredStopAtLevel")), review.toString());
    }

    @Test
    void itsUsageNamesTheBenchmark() throws Exception {
        Process accord = accord();
        assertEquals(2, accord.exitValue());
        assertTrue(Files.readString(root.resolve("out.txt")).contains("| bench"), Files.readString(root.resolve("out.txt")));
    }

    @Test
    void theBenchmarkMeasuresOnlyARunningSuiteAndSaysSoOtherwise() throws Exception {
        Files.createDirectories(root.resolve("bench"));
        Files.copy(AccordSuite.root().resolve("bench/bench.sh"), root.resolve("bench/bench.sh"));
        // every management port 1: nothing answers there, whatever else runs on this machine
        List<String> apps = new ArrayList<>();
        for (LocalApps.App app : LocalApps.read(root)) {
            apps.add(String.join(" ", app.name(), app.routedAs(), Integer.toString(app.port()), "1", app.database()));
        }
        Files.write(root.resolve("apps.conf"), apps);

        Process accord = accord("bench");

        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(2, accord.exitValue(), out);
        assertTrue(out.contains("./accord up"), out);
        assertFalse(Files.exists(root.resolve("state/bench")), "it prepared a run anyway");
    }

    /** Runs the copied script as a user would, with the stand-ins first on the path. */
    private Process accord(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "./accord"));
        command.addAll(List.of(args));
        ProcessBuilder bash = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("out.txt").toFile());
        bash.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        bash.environment().put("ACCORD_HOME", root.resolve("state").toString());
        Process process = bash.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
        return process;
    }

    /** Sources the copied script (which then only defines its functions) and runs {@code script} with the stand-ins. */
    private void run(String script) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "source ./accord\nmkdir -p \"$STATE/pids\" \"$STATE/logs\"\n" + script)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("out.txt").toFile());
        bash.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        bash.environment().put("ACCORD_HOME", root.resolve("state").toString());
        bash.environment().put("ACCORD_PG_USER", "accord");
        bash.environment().put("ACCORD_PG_PASSWORD", "s3cret");
        Process process = bash.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, process.exitValue(), Files.readString(root.resolve("out.txt")));
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
