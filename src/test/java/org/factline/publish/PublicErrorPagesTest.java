package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Anonymous visitors who mistype or follow a broken public address get a plain public page with
 * the right status code: never the sign-in, never a stack trace, never Vaadin's app page.
 */
class PublicErrorPagesTest extends AbstractPublicPagesTest {

    @Test
    void a_claim_that_does_not_exist_is_a_public_404() throws Exception {
        assertPublicNotice(get("/published/claims/987654321"), 404, "No published verdict");
    }

    @Test
    void an_address_that_is_not_a_number_or_a_page_is_a_public_400() throws Exception {
        assertPublicNotice(get("/published/claims/abc"), 400, "Not a valid address");
        assertPublicNotice(get("/published/claims/99999999999999999999"), 400, "Not a valid address");
        assertPublicNotice(get("/published?page=abc"), 400, "Not a valid address");
        assertPublicNotice(get("/published/feed.atom?page=x"), 400, "Not a valid address");
        assertPublicNotice(get("/published/claimreview.json?page=1.5"), 400, "Not a valid address");
    }

    @Test
    void unknown_addresses_under_published_are_a_public_404() throws Exception {
        assertPublicNotice(fromBrowser("/published/nothing-here"), 404, "No published verdict");
        assertPublicNotice(fromBrowser("/published/claims/1/more"), 404, "No published verdict");
        assertPublicNotice(fromBrowser("/published/missing.css"), 404, "No published verdict");
        assertThat(get("/published/published.css").statusCode()).isEqualTo(200);

        var program = get("/published/nothing-here");
        assertThat(program.statusCode())
                .as("a program that doesn't ask for HTML")
                .isEqualTo(404);
        assertThat(program.headers().firstValue("Location")).isEmpty();
        assertThat(program.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void the_teams_addresses_still_send_anonymous_visitors_to_the_sign_in() throws Exception {
        var response = get("/error");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** As a browser asks: HTML first. */
    private HttpResponse<String> fromBrowser(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void assertPublicNotice(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).as("no redirect").isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("main h1").text()).isEqualTo(title);
        assertThat(page.select("header .site-name").text()).isEqualTo("Factline");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/published/published.css");
        assertThat(page.select("a[href=/published]")).isNotEmpty();
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Whitelabel")
                .doesNotContain("vaadin")
                .doesNotContain("Sign in");
    }
}
