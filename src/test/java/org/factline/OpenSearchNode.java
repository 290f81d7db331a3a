package org.factline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real OpenSearch node of the cluster tests, one per test JVM: started with
 * {@code scripts/opensearch} from the distribution the build lays out in target/opensearch, in a
 * folder of its own (fresh data, so indexes match this JVM's fresh database), green before the first
 * test (or, with {@link #unstarted()}, when the test says), and stopped and deleted when the JVM
 * ends. {@link #stop()} and {@link #start()} take it away and bring it back on the same port with
 * its data, as an outage would. The system properties {@code factline.opensearch.heap} and
 * {@code factline.opensearch.jvm-flags} set the node's heap and JVM flags (scripts/opensearch's
 * defaults otherwise: 256 MB, the test node's fast-start flags), {@code factline.opensearch.start-timeout}
 * the seconds it may take to be green (60).
 */
public final class OpenSearchNode {

    private static OpenSearchNode node;

    private final Path script;
    private final Path dir;
    private final String home;
    private volatile int port;
    private volatile boolean started;

    private OpenSearchNode(Path script, Path dir, String home) {
        this.script = script;
        this.dir = dir;
        this.home = home;
    }

    /** The node of this JVM, started at the first call. */
    public static synchronized OpenSearchNode get() {
        var self = unstarted();
        if (!self.started) {
            self.start();
        }
        return self;
    }

    /**
     * The node of this JVM without starting it: its port is taken now (free at this moment) and
     * {@link #start()} starts it there. For a test of an application that starts while the engine is
     * away.
     */
    public static synchronized OpenSearchNode unstarted() {
        if (node == null) {
            Path repo = Path.of("").toAbsolutePath();
            String home = System.getProperty(
                    "factline.opensearch.home",
                    repo.resolve("target/opensearch/opensearch-3.4.0").toString());
            var created = new OpenSearchNode(
                    repo.resolve("scripts/opensearch"),
                    repo.resolve("target/opensearch-nodes/" + UUID.randomUUID()),
                    home);
            // scripts/opensearch starts a node on the port its folder's http.port names.
            try (var socket = new ServerSocket(0)) {
                created.port = socket.getLocalPort();
                Files.createDirectories(created.dir);
                Files.writeString(created.dir.resolve("http.port"), created.port + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(created::stopAndDelete, "opensearch-stop"));
            node = created;
        }
        return node;
    }

    /** host:port, as FACTLINE_SEARCH_HOSTS takes it. */
    public String hosts() {
        return "127.0.0.1:" + port;
    }

    /** Starts the node (again) on its port and returns when it is green. */
    public synchronized void start() {
        long begin = System.nanoTime();
        run("start");
        started = true;
        try {
            port = Integer.parseInt(Files.readString(dir.resolve("http.port")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(
                "OpenSearch node on port %d green after %d ms%n", port, (System.nanoTime() - begin) / 1_000_000);
    }

    /** Whether {@link #start()} has run (the node may have been stopped since). */
    public boolean started() {
        return started;
    }

    /** Stops the node; its data and port stay for {@link #start()}. */
    public void stop() {
        run("stop");
    }

    private void stopAndDelete() {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // target/ is cleaned by the next build anyway
            }
        }
    }

    private void run(String command) {
        try {
            var builder = new ProcessBuilder(script.toString(), command, dir.toString()).redirectErrorStream(true);
            builder.environment().put("OPENSEARCH_HOME", home);
            String heap = System.getProperty("factline.opensearch.heap");
            if (heap != null) {
                builder.environment().put("FACTLINE_OPENSEARCH_HEAP", heap);
            }
            String flags = System.getProperty("factline.opensearch.jvm-flags");
            if (flags != null) {
                builder.environment().put("FACTLINE_OPENSEARCH_JVM_FLAGS", flags);
            }
            int timeout = Integer.getInteger("factline.opensearch.start-timeout", 60);
            builder.environment().put("FACTLINE_OPENSEARCH_START_TIMEOUT", Integer.toString(timeout));
            var process = builder.start();
            int minutes = Math.max(3, timeout / 60 + 2);
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "scripts/opensearch " + command + " did not finish in " + minutes + " minutes");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("scripts/opensearch " + command + " failed (OPENSEARCH_HOME " + home
                        + "; run ./mvnw process-test-classes first):\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
