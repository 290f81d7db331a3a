package org.factline.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Startup time of the production jar to the first login page, against a baseline measured in the
 * same run on the same machine: a bare JVM start ({@code java -version}). With the {@code aot-cache}
 * profile's output in target/aot it also starts the extracted jar with and without the JDK's AOT
 * cache, interleaved in the same loop. Besides wall-clock it reports the process's CPU time up to the
 * first answer, which other work on a busy machine changes much less. Run with
 * {@code ./mvnw -Pproduction,aot-cache package -DskipTests && ./mvnw -Pbench test -Dtest=StartupBenchmark};
 * prints a table for docs/benchmarks.md. Not part of the normal test run.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    /** One way of starting the same application. */
    private record Way(String name, List<String> javaArgs) {}

    /** Wall-clock and the process's own CPU time (user + system) until /login answered. */
    private record Start(long wallMs, long cpuMs) {}

    @Test
    void startup_to_login_page() throws Exception {
        Path jar = Files.list(Paths.get("target"))
                .filter(p -> p.getFileName().toString().matches("factline-.*\\.jar"))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("Build the jar first: ./mvnw -Pproduction package -DskipTests"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        var ways = new ArrayList<Way>();
        ways.add(new Way("production jar", List.of("-jar", jar.toString())));
        // the aot-cache profile: the same jar extracted, with and without the AOT cache of its training run
        Path extracted = Paths.get("target", "aot", jar.getFileName().toString());
        Path cache = Paths.get("target", "aot", "factline.aot");
        if (Files.exists(extracted) && Files.exists(cache)) {
            ways.add(new Way("extracted jar", List.of("-jar", extracted.toString())));
            ways.add(new Way(
                    "extracted jar + AOT cache", List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString())));
        }

        List<Long> baseline = new ArrayList<>();
        Map<String, List<Start>> firstStart = new LinkedHashMap<>();
        Map<String, List<Start>> restart = new LinkedHashMap<>();
        int port = 18400;
        for (int i = 0; i < RUNS; i++) {
            baseline.add(time(new ProcessBuilder(java, "-version").redirectErrorStream(true)));
            for (Way way : ways) {
                Path data = Files.createTempDirectory("factline-bench");
                firstStart
                        .computeIfAbsent(way.name(), k -> new ArrayList<>())
                        .add(startToLogin(java, way, data, port++));
                restart.computeIfAbsent(way.name(), k -> new ArrayList<>())
                        .add(startToLogin(java, way, data, port++)); // existing database and index
            }
        }
        long base = median(baseline);
        System.out.printf(
                Locale.ROOT,
                "%n| measure | median ms (min–max) | ratio to bare JVM start | CPU ms, median |%n|---|---|---|---|%n");
        System.out.printf(
                Locale.ROOT,
                "| bare JVM start (`java -version`), baseline | %d (%d–%d) | 1.0 | |%n",
                base,
                min(baseline),
                max(baseline));
        for (Way way : ways) {
            row(way.name() + " to /login, empty data dir", firstStart.get(way.name()), base);
            row(way.name() + " to /login, existing data", restart.get(way.name()), base);
        }
        System.out.printf(Locale.ROOT, "(runs: %d; all: first %s, restart %s)%n", RUNS, firstStart, restart);
    }

    private static void row(String measure, List<Start> starts, long base) {
        List<Long> wall = starts.stream().map(Start::wallMs).toList();
        long median = median(wall);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d (%d–%d) | %.1f | %d |%n",
                measure,
                median,
                min(wall),
                max(wall),
                median / (double) base,
                median(starts.stream().map(Start::cpuMs).toList()));
    }

    private static Start startToLogin(String java, Way way, Path data, int port) throws Exception {
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(way.javaArgs());
        command.add("--server.port=" + port);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile());
        builder.environment().put("FACTLINE_DATA_DIR", data.toString());
        builder.environment().put("FACTLINE_ADMIN_PASSWORD", "bench-password-for-startup");
        builder.environment().put("FACTLINE_SECURITY_REMEMBER_ME_KEY", "bench-remember-me-key-for-startup");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .GET()
                    .build();
            await().atMost(Duration.ofMinutes(10))
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> answers(process, request, data));
            long wall = (System.nanoTime() - start) / 1_000_000;
            long cpu = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            return new Start(wall, cpu);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static boolean answers(Process process, HttpRequest request, Path data) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("App exited; see " + data.resolve("app.log"));
        }
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    private static long time(ProcessBuilder builder) throws Exception {
        long start = System.nanoTime();
        Process p = builder.start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
