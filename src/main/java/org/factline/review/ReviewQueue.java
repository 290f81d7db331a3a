package org.factline.review;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.review.domain.VerdictRepository;
import org.factline.security.AppRoles;
import org.factline.vote.Verdict;
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
            String votes) {}

    private static final int MAX = 500;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final VoteService votes;

    ReviewQueue(ClaimService claims, VerdictRepository verdicts, VoteService votes) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.votes = votes;
    }

    public List<Item> pending() {
        return claims.find(new ClaimFilter(null, ClaimStatus.PROPOSED, null, null), 0, MAX, Sort.unsorted()).stream()
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
                            return new Item(
                                    c.id(), c.text(), v.getLabel(), v.getProposedBy(), v.getCreatedAt(), summary);
                        }))
                .sorted(Comparator.comparing(Item::proposedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
