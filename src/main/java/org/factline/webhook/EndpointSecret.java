package org.factline.webhook;

/**
 * An endpoint with its signing secret, returned once when the endpoint is created or given a new
 * secret: the admin copies it into the receiver, and Factline never shows it again.
 */
public record EndpointSecret(EndpointSummary endpoint, String secret) {

    @Override
    public String toString() {
        return "EndpointSecret[endpoint=" + endpoint + ", secret=(hidden)]";
    }
}
