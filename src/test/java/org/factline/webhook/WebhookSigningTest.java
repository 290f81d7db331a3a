package org.factline.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class WebhookSigningTest {

    @Test
    void hmac_matches_the_rfc_4231_test_vector() {
        // RFC 4231, test case 2.
        assertThat(WebhookSigning.hmacSha256Hex(
                        "Jefe".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void the_signature_covers_timestamp_dot_body() {
        byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSigning.signature("whsec_k", 1767225600, body);
        assertThat(signature)
                .isEqualTo("sha256="
                        + WebhookSigning.hmacSha256Hex(
                                "whsec_k".getBytes(StandardCharsets.UTF_8),
                                "1767225600.{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookSigning.signature("whsec_k", 1767225601, body))
                .as("another timestamp")
                .isNotEqualTo(signature);
        assertThat(WebhookSigning.signature("whsec_other", 1767225600, body))
                .as("another secret")
                .isNotEqualTo(signature);
    }

    /** The worked example in docs/webhooks.md, computed there with Python's hmac module. */
    @Test
    void the_documented_example_signs_as_documented() {
        assertThat(WebhookSigning.signature("whsec_k", 1767225600, "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=2e4b7cb1a8fac2f803bbe349b2d4882ce8ba369e17aa3e069b615be017968065");
    }

    @Test
    void secrets_are_random_and_say_what_they_are() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 50; i++) {
            String secret = WebhookSigning.newSecret();
            assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
            seen.add(secret);
        }
        assertThat(seen).hasSize(50);
    }
}
