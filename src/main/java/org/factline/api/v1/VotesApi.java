package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.factline.base.ValidationException;
import org.factline.claim.Verdict;
import org.factline.vote.VoteService;
import org.factline.vote.VoteTally;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Votes on a claim: the tally, and the token owner's own vote (cast or changed the same way). */
@RestController
@RequestMapping("/api/v1/claims/{claimId}")
@Tag(name = "Votes")
class VotesApi {

    private final VoteService votes;

    VotesApi(VoteService votes) {
        this.votes = votes;
    }

    /** The tally with the owner's own vote, if any. */
    record VotesResponse(VoteTally tally, @Nullable Verdict myVote) {}

    record VoteRequest(@Nullable Verdict verdict, @Nullable String reason) {}

    @GetMapping("/votes")
    @Operation(summary = "The claim's vote tally and your own vote")
    VotesResponse tally(@PathVariable long claimId) {
        return new VotesResponse(votes.tally(claimId), votes.myVote(claimId).orElse(null));
    }

    @PutMapping("/vote")
    @Operation(summary = "Cast your vote on the claim, or change it (one vote per person)")
    VotesResponse vote(@PathVariable long claimId, @RequestBody VoteRequest body) {
        if (body.verdict() == null) {
            throw new ValidationException(
                    "verdict", "Choose a verdict: " + java.util.Arrays.toString(Verdict.values()));
        }
        VoteTally tally = votes.castVote(claimId, body.verdict(), body.reason());
        return new VotesResponse(tally, body.verdict());
    }
}
