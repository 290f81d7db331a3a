package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.base.ValidationException;
import org.factline.claim.AppearanceSummary;
import org.factline.claim.AssigneeFilter;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimSummary;
import org.factline.claim.NewClaim;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Claims: the claims list with its filters, one claim with its appearances, new claims. */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims")
class ClaimsApi {

    private final ClaimService claims;
    private final ApiProperties properties;

    ClaimsApi(ClaimService claims, ApiProperties properties) {
        this.claims = claims;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "List claims with the claims list's filters, newest first by default")
    ResponseEntity<List<ClaimSummary>> list(
            @Parameter(description = "Text the claim or claimant contains") @RequestParam(required = false) @Nullable
                    String q,
            @RequestParam(required = false) @Nullable ClaimStatus status,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Long articleId,
            @Parameter(description = "'me', 'nobody' or a username") @RequestParam(required = false) @Nullable
                    String assignee,
            @Parameter(description = "Only open claims the token's owner hasn't voted on")
                    @RequestParam(defaultValue = "false")
                    boolean needsMyVote,
            @Parameter(description = "NEWEST, MOST_VOTES or MOST_DISPUTED") @RequestParam(defaultValue = "NEWEST")
                    ClaimOrder sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        ApiPage paging = ApiPage.of(page, size, properties.maxPageSize());
        ClaimFilter filter = new ClaimFilter(q, status, tag, articleId, assigneeFilter(assignee), needsMyVote);
        return paging.respond(
                claims.find(filter, paging.offset(), paging.size(), sort.sort()), claims.count(filter), request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim with its appearances; the ETag is its version")
    ResponseEntity<ClaimDetail> get(@PathVariable long id) {
        ClaimDetail claim = claims.get(id);
        return Versions.withEtag(claim.summary().version(), claim);
    }

    /**
     * A new claim, typed by hand or marked in an article.
     *
     * @param passage when set, the claim is marked on this article passage (as selecting it in the
     *     reader does)
     */
    record ClaimRequest(
            String text,
            @Nullable String claimant,
            @Nullable LocalDate claimDate,
            @Nullable Set<String> tags,
            @Nullable PassageRequest passage) {}

    /**
     * @param near where the passage is in the article's text (character offset), when the same
     *     words occur more than once; 0 takes the first
     */
    record PassageRequest(
            @Nullable Long articleId,
            @Nullable String text,
            @Nullable Integer near) {}

    @PostMapping
    @Operation(summary = "Create a claim by hand, or from a passage of an article")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<ClaimSummary> create(@RequestBody ClaimRequest body) {
        if (body.text() == null) {
            throw new ValidationException("text", "Write the claim as a statement that can be checked");
        }
        var request = new NewClaim(
                body.text(), body.claimant(), body.claimDate(), body.tags() == null ? Set.of() : body.tags());
        PassageRequest passage = body.passage();
        if (passage != null && passage.articleId() == null) {
            throw new ValidationException("passage.articleId", "Name the article the passage is in.");
        }
        if (passage != null && passage.text() == null) {
            throw new ValidationException("passage.text", "Send the passage's words as they are in the article.");
        }
        ClaimSummary created = passage == null
                ? claims.create(request)
                : claims.createFromPassage(
                        request, passage.articleId(), passage.text(), passage.near() == null ? 0 : passage.near());
        return ResponseEntity.created(URI.create("/api/v1/claims/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PostMapping("/{id}/appearances")
    @Operation(summary = "Mark another passage (in the same or another article) where the claim appears")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<AppearanceSummary> addAppearance(@PathVariable long id, @RequestBody PassageRequest body) {
        if (body.articleId() == null) {
            throw new ValidationException("articleId", "Name the article the passage is in.");
        }
        if (body.text() == null || body.text().isBlank()) {
            throw new ValidationException("text", "Send the passage's words as they are in the article.");
        }
        AppearanceSummary added =
                claims.addAppearance(id, body.articleId(), body.text(), body.near() == null ? 0 : body.near());
        return ResponseEntity.created(URI.create("/api/v1/claims/" + id)).body(added);
    }

    private static @Nullable AssigneeFilter assigneeFilter(@Nullable String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        return switch (assignee.strip().toLowerCase(Locale.ROOT)) {
            case "me" -> AssigneeFilter.me();
            case "nobody" -> AssigneeFilter.nobody();
            default -> AssigneeFilter.person(assignee.strip());
        };
    }
}
