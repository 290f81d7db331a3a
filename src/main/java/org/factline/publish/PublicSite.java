package org.factline.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The publishing settings in force: the admin's settings where set, the environment's defaults
 * elsewhere. Absolute addresses on public pages come from {@link #publicUrl}, never from the
 * request's Host header, which a client chooses.
 *
 * @param publicUrl where the public reaches Factline, without a trailing slash
 * @param organizationName the author of every ClaimReview
 * @param showEditorName whether public pages name the editor who approved the verdict
 * @param changedAt when an admin last saved the settings (null: never, defaults only)
 */
public record PublicSite(
        String publicUrl,
        String organizationName,
        String organizationUrl,
        boolean showEditorName,
        @Nullable Instant changedAt) {

    /** The absolute address of a path such as {@code /published/claims/7}. */
    public String absolute(String path) {
        return publicUrl + path;
    }
}
