package org.factline.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.factline.base.AddressGuard;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * POSTs one signed event and says how it went. Spring's RestClient over Apache HttpClient, because
 * that client takes a DNS resolver: it connects only to addresses the {@link AddressGuard} checked
 * on that very lookup, so a name that turned internal since the endpoint was saved is refused at
 * send time too (the JDK's client would look the name up again after any check). No redirects
 * (a 3xx is a failed attempt), no proxy, no cookies, no automatic retries: the worker retries.
 */
final class WebhookSender implements AutoCloseable {

    static final String EVENT_HEADER = "X-Factline-Event";
    static final String TIMESTAMP_HEADER = "X-Factline-Timestamp";
    static final String SIGNATURE_HEADER = "X-Factline-Signature";
    private static final int EXCERPT_BYTES = 200;

    /**
     * @param delivered the receiver answered 2xx
     * @param responseCode the receiver's status, if it answered
     * @param error why it was not delivered
     */
    record Outcome(
            boolean delivered,
            @Nullable Integer responseCode,
            @Nullable String error) {}

    private final WebhookProperties properties;
    private final Clock clock;
    private final CloseableHttpClient client;
    private final RestClient rest;

    WebhookSender(AddressGuard guard, WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.client = guard.httpClient(properties.connectTimeout(), properties.readTimeout(), 50, 5)
                .build();
        var requests = new HttpComponentsClientHttpRequestFactory(client);
        requests.setConnectionRequestTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    /** Sends {@code payload} to {@code url}, signed with {@code secret} and the current time. */
    Outcome send(String url, String secret, WebhookEvent event, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, null, "This is not a valid web address.");
        }
        try {
            return rest.post()
                    .uri(uri)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.USER_AGENT, "Factline-Webhooks/1")
                    .header(EVENT_HEADER, event.wireName())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, WebhookSigning.signature(secret, timestamp, body))
                    .body(body)
                    .exchangeForRequiredValue((request, response) -> outcome(response), true);
        } catch (ResourceAccessException e) {
            return new Outcome(false, null, describe(e, uri));
        } catch (RestClientException e) {
            return new Outcome(false, null, "Could not send to " + uri.getHost() + ": " + e.getMessage());
        }
    }

    private static Outcome outcome(ClientHttpResponse response) throws IOException {
        int code = response.getStatusCode().value();
        if (code >= 200 && code < 300) {
            return new Outcome(true, code, null);
        }
        if (code >= 300 && code < 400) {
            String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            return new Outcome(
                    false,
                    code,
                    "The receiver redirected (HTTP " + code + (location == null ? "" : " to " + location)
                            + "); webhooks don't follow redirects, so save the final address.");
        }
        String excerpt = excerpt(response);
        return new Outcome(
                false, code, "The receiver answered HTTP " + code + (excerpt.isEmpty() ? "." : ": " + excerpt));
    }

    /** The start of the receiver's answer, which often says what it didn't like. */
    private static String excerpt(ClientHttpResponse response) {
        try (InputStream in = response.getBody()) {
            String text = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
            return text.replaceAll("\\p{Cntrl}+", " ").strip();
        } catch (IOException unreadable) {
            return "";
        }
    }

    private String describe(ResourceAccessException e, URI uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AddressGuard.InternalAddressException) {
                return WebhookAddressCheck.INTERNAL + " Not sent.";
            }
            if (t instanceof UnknownHostException) {
                return "The host " + uri.getHost() + " could not be found.";
            }
            if (t instanceof ConnectTimeoutException) {
                return "Could not connect to " + uri.getHost() + " within "
                        + properties.connectTimeout().toSeconds() + " seconds.";
            }
            if (t instanceof SocketTimeoutException) {
                return uri.getHost() + " did not answer within "
                        + properties.readTimeout().toSeconds() + " seconds.";
            }
            if (t instanceof ConnectException) {
                return "Could not connect to " + uri.getHost() + " (connection refused).";
            }
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return "Could not reach " + uri.getHost() + ": "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
