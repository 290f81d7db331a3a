package org.factline.publish.web;

import org.factline.publish.PublicSite;
import org.factline.publish.PublicSiteProperties;
import org.factline.publish.PublishingSettings;
import org.springframework.stereotype.Component;

/** The publishing settings for an error page, even when reading them is what failed. */
@Component
class ErrorPageSite {

    private final PublishingSettings settings;
    private final PublicSiteProperties defaults;

    ErrorPageSite(PublishingSettings settings, PublicSiteProperties defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    PublicSite current() {
        try {
            return settings.current();
        } catch (RuntimeException databaseDown) {
            return defaults.site();
        }
    }
}
