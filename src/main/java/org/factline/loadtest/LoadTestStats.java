package org.factline.loadtest;

import jakarta.annotation.security.RolesAllowed;
import java.lang.management.ManagementFactory;
import org.factline.base.ui.UiSessionMeters;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.factline.security.AppRoles;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a load test reads before and after a run: stored votes, live sessions and UIs, heap. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
public class LoadTestStats {

    private final ClaimService claims;
    private final VoteService votes;
    private final UiSessionMeters live;

    LoadTestStats(ClaimService claims, VoteService votes, UiSessionMeters live) {
        this.claims = claims;
        this.votes = votes;
        this.live = live;
    }

    /**
     * @param gc whether to run a full GC first, so the heap figure is live data rather than garbage
     */
    public LoadTestSnapshot snapshot(boolean gc) {
        // Read as the system actor: an admin without the fact-checker role may not read tallies.
        long[] totals = SystemAuthentication.runAsSystem(this::voteTotals);
        if (gc) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new LoadTestSnapshot(totals[0], totals[1], live.sessions(), live.uis(), heap);
    }

    /** The vote rows themselves, and the claims' vote counters the list sorts by: both must agree. */
    private long[] voteTotals() {
        long stored = 0;
        long counted = 0;
        for (ClaimSummary claim : claims.find(ClaimFilter.all(), 0, Integer.MAX_VALUE, Sort.by("id"))) {
            stored += votes.tally(claim.id()).total();
            counted += claim.voteCount();
        }
        return new long[] {stored, counted};
    }
}
