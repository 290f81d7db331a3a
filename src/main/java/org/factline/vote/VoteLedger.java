package org.factline.vote;

import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.claim.ClaimVoting;
import org.factline.claim.Verdict;
import org.factline.vote.domain.Vote;
import org.factline.vote.domain.VoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One attempt at storing a vote, in a transaction of its own so that {@link VoteService} can
 * retry a lost race on a clean slate: the claim is opened for the vote (locked, refused if
 * decided), the vote stored or changed, and the claim told the new figures, all or nothing.
 */
@Component
class VoteLedger {

    private final VoteRepository votes;
    private final ClaimVoting claims;
    private final ApplicationEventPublisher events;
    private final int minimumVotes;

    VoteLedger(
            VoteRepository votes,
            ClaimVoting claims,
            ApplicationEventPublisher events,
            @Value("${factline.votes.minimum:3}") int minimumVotes) {
        this.votes = votes;
        this.claims = claims;
        this.events = events;
        this.minimumVotes = minimumVotes;
    }

    /** @return the claim's tally with this vote, counted under the claim's lock */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    VoteTally record(long claimId, String username, Verdict verdict, @Nullable String reason) {
        // Locked first: votes on one claim queue up, so the recount below sees them all.
        claims.openForVote(claimId);
        var existing = votes.findByClaimIdAndUsername(claimId, username);
        if (existing.isPresent()) {
            existing.get().change(verdict, reason);
            votes.saveAndFlush(existing.get());
        } else {
            votes.saveAndFlush(new Vote(claimId, username, verdict, reason));
        }
        VoteTally tally = tally(claimId);
        claims.recordVote(claimId, username, tally.total(), tally.rankedDispersion());
        events.publishEvent(new AuditRecord(
                username,
                "vote.cast",
                "claim",
                String.valueOf(claimId),
                username + " voted " + verdict.label(),
                null,
                Map.of("verdict", verdict.name())));
        events.publishEvent(new VoteCast(claimId, username, verdict));
        return tally;
    }

    @Transactional(readOnly = true)
    VoteTally tally(long claimId) {
        return VoteTally.of(
                claimId,
                votes.findByClaimId(claimId).stream().map(Vote::getVerdict).toList(),
                minimumVotes);
    }
}
