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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Startup time of the production jar to the first login page, against a baseline measured in the
 * same run on the same machine: a bare JVM start ({@code java -version}). Run with
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw -Pbench test}; prints a table for
 * docs/benchmarks.md. Not part of the normal test run.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Test
    void startup_to_login_page() throws Exception {
        Path jar = Files.list(Paths.get("target"))
                .filter(p -> p.getFileName().toString().matches("factline-.*\\.jar"))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("Build the jar first: ./mvnw -Pproduction package -DskipTests"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();

        List<Long> baseline = new ArrayList<>();
        List<Long> firstStart = new ArrayList<>();
        List<Long> restart = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            baseline.add(time(new ProcessBuilder(java, "-version").redirectErrorStream(true)));
            Path data = Files.createTempDirectory("factline-bench");
            firstStart.add(startToLogin(java, jar, data, 18100 + i));
            restart.add(startToLogin(java, jar, data, 18200 + i)); // existing database and index
        }
        long base = median(baseline);
        System.out.printf(Locale.ROOT, "%n| measure | median ms | ratio to bare JVM start |%n|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| bare JVM start (`java -version`), baseline | %d | 1.0 |%n", base);
        System.out.printf(
                Locale.ROOT,
                "| jar start to /login, empty data dir | %d | %.1f |%n",
                median(firstStart),
                median(firstStart) / (double) base);
        System.out.printf(
                Locale.ROOT,
                "| jar start to /login, existing data | %d | %.1f |%n",
                median(restart),
                median(restart) / (double) base);
        System.out.printf(Locale.ROOT, "(runs: %d; all: first %s, restart %s)%n", RUNS, firstStart, restart);
    }

    private static long startToLogin(String java, Path jar, Path data, int port) throws Exception {
        var builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile());
        builder.environment().put("FACTLINE_DATA_DIR", data.toString());
        builder.environment().put("FACTLINE_ADMIN_PASSWORD", "bench-password-for-startup");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .GET()
                    .build();
            await().atMost(Duration.ofMinutes(5))
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> answers(process, request, data));
            return (System.nanoTime() - start) / 1_000_000;
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

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
