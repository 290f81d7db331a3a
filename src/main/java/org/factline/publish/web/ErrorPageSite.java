package org.factline.publish.web;

import org.factline.base.DatabaseHealth;
import org.factline.publish.PublicSite;
import org.factline.publish.PublicSiteProperties;
import org.factline.publish.PublishingSettings;
import org.springframework.stereotype.Component;

/** The publishing settings for an error page, even when reading them is what failed. */
@Component
class ErrorPageSite {

    private final PublishingSettings settings;
    private final PublicSiteProperties defaults;
    private final DatabaseHealth database;

    ErrorPageSite(PublishingSettings settings, PublicSiteProperties defaults, DatabaseHealth database) {
        this.settings = settings;
        this.defaults = defaults;
        this.database = database;
    }

    PublicSite current() {
        if (!database.reachable()) {
            return defaults.site(); // without waiting for a connection a second time
        }
        try {
            return settings.current();
        } catch (RuntimeException databaseDown) {
            return defaults.site();
        }
    }
}
