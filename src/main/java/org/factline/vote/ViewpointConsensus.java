package org.factline.vote;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.security.AppRoles;
import org.factline.vote.domain.Vote;
import org.factline.vote.domain.VoteRepository;
import org.factline.vote.domain.VoteRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Viewpoint-aware consensus (see docs/consensus.md): fits {@link ViewpointModel} over all scored
 * votes — at most once a minute per node, as advice needn't be to the second — and tells editors
 * whether the voters on a claim agree across the learned perspectives.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ViewpointConsensus {

    /** Votes a person needs on other claims before their perspective counts. */
    static final int MIN_HISTORY = 3;
    /** Learned factors closer to zero than this say nothing about a side. */
    static final double SIDE_THRESHOLD = 0.05;

    private static final Duration REFIT = Duration.ofMinutes(1);
    private static final Duration SOON = Duration.ofSeconds(5);

    private final VoteRepository votes;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    record Cached(Instant at, long voteCount, ViewpointModel.Fit fit, Map<String, Integer> history) {}

    ViewpointConsensus(VoteRepository votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
    }

    public ViewpointAdvice advice(long claimId) {
        Cached model = model();
        int withHistory = 0;
        var a = new ArrayList<Integer>();
        var b = new ArrayList<Integer>();
        for (Vote vote : votes.findByClaimId(claimId)) {
            Integer score = vote.getVerdict().score();
            if (score == null || model.history().getOrDefault(vote.getUsername(), 0) < MIN_HISTORY) {
                continue;
            }
            withHistory++;
            double factor = model.fit().userFactor().getOrDefault(vote.getUsername(), 0.0);
            if (factor >= SIDE_THRESHOLD) {
                a.add(score);
            } else if (factor <= -SIDE_THRESHOLD) {
                b.add(score);
            }
        }
        var groupA = group(a);
        var groupB = group(b);
        Double bridged = model.fit().claimBias().containsKey(claimId)
                ? 3 + 2 * (model.fit().mean() + model.fit().claimBias().get(claimId))
                : null;
        double polarisation = Math.abs(model.fit().claimFactor().getOrDefault(claimId, 0.0));
        return new ViewpointAdvice(outcome(groupA, groupB), bridged, polarisation, groupA, groupB, withHistory);
    }

    static ViewpointAdvice.Outcome outcome(ViewpointAdvice.Group a, ViewpointAdvice.Group b) {
        if (a.meanScore() == null || b.meanScore() == null) {
            return ViewpointAdvice.Outcome.UNKNOWN;
        }
        int sideA = side(a.meanScore());
        int sideB = side(b.meanScore());
        if (sideA != 0 && sideA == sideB) {
            return ViewpointAdvice.Outcome.AGREED_ACROSS;
        }
        if (sideA != 0 && sideB != 0) {
            return ViewpointAdvice.Outcome.DIVIDED;
        }
        return Math.abs(a.meanScore() - b.meanScore()) >= 1.5
                ? ViewpointAdvice.Outcome.DIVIDED
                : ViewpointAdvice.Outcome.UNKNOWN;
    }

    /** +1 leaning true (mean above 3.5), −1 leaning false (below 2.5), 0 in between. */
    private static int side(double mean) {
        return mean > 3.5 ? 1 : mean < 2.5 ? -1 : 0;
    }

    private static ViewpointAdvice.Group group(List<Integer> scores) {
        return new ViewpointAdvice.Group(
                scores.size(),
                scores.isEmpty()
                        ? null
                        : scores.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    private Cached model() {
        Cached current = cached;
        long count = votes.count();
        Instant now = clock.instant();
        // refit after a minute, or sooner once votes were added (a changed vote waits the minute)
        boolean fresh = current != null
                && (now.isBefore(current.at().plus(SOON))
                        || (current.voteCount() == count
                                && now.isBefore(current.at().plus(REFIT))));
        return fresh ? current : refit(now, count);
    }

    /** Fits the model on every scored vote now. */
    Cached refit(Instant now, long count) {
        var ratings = new ArrayList<ViewpointModel.Rating>();
        var history = new HashMap<String, Integer>();
        for (VoteRow vote : votes.allRows()) {
            Integer score = vote.verdict().score();
            if (score != null) {
                ratings.add(new ViewpointModel.Rating(vote.username(), vote.claimId(), ViewpointModel.centred(score)));
                history.merge(vote.username(), 1, Integer::sum);
            }
        }
        Cached fit = new Cached(now, count, ViewpointModel.fit(ratings), history);
        cached = fit;
        return fit;
    }

    void refitNow() {
        refit(clock.instant(), votes.count());
    }
}
