package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.factline.api.Versions;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.review.VerdictDetail;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verdicts of a claim: fact-checkers propose, editors approve, reject, ask for more work or
 * reopen. Each decision takes the claim's ETag in {@code If-Match} (409 when the claim changed).
 */
@RestController
@RequestMapping("/api/v1/claims/{claimId}/verdicts")
@Tag(name = "Verdicts")
class VerdictsApi {

    private final ReviewService review;
    private final ClaimService claims;

    VerdictsApi(ReviewService review, ClaimService claims) {
        this.review = review;
        this.claims = claims;
    }

    record ProposalRequest(
            @Nullable Verdict verdict, @Nullable String summary) {}

    /** @param reason why (rejecting), or what is missing (more work) */
    record DecisionRequest(@Nullable String reason) {}

    @GetMapping
    @Operation(summary = "Every proposal and decision on the claim, newest first")
    List<VerdictDetail> history(@PathVariable long claimId) {
        return review.history(claimId);
    }

    @PostMapping
    @Operation(summary = "Propose a verdict with its public summary (fact-checkers)")
    ResponseEntity<VerdictDetail> propose(
            @PathVariable long claimId,
            @Parameter(description = "The claim's ETag")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody ProposalRequest body) {
        if (body.verdict() == null) {
            throw new ValidationException("verdict", "Choose a verdict.");
        }
        VerdictDetail proposed = review.propose(
                claimId, expected(claimId, ifMatch), body.verdict(), body.summary() == null ? "" : body.summary());
        return claimResponse(claimId, proposed);
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve the proposed verdict: the claim is verified and published (editors)")
    ResponseEntity<VerdictDetail> approve(
            @PathVariable long claimId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return claimResponse(claimId, review.approve(claimId, expected(claimId, ifMatch)));
    }

    @PostMapping("/reject")
    @Operation(summary = "Send the proposal back with a reason (editors)")
    ResponseEntity<VerdictDetail> reject(
            @PathVariable long claimId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody DecisionRequest body) {
        return claimResponse(
                claimId,
                review.reject(claimId, expected(claimId, ifMatch), body.reason() == null ? "" : body.reason()));
    }

    @PostMapping("/more-work")
    @Operation(summary = "Send the claim back to review with a message for the fact-checkers (editors)")
    ResponseEntity<VerdictDetail> moreWork(
            @PathVariable long claimId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody DecisionRequest body) {
        return claimResponse(
                claimId,
                review.requestMoreWork(
                        claimId, expected(claimId, ifMatch), body.reason() == null ? "" : body.reason()));
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopen a verified claim: its public page comes down until it is approved again (editors)")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> reopen(
            @PathVariable long claimId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        review.reopen(claimId, expected(claimId, ifMatch));
        return ResponseEntity.noContent()
                .eTag(Versions.etag(claims.get(claimId).summary().version()))
                .build();
    }

    private long expected(long claimId, @Nullable String ifMatch) {
        return Versions.expected(ifMatch, () -> claims.get(claimId).summary().version());
    }

    /** The verdict, with the claim's new ETag for the next decision. */
    private ResponseEntity<VerdictDetail> claimResponse(long claimId, VerdictDetail verdict) {
        return ResponseEntity.ok()
                .eTag(Versions.etag(claims.get(claimId).summary().version()))
                .body(verdict);
    }
}
