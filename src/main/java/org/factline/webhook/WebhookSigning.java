package org.factline.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets and signatures of webhook requests (docs/webhooks.md): the signature is the hex
 * HMAC-SHA256, keyed with the endpoint's secret as UTF-8, of the timestamp, a dot and the body.
 * Signing the timestamp with the body lets a receiver refuse old requests replayed later.
 */
final class WebhookSigning {

    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigning() {}

    /** A new secret: 32 random bytes, URL-safe Base64, with a prefix that says what it is. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The {@code X-Factline-Signature} header value: {@code sha256=<hex>}. */
    static String signature(String secret, long timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "sha256=" + hmacSha256Hex(secret.getBytes(StandardCharsets.UTF_8), signed);
    }

    static String hmacSha256Hex(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256 (it is a required algorithm).
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
