package org.factline.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the browsers' Content-Security-Policy violation reports ({@code report-uri}, {@link
 * SecurityHeaders#REPORT_PATH}): open to anyone (a browser reports without credentials), answered
 * with 204 whatever it sends. Each report is one WARN line naming the page, the directive and what
 * was blocked (addresses without query or fragment, shortened, control characters removed); at most
 * {@value #LINES_PER_MINUTE} lines a minute, the rest counted and summed up in the next line, so a
 * flood can't fill the log.
 */
@RestController
public class CspReports {

    static final int LINES_PER_MINUTE = 10;
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_FIELD = 200;
    private static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(CspReports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One violation as the browser reported it, cleaned for the log. */
    public record Violation(String page, String directive, String blocked) {}

    private final AtomicLong received = new AtomicLong();
    private final Deque<Violation> recent = new ArrayDeque<>();
    private Instant windowStart = Instant.EPOCH;
    private int linesInWindow;
    private long suppressed;

    @PostMapping(SecurityHeaders.REPORT_PATH)
    ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return ResponseEntity.noContent().build();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            log.debug("An unreadable CSP report was ignored");
            return ResponseEntity.noContent().build();
        }
        List<Violation> violations = new ArrayList<>();
        if (root != null && root.has("csp-report")) { // report-uri
            JsonNode r = root.get("csp-report");
            violations.add(new Violation(
                    address(r.path("document-uri").asString("")),
                    clean(r.path("effective-directive")
                            .asString(r.path("violated-directive").asString(""))),
                    address(r.path("blocked-uri").asString(""))));
        } else if (root != null && root.isArray()) { // the Reporting API's batch
            for (JsonNode r : root) {
                JsonNode b = r.path("body");
                if ("csp-violation".equals(r.path("type").asString(""))) {
                    violations.add(new Violation(
                            address(b.path("documentURL").asString("")),
                            clean(b.path("effectiveDirective").asString("")),
                            address(b.path("blockedURL").asString(""))));
                }
            }
        }
        violations.forEach(this::record);
        return ResponseEntity.noContent().build();
    }

    /** Reports received since start (for tests and the curious). */
    public long received() {
        return received.get();
    }

    /** The last reports, oldest first. */
    public synchronized List<Violation> recent() {
        return List.copyOf(recent);
    }

    private synchronized void record(Violation v) {
        received.incrementAndGet();
        recent.addLast(v);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        Instant now = Instant.now();
        if (Duration.between(windowStart, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            windowStart = now;
            linesInWindow = 0;
        }
        if (linesInWindow >= LINES_PER_MINUTE) {
            suppressed++;
            return;
        }
        linesInWindow++;
        String more = suppressed == 0 ? "" : " (" + suppressed + " more reports were not logged)";
        suppressed = 0;
        log.warn(
                "Content-Security-Policy violation on {}: {} blocked {}{}",
                v.page().isEmpty() ? "?" : v.page(),
                v.directive().isEmpty() ? "?" : v.directive(),
                v.blocked().isEmpty() ? "?" : v.blocked(),
                more);
    }

    /** An address without query string or fragment (they may hold search terms or tokens). */
    private static String address(String uri) {
        int cut = uri.length();
        for (char c : new char[] {'?', '#'}) {
            int i = uri.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return clean(uri.substring(0, cut));
    }

    private static String clean(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return printable.length() > MAX_FIELD ? printable.substring(0, MAX_FIELD) + "…" : printable;
    }
}
