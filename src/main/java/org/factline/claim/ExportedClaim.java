package org.factline.claim;

import java.util.List;
import java.util.Map;
import org.factline.claim.domain.ClaimRow;
import org.jspecify.annotations.Nullable;

/** One line of the claims export: the claim's row with its tags, appearances and votes. */
record ExportedClaim(ClaimRow claim, List<String> tags, long appearances, Map<Verdict, Long> votes) {

    long votesFor(Verdict verdict) {
        return votes.getOrDefault(verdict, 0L);
    }

    /** The mean score on the 1 (false) to 5 (true) scale, unverifiable votes left out, as the tally shows it. */
    @Nullable
    Double voteMean() {
        long scored = 0;
        long sum = 0;
        for (var e : votes.entrySet()) {
            Integer score = e.getKey().score();
            if (score != null) {
                scored += e.getValue();
                sum += score * e.getValue();
            }
        }
        return scored == 0 ? null : (double) sum / scored;
    }
}
