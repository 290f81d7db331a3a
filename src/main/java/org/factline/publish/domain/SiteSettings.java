package org.factline.publish.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * The one row of publishing settings an admin keeps (created by the migration). A null value
 * means the default from the environment ({@code FACTLINE_PUBLIC_URL}, {@code
 * FACTLINE_PUBLISH_ORGANIZATION_*}).
 */
@Entity
@Table(name = "publish_settings")
public class SiteSettings extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "organization_name", length = NAME_MAX_LENGTH)
    private @Nullable String organizationName;

    @Column(name = "organization_url", length = 2000)
    private @Nullable String organizationUrl;

    @Column(name = "public_url", length = 2000)
    private @Nullable String publicUrl;

    @Column(name = "show_editor_name", nullable = false)
    private boolean showEditorName;

    @Column(name = "updated_by", length = 40)
    private @Nullable String updatedBy;

    protected SiteSettings() {}

    public void change(
            @Nullable String organizationName,
            @Nullable String organizationUrl,
            @Nullable String publicUrl,
            boolean showEditorName,
            String by) {
        this.organizationName = organizationName;
        this.organizationUrl = organizationUrl;
        this.publicUrl = publicUrl;
        this.showEditorName = showEditorName;
        this.updatedBy = by;
    }

    public @Nullable String getOrganizationName() {
        return organizationName;
    }

    public @Nullable String getOrganizationUrl() {
        return organizationUrl;
    }

    public @Nullable String getPublicUrl() {
        return publicUrl;
    }

    public boolean isShowEditorName() {
        return showEditorName;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }
}
