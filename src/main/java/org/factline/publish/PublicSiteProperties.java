package org.factline.publish;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The defaults of the publishing settings, from the environment: where the public pages live and
 * who publishes them. An admin's settings ({@link PublishingSettings}) take precedence.
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

    /** The organisation's address when one is configured, else null (then: the public address). */
    public @Nullable String configuredOrganizationUrl() {
        String url = publish.organizationUrl();
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** The settings these defaults give on their own (before an admin changed anything). */
    public PublicSite site() {
        String organizationUrl = configuredOrganizationUrl();
        return new PublicSite(
                publicUrl, organizationName(), organizationUrl != null ? organizationUrl : publicUrl, false, null);
    }

    static String withoutTrailingSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
