package org.factline.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one check for web addresses people type (evidence sources, claimants' pages, the public
 * site's address): absolute http or https with a host, no credentials, no spaces.
 */
public final class WebAddresses {

    public static final int MAX_LENGTH = 2000;

    private WebAddresses() {}

    /**
     * @param field the form field a refusal names
     * @return the address without surrounding spaces, or null when nothing was typed
     * @throws ValidationException naming {@code field} when it isn't such an address
     */
    public static @Nullable String check(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > MAX_LENGTH) {
            throw new ValidationException(field, "Web addresses can be at most " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new ValidationException(field, "This is not a valid web address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ValidationException(field, "Only web addresses starting with https:// or http:// can be added.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ValidationException(field, "The web address has no site name (host).");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException(field, "Leave user names and passwords out of the web address.");
        }
        return s;
    }
}
