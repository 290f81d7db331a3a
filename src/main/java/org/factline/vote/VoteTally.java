package org.factline.vote;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The distribution of votes on a claim with consensus figures.
 *
 * @param agreement share of scored votes that went to the most chosen verdict (0–1)
 * @param mean mean score on the 1 (false) to 5 (true) scale, unverifiable votes left out
 * @param dispersion standard deviation of the scores: 0 when everyone agrees
 * @param enoughVotes whether the configured minimum number of votes has been reached
 */
public record VoteTally(
        long claimId,
        Map<Verdict, Integer> counts,
        int total,
        @Nullable Verdict leading,
        double agreement,
        @Nullable Double mean,
        @Nullable Double dispersion,
        int minimumVotes,
        boolean enoughVotes) {

    /**
     * The dispersion the claims list ranks "most disputed" by: defined from two scored votes on
     * (one vote, or one vote and any number of unverifiable ones, disputes nothing), else null.
     */
    public @Nullable Double rankedDispersion() {
        int scored = total - counts.getOrDefault(Verdict.UNVERIFIABLE, 0);
        return scored >= 2 ? dispersion : null;
    }

    static VoteTally of(long claimId, Collection<Verdict> verdicts, int minimumVotes) {
        var counts = new EnumMap<Verdict, Integer>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        int total = verdicts.size();
        Verdict leading = null;
        for (var e : counts.entrySet()) {
            if (e.getValue() > 0 && (leading == null || e.getValue() > counts.get(leading))) {
                leading = e.getKey();
            }
        }
        double[] scores = verdicts.stream()
                .filter(v -> v.score() != null)
                .mapToDouble(v -> v.score())
                .toArray();
        Double mean =
                scores.length == 0 ? null : Arrays.stream(scores).average().orElse(0);
        Double dispersion = mean == null
                ? null
                : Math.sqrt(
                        Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / scores.length);
        double agreement = total == 0 || leading == null ? 0 : counts.get(leading) / (double) total;
        return new VoteTally(
                claimId,
                Map.copyOf(counts),
                total,
                leading,
                agreement,
                mean,
                dispersion,
                minimumVotes,
                total >= minimumVotes);
    }
}
