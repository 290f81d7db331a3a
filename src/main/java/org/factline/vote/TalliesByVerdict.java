package org.factline.vote;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.claim.ClaimTallies;
import org.factline.claim.Verdict;
import org.factline.vote.domain.VerdictCount;
import org.factline.vote.domain.VoteRepository;
import org.springframework.stereotype.Component;

/** The tally columns of the claims exports: one grouped query per page of claims. */
@Component
class TalliesByVerdict implements ClaimTallies {

    private final VoteRepository votes;

    TalliesByVerdict(VoteRepository votes) {
        this.votes = votes;
    }

    @Override
    public Map<Long, Map<Verdict, Long>> votesByVerdict(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Map<Verdict, Long>>();
        for (VerdictCount c : votes.countByVerdict(List.copyOf(claimIds))) {
            result.computeIfAbsent(c.claimId(), id -> new EnumMap<>(Verdict.class))
                    .put(c.verdict(), c.count());
        }
        return result;
    }
}
