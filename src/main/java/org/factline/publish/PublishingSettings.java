package org.factline.publish;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.base.WebAddresses;
import org.factline.publish.domain.SiteSettings;
import org.factline.publish.domain.SiteSettingsRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who publishes and where: the organisation named as author of every ClaimReview, the public
 * address absolute links are built from, and whether public pages name the approving editor.
 * Admins keep them in the database (so every node uses the same); what they leave empty comes from
 * the environment ({@link PublicSiteProperties}).
 */
@Service
@Transactional
@EnableConfigurationProperties(PublicSiteProperties.class)
public class PublishingSettings {

    private final SiteSettingsRepository settings;
    private final PublicSiteProperties defaults;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PublishingSettings(
            SiteSettingsRepository settings,
            PublicSiteProperties defaults,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.defaults = defaults;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The settings the public pages use now; anyone may read them (they are on every page). */
    @PermitAll
    @Transactional(readOnly = true)
    public PublicSite current() {
        return effective(load());
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public PublishingSettingsDetail get() {
        return detail(load());
    }

    /**
     * Saves what an admin entered; empty values fall back to the defaults. Addresses must be
     * absolute http(s) addresses (the public address without {@code ?} or {@code #} parts).
     */
    @RolesAllowed(AppRoles.ADMIN)
    public PublishingSettingsDetail save(long expectedVersion, PublishingSettingsForm form) {
        SiteSettings row = load();
        if (row.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The publishing settings");
        }
        String name = name(form.organizationName());
        String organizationUrl = WebAddresses.check("organizationUrl", form.organizationUrl());
        String publicUrl = publicUrl(form.publicUrl());
        var before = snapshot(row);
        row.change(name, organizationUrl, publicUrl, form.showEditorName(), currentUser.actorName());
        try {
            settings.saveAndFlush(row);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The publishing settings");
        }
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "publish.settings-changed",
                "settings",
                "publishing",
                "Changed the publishing settings",
                before,
                snapshot(row)));
        return detail(row);
    }

    private SiteSettings load() {
        return settings.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new IllegalStateException("publish_settings has no row: migration V17 creates it"));
    }

    private PublishingSettingsDetail detail(SiteSettings row) {
        return new PublishingSettingsDetail(
                new PublishingSettingsForm(
                        row.getOrganizationName(),
                        row.getOrganizationUrl(),
                        row.getPublicUrl(),
                        row.isShowEditorName()),
                defaults.site(),
                effective(row),
                row.getVersion(),
                row.getUpdatedBy(),
                row.getUpdatedBy() == null ? null : row.getUpdatedAt());
    }

    private PublicSite effective(SiteSettings row) {
        String publicUrl = row.getPublicUrl() != null ? row.getPublicUrl() : defaults.publicUrl();
        String organizationUrl = row.getOrganizationUrl() != null
                ? row.getOrganizationUrl()
                : defaults.configuredOrganizationUrl() != null ? defaults.configuredOrganizationUrl() : publicUrl;
        return new PublicSite(
                publicUrl,
                row.getOrganizationName() != null ? row.getOrganizationName() : defaults.organizationName(),
                organizationUrl,
                row.isShowEditorName(),
                row.getUpdatedAt());
    }

    private static @Nullable String name(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replaceAll("\\s+", " ");
        if (s.length() > SiteSettings.NAME_MAX_LENGTH) {
            throw new ValidationException(
                    "organizationName", "The name can have at most " + SiteSettings.NAME_MAX_LENGTH + " characters.");
        }
        return s;
    }

    /** Where Factline's pages start: the links on public pages are this plus their path. */
    private static @Nullable String publicUrl(@Nullable String value) {
        String url = WebAddresses.check("publicUrl", value);
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ValidationException("publicUrl", "Give the address Factline starts at, without a ?… or #… part.");
        }
        return PublicSiteProperties.withoutTrailingSlash(url);
    }

    private static Map<String, Object> snapshot(SiteSettings row) {
        var m = new LinkedHashMap<String, Object>();
        m.put("organizationName", row.getOrganizationName() == null ? "(default)" : row.getOrganizationName());
        m.put("organizationUrl", row.getOrganizationUrl() == null ? "(default)" : row.getOrganizationUrl());
        m.put("publicUrl", row.getPublicUrl() == null ? "(default)" : row.getPublicUrl());
        m.put("showEditorName", row.isShowEditorName());
        return m;
    }
}
