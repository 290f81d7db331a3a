/**
 * The REST API ({@code /api/v1}) for newsroom systems: thin controllers over the same services
 * the UI calls, so the same role rules apply. Requests authenticate with the personal access
 * tokens of the user module ({@code Authorization: Bearer flt_…}); a {@code read} token may only
 * read. Errors are RFC 9457 problem details, each token has a rate limit, and springdoc serves the
 * OpenAPI description at {@code /v3/api-docs} (browsable at {@code /swagger-ui/index.html}).
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "security",
            "claim",
            "article",
            "vote",
            "note",
            "review",
            "timeline",
            "search",
            "user"
        })
package org.factline.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
