package org.factline.article;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Article pages for import job tests: each page's text and title are its own, so none is a duplicate. */
public final class ImportJobFixtures {

    private ImportJobFixtures() {}

    /** A news page about {@code subject}; {@code n} makes it distinct from its neighbours. */
    public static String page(String subject, int n) {
        String title = "Report " + n + " on " + subject;
        return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><article>"
                + "<h1>" + title + "</h1>"
                + "<p>Officials in the capital said on Monday that report number " + n + " about " + subject
                + " had been reviewed by an independent panel, which found several of its figures overstated.</p>"
                + "<p>The panel asked for the underlying data for item " + n + " and said a corrected version would"
                + " follow within weeks; the ministry declined to comment on the timing of the correction.</p>"
                + "<p>Opposition lawmakers welcomed the review of " + subject + " and called for hearings, while"
                + " analysts said the numbers in section " + n + " had been disputed for months.</p>"
                + "</article></main><footer>Example Wire</footer></body></html>";
    }

    public static void answer(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
