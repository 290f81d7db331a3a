package org.factline.publish;

import org.jspecify.annotations.Nullable;

/**
 * The publishing settings as an admin fills them in; an empty value means the default from the
 * environment.
 *
 * @param organizationUrl absolute http(s) address
 * @param publicUrl absolute http(s) address without query or fragment
 */
public record PublishingSettingsForm(
        @Nullable String organizationName,
        @Nullable String organizationUrl,
        @Nullable String publicUrl,
        boolean showEditorName) {}
