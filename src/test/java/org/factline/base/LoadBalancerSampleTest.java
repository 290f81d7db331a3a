package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The sample load balancer configurations of docs/load-balancer/ run for real: Debian's nginx and
 * HAProxy (installed by .ci/run) with those files, their ports moved to free ones, in front of two
 * Tomcats named "a" and "b" by {@link NodeRoute}. A browser keeps reaching the node of its session,
 * also after sign-in gives it a new session id; push's WebSocket upgrade reaches the node; when its
 * node stops it is served by the other.
 */
class LoadBalancerSampleTest {

    private static final Path SAMPLES = Path.of("docs/load-balancer");
    private static final Pattern NODE_IN_SESSION = Pattern.compile("JSESSIONID=[0-9A-F]+\\.([ab])");

    @TempDir
    Path dir;

    private final Map<String, WebServer> nodes = new LinkedHashMap<>();
    private Process balancer;
    private int balancerPort;

    @BeforeEach
    void startNodes() {
        for (String name : List.of("a", "b")) {
            nodes.put(name, node(name));
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor();
        }
        nodes.values().forEach(WebServer::stop);
    }

    @Test
    void nginxKeepsEachBrowserOnItsNodeAndFailsOverWhenTheNodeIsGone() throws Exception {
        startBalancer(
                "nginx.conf",
                List.of("/usr/sbin/nginx", "-p", dir.toString(), "-c", "%CONF%", "-g", "daemon off;"),
                text -> text.replace("pid /tmp/factline-nginx.pid;", "pid " + dir.resolve("nginx.pid") + ";"));
        var browser = new Browser("JSESSIONID");
        provesStickinessAndFailover(browser);
    }

    @Test
    void haproxyKeepsEachBrowserOnItsNodeAndFailsOverWhenTheNodeIsGone() throws Exception {
        startBalancer("haproxy.cfg", List.of("/usr/sbin/haproxy", "-db", "-f", "%CONF%"), text -> text);
        var browser = new Browser("JSESSIONID", "FACTLINE_NODE");
        provesStickinessAndFailover(browser);
    }

    private void provesStickinessAndFailover(Browser browser) throws Exception {
        String first = browser.get("/whoami");
        assertThat(first).isIn("a", "b");
        for (int i = 0; i < 10; i++) {
            assertThat(browser.get("/whoami")).as("request %d", i).isEqualTo(first);
        }
        // Sign-in changes the session id (session fixation protection): the node stays the same.
        String before = browser.cookies.get("JSESSIONID");
        assertThat(browser.post("/signin")).isEqualTo(first);
        assertThat(browser.cookies.get("JSESSIONID")).isNotEqualTo(before).endsWith("." + first);
        assertThat(browser.get("/whoami")).isEqualTo(first);

        assertThat(upgradeSeenByNode()).contains("upgrade=websocket", "connection=upgrade");

        nodes.remove(first).stop();
        String other = first.equals("a") ? "b" : "a";
        await().atMost(Duration.ofSeconds(15)).until(() -> other.equals(browser.getOrNull("/whoami")));
        assertThat(browser.cookies.get("JSESSIONID")).endsWith("." + other);
    }

    private void startBalancer(String sample, List<String> command, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        balancerPort = freePort();
        String text = Files.readString(SAMPLES.resolve(sample))
                .replace("127.0.0.1:8081", "127.0.0.1:" + nodes.get("a").getPort())
                .replace("127.0.0.1:8082", "127.0.0.1:" + nodes.get("b").getPort())
                .replace("listen 8080;", "listen 127.0.0.1:" + balancerPort + ";")
                .replace("bind 127.0.0.1:8080", "bind 127.0.0.1:" + balancerPort);
        Path conf = dir.resolve(sample);
        Files.writeString(conf, edit.apply(text));
        Files.createDirectories(dir.resolve("logs"));
        balancer = new ProcessBuilder(command.stream()
                        .map(part -> part.replace("%CONF%", conf.toString()))
                        .toList())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("balancer.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> new Browser().getOrNull("/login") != null);
    }

    /** What a node saw of a WebSocket upgrade sent through the balancer (raw HTTP/1.1). */
    private String upgradeSeenByNode() throws IOException {
        try (var socket = new Socket("127.0.0.1", balancerPort)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            while (!answer.toString().contains("connection=") && (read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
            }
            return answer.toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static WebServer node(String name) {
        var factory = new TomcatServletWebServerFactory(0);
        new NodeRoute(name).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("node", new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response)
                            throws IOException {
                        switch (request.getRequestURI()) {
                            case "/whoami" -> request.getSession(true);
                            case "/signin" -> {
                                request.getSession(true);
                                request.changeSessionId();
                            }
                            case "/VAADIN/push" -> {
                                response.getWriter()
                                        .write("upgrade=" + request.getHeader("Upgrade") + " connection="
                                                + request.getHeader("Connection") + "\n");
                                return;
                            }
                            default -> {}
                        }
                        response.getWriter().write(name);
                    }
                })
                .addMapping("/"));
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Keeps the cookies it is given, as a browser does for one site. */
    private final class Browser {

        final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<String> kept;
        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        Browser(String... kept) {
            this.kept = List.of(kept);
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        String post(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }

        String getOrNull(String path) {
            try {
                return get(path);
            } catch (Exception | AssertionError e) {
                return null;
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + balancerPort + path);
        }

        private String send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList()));
            }
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                if (kept.contains(name)) {
                    cookies.put(name, pair.substring(eq + 1).strip());
                }
            }
            String node = response.body();
            if (cookies.containsKey("JSESSIONID") && !path(request).equals("/login")) {
                var m = NODE_IN_SESSION.matcher("JSESSIONID=" + cookies.get("JSESSIONID"));
                assertThat(m.matches()).as(cookies.get("JSESSIONID")).isTrue();
                assertThat(m.group(1))
                        .as("the session belongs to the node that answered")
                        .isEqualTo(node);
            }
            return node;
        }

        private String path(HttpRequest.Builder request) {
            return request.build().uri().getPath();
        }
    }
}
