package org.factline.review;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.note.ClaimNoteCounts;
import org.factline.note.NoteCounts;
import org.factline.review.domain.VerdictRepository;
import org.factline.security.AppRoles;
import org.factline.vote.ViewpointAdvice;
import org.factline.vote.ViewpointConsensus;
import org.factline.vote.VoteService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors have to decide: proposed verdicts, longest waiting first. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.EDITOR)
public class ReviewQueue {

    public record Item(
            long claimId,
            String claimText,
            Verdict proposed,
            String proposedBy,
            @Nullable Instant proposedAt,
            String votes,
            ViewpointAdvice.Outcome perspectives,
            long notes,
            long evidence) {}

    private static final int MAX = 500;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final VoteService votes;
    private final ClaimNoteCounts noteCounts;
    private final ViewpointConsensus consensus;

    ReviewQueue(
            ClaimService claims,
            VerdictRepository verdicts,
            VoteService votes,
            ClaimNoteCounts noteCounts,
            ViewpointConsensus consensus) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.votes = votes;
        this.noteCounts = noteCounts;
        this.consensus = consensus;
    }

    public List<Item> pending() {
        var proposed = claims.find(new ClaimFilter(null, ClaimStatus.PROPOSED, null, null), 0, MAX, Sort.unsorted());
        Map<Long, NoteCounts> work =
                noteCounts.of(proposed.stream().map(c -> c.id()).toList());
        return proposed.stream()
                .flatMap(c -> verdicts.findFirstByClaimIdAndStateOrderByIdDesc(c.id(), VerdictState.PROPOSED).stream()
                        .map(v -> {
                            var t = votes.tally(c.id());
                            String summary = t.total() == 0
                                    ? "none"
                                    : t.total()
                                            + (t.leading() == null
                                                    ? ""
                                                    : ", mostly "
                                                            + t.leading()
                                                                    .label()
                                                                    .toLowerCase());
                            var counts = work.getOrDefault(c.id(), NoteCounts.NONE);
                            return new Item(
                                    c.id(),
                                    c.text(),
                                    v.getLabel(),
                                    v.getProposedBy(),
                                    v.getCreatedAt(),
                                    summary,
                                    consensus.advice(c.id()).outcome(),
                                    counts.notes(),
                                    counts.evidence());
                        }))
                .sorted(Comparator.comparing(Item::proposedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
