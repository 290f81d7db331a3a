package org.factline.publish;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Response times of the public pages over loopback, as an anonymous visitor, against the sign-in
 * page measured in the same run (the baseline: a page every visitor gets, served by Spring
 * Security and Vaadin's bootstrap). Requests go round-robin, one at a time, so every page sees
 * the same moments of the machine. Run with {@code ./mvnw -Pbench test -Dtest=PublicPageBenchmark}.
 */
@Tag("bench")
class PublicPageBenchmark extends AbstractIntegrationTest {

    private static final int VERDICTS = Integer.getInteger("bench.verdicts", 200);
    private static final int WARM_UP = 300;
    private static final int ROUNDS = Integer.getInteger("bench.requests", 1_000);

    @LocalServerPort
    int port;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void public_pages_against_the_sign_in_page() throws Exception {
        String checker = user("bench-checker", Role.FACT_CHECKER);
        String editor = user("bench-editor", Role.EDITOR);
        long last = 0;
        for (int i = 0; i < VERDICTS; i++) {
            signIn(checker);
            last = claims.create(new NewClaim(
                            "Benchmark claim " + i + ": exports rose " + i + " percent",
                            "Ministry " + (i % 7),
                            LocalDate.of(2025, 1, 1).plusDays(i),
                            Set.of()))
                    .id();
            review.propose(last, Verdict.values()[i % Verdict.values().length], "Checked against customs data.");
            signIn(editor);
            review.approve(last, claims.get(last).summary().version());
        }
        awaitEvents();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/login (baseline)", "/login");
        pages.put("verdict page", "/published/claims/" + last);
        pages.put("index, first page", "/published");
        pages.put("index, text search", "/published?q=percent");
        pages.put("Atom feed (20 verdicts)", "/published/feed.atom");
        pages.put("ClaimReview JSON (20 verdicts)", "/published/claimreview.json");
        String etag = get("/published/claims/" + last, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        Map<String, List<Double>> times = new LinkedHashMap<>();
        pages.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        times.put("verdict page, unchanged (304)", new ArrayList<>());
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            for (var page : pages.entrySet()) {
                double ms = timed(page.getValue(), null);
                if (round >= WARM_UP) {
                    times.get(page.getKey()).add(ms);
                }
            }
            double ms = timed("/published/claims/" + last, etag);
            if (round >= WARM_UP) {
                times.get("verdict page, unchanged (304)").add(ms);
            }
        }

        double baseline = percentile(times.get("/login (baseline)"), 95);
        System.out.printf(
                Locale.ROOT,
                "%n%d verified claims, %d requests per page after %d warm-up rounds, one at a time over loopback%n"
                        + "| page | p50 ms | p95 ms | p99 ms | p95 / login p95 |%n|---|---|---|---|---|%n",
                VERDICTS,
                ROUNDS,
                WARM_UP);
        for (var t : times.entrySet()) {
            double p95 = percentile(t.getValue(), 95);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    t.getKey(),
                    percentile(t.getValue(), 50),
                    p95,
                    percentile(t.getValue(), 99),
                    p95 / baseline);
        }
    }

    private double timed(String path, String ifNoneMatch) throws Exception {
        long start = System.nanoTime();
        var response = get(path, ifNoneMatch);
        double ms = (System.nanoTime() - start) / 1e6;
        int expected = ifNoneMatch == null ? 200 : 304;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return ms;
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double percentile(List<Double> values, int p) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
