package org.factline.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as a customer would write one: records what arrives, answers
 * with the status codes it was told to (then 200), and verifies signatures the way
 * docs/webhooks.md tells receivers to, with its own HMAC code rather than Factline's.
 */
public final class TestReceiver implements AutoCloseable {

    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private TestReceiver(HttpServer server) {
        this.server = server;
    }

    public static TestReceiver start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var receiver = new TestReceiver(server);
        server.createContext("/hooks/factline", exchange -> {
            var headers = new HashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receiver.received.add(new Received(headers, body));
            Integer scripted = receiver.answers.poll();
            int status = scripted == null ? 200 : scripted;
            byte[] answer = (status < 300 ? "ok" : "receiver trouble").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/factline";
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The receiver's check: HMAC-SHA256 of "timestamp.body" with the secret, compared in constant time. */
    public static boolean signatureValid(Received r, String secret) throws Exception {
        String header = r.header("X-Factline-Signature");
        String timestamp = r.header("X-Factline-Timestamp");
        if (header == null || timestamp == null || !header.startsWith("sha256=")) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}
