package org.factline.publish;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public pages live and who publishes them. Absolute addresses (canonical link, Open
 * Graph, JSON-LD) come from here and never from the request's Host header, which a client chooses.
 *
 * @param publicUrl the address the public reaches Factline at ({@code FACTLINE_PUBLIC_URL})
 * @param publish the publishing organisation ({@code factline.publish.*})
 */
@ConfigurationProperties("factline")
public record PublicSiteProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Publish publish) {

    public PublicSiteProperties {
        publicUrl = withoutTrailingSlash(publicUrl);
    }

    /**
     * @param organizationName the author of every ClaimReview
     * @param organizationUrl its web address; the public url when not set
     */
    public record Publish(
            @DefaultValue("Factline") String organizationName,
            @Nullable String organizationUrl) {}

    public String organizationName() {
        return publish.organizationName();
    }

    public String organizationUrl() {
        String url = publish.organizationUrl();
        return url == null || url.isBlank() ? publicUrl : url.strip();
    }

    /** The absolute address of a path such as {@code /published/claims/7}. */
    public String absolute(String path) {
        return publicUrl + path;
    }

    private static String withoutTrailingSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
